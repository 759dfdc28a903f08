package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Everything the document says about its terms, gathered from every page: mentions, dated
 * statements, and the names no entry covers; and what follows from them (related terms and sections).
 */
final class CrossReferences {

    /**
     * A term or section with the strength of its relation to another.
     *
     * @param key the term index or page path
     * @param shared how many paragraphs (terms) or terms (sections) they share
     */
    public record Related<K>(K key, int shared) {}

    private final Glossary glossary;
    private final List<Mention> mentions = new ArrayList<>();
    /** Names found only inside a longer name ("Cuba" in "China-Cuba Internet Development Forum"): not mentions. */
    private final List<Mention> withinNames = new ArrayList<>();

    private final List<DatedStatement> dates = new ArrayList<>();
    private final List<EditorNote> notes = new ArrayList<>();
    private final List<GlossaryCoverage.Uncovered> uncovered = new ArrayList<>();
    private final Map<String, Place> pages = new TreeMap<>();
    private List<Mention> sortedMentions;
    private final Map<Integer, List<Mention>> byTerm = new HashMap<>();
    /*
     * The relation tables hold small integers — paragraphs and pages numbered in reading and path
     * order — rather than sets of paths: at 10,000 pages the sets of paragraph paths took more
     * memory than everything else the post-processor keeps.
     */
    /** For each paragraph, the distinct terms it mentions, ascending. */
    private int[][] termsByParagraph = new int[0][];
    /** For each term, the distinct paragraphs that mention it, ascending. */
    private int[][] paragraphsByTerm = new int[0][];
    /** For each term, the distinct pages that mention it, ascending. */
    private int[][] pagesByTerm = new int[0][];

    private final List<Place> pageList = new ArrayList<>();
    /** Each page's position in reading order ({@link Place#READING_ORDER}), and the page at each position. */
    private int[] readingRank = new int[0];

    private int[] pageInReadingOrder = new int[0];
    private final Map<String, Integer> pageIds = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> termsByPage = new HashMap<>();

    private Map<String, String> documentNames = Map.of();

    /** Cross-references for the terms of {@code glossary}, filled page by page with {@link #add}. */
    public CrossReferences(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * Names a library's documents by folder ({@code cyberspace} → {@code Cyberspace Governance}),
     * so that every pinpoint the reference pages write says which document it is in.
     */
    public void nameDocuments(Map<String, String> shortTitles) {
        this.documentNames = java.util.Collections.unmodifiableMap(new TreeMap<>(shortTitles));
        datesByDocument = null;
    }

    /** A library's documents, short title by folder, in folder order (the library home's); empty on a site of one document. */
    public Map<String, String> documents() {
        return documentNames;
    }

    /** The short title of the document {@code place} is in, or empty on a site of one document. */
    public String documentName(Place place) {
        return documentNames.getOrDefault(org.paperbake.content.Library.documentOf(place.pagePath()), "");
    }

    /** A paragraph's pinpoint as the reference pages write it: "¶ 6.1.3", in a library "Cyberspace Governance ¶ 6.1.3". */
    public String pinpoint(Place place) {
        String document = documentName(place);
        return (document.isEmpty() ? "" : document + " ") + "¶ " + place.paragraphLabel();
    }

    /** Adds what a page yielded. */
    public void add(TermLinker.Findings findings, Place page) {
        sortedMentions = null;
        byTerm.clear();
        pageList.clear();
        pageIds.clear();
        termsByPage.clear();
        for (Mention mention : findings.mentions()) {
            (mention.container() < 0 ? mentions : withinNames).add(mention);
        }
        dates.addAll(findings.dates());
        datesByDocument = null;
        uncovered.addAll(findings.uncovered());
        pages.put(page.pagePath(), page);
    }

    /** Adds a page's editor's notes. */
    public void addNotes(List<EditorNote> pageNotes) {
        notes.addAll(pageNotes);
    }

    /** Every editor's note, in reading order. */
    public List<EditorNote> notes() {
        List<EditorNote> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.comparing(EditorNote::place, Place.READING_ORDER));
        return sorted;
    }

    /** The glossary the references are about. */
    public Glossary glossary() {
        return glossary;
    }

    /** Every mention, in reading order. */
    public List<Mention> mentions() {
        index();
        return sortedMentions;
    }

    /**
     * Every use of a term's name inside a longer name, in reading order: not a mention (it is not
     * counted, listed or linked as one), but it shows that the entry explains part of a name.
     */
    public List<Mention> withinNames() {
        return withinNames.stream()
                .sorted(Comparator.comparing(Mention::place, Place.READING_ORDER))
                .toList();
    }

    /** The longer names that contain {@code term}'s name, each once, in reading order of their first use. */
    public List<Integer> namesContaining(int term) {
        return withinNames().stream()
                .filter(m -> m.term() == term)
                .map(Mention::container)
                .distinct()
                .toList();
    }

    /** Every name no glossary entry covers, page by page in the order added. */
    public List<GlossaryCoverage.Uncovered> uncovered() {
        return List.copyOf(uncovered);
    }

    /** Whether the text has any dated statement. */
    public boolean hasDatedStatements() {
        return !dates.isEmpty();
    }

    /** Every dated statement in time order. */
    public List<DatedStatement> chronology() {
        return dates.stream().sorted(DatedStatement.TIME_ORDER).toList();
    }

    /** {@link #chronologyByDocument}, made once: every document's own chronology page reads it. */
    private Map<String, List<DatedStatement>> datesByDocument;

    /**
     * Each document's dated statements in time order, by folder in folder order, every document of
     * the library present (with an empty list when its text has none); one pass over the statements.
     */
    public synchronized Map<String, List<DatedStatement>> chronologyByDocument() {
        if (datesByDocument != null) {
            return datesByDocument;
        }
        Map<String, List<DatedStatement>> byDocument = new TreeMap<>();
        documentNames.keySet().forEach(folder -> byDocument.put(folder, new ArrayList<>()));
        for (DatedStatement statement : chronology()) {
            byDocument
                    .computeIfAbsent(
                            org.paperbake.content.Library.documentOf(
                                    statement.place().pagePath()),
                            folder -> new ArrayList<>())
                    .add(statement);
        }
        byDocument.replaceAll((folder, statements) -> List.copyOf(statements));
        datesByDocument = java.util.Collections.unmodifiableMap(byDocument);
        return datesByDocument;
    }

    /** The mentions of one term, in reading order. */
    public List<Mention> mentionsOf(int term) {
        index();
        return byTerm.getOrDefault(term, List.of());
    }

    /** The number of mentions of each term. */
    public int[] mentionCounts() {
        int[] counts = new int[glossary.terms().size()];
        mentions.forEach(m -> counts[m.term()]++);
        return counts;
    }

    /** Terms that share paragraphs with {@code term}, most shared first, then by title. */
    public List<Related<Integer>> relatedTerms(int term, int limit) {
        index();
        int[] shared = new int[glossary.terms().size()];
        for (int paragraph : paragraphsByTerm[term]) {
            for (int other : termsByParagraph[paragraph]) {
                if (other != term) {
                    shared[other]++;
                }
            }
        }
        List<Related<Integer>> related = new ArrayList<>();
        for (int other = 0; other < shared.length; other++) {
            if (shared[other] > 0) {
                related.add(new Related<>(other, shared[other]));
            }
        }
        // A stable sort: terms with the same count and title stay in glossary order.
        return related.stream()
                .sorted(Comparator.comparingInt((Related<Integer> r) -> -r.shared())
                        .thenComparing(r -> glossary.terms().get(r.key()).title()))
                .limit(limit)
                .toList();
    }

    /** The terms mentioned on a page with their number of mentions, by title. */
    public Map<Integer, Integer> termsOn(String pagePath) {
        index();
        return termsByPage.getOrDefault(pagePath, Map.of());
    }

    /**
     * Pages that share the most terms with {@code pagePath}, in that order, then reading order.
     *
     * <p>Counted through the term-to-pages index into one array and cut to the best {@code limit}
     * with a bounded heap, so a site where every page shares a term with every other stays linear
     * in the number of shared (page, term) pairs rather than sorting all pages for each page.
     */
    public List<Related<Place>> relatedSections(String pagePath, int limit) {
        index();
        Integer self = pageIds.get(pagePath);
        if (self == null || limit <= 0) {
            return List.of();
        }
        int[] shared = new int[pageList.size()];
        int[] touched = new int[pageList.size()];
        int touchedCount = 0;
        for (Integer term : termsOn(pagePath).keySet()) {
            for (int other : pagesByTerm[term]) {
                if (other != self && shared[other]++ == 0) {
                    touched[touchedCount++] = other;
                }
            }
        }
        // Most shared terms first, then reading order: one long per page, compared as numbers. Each
        // page is asked about every page it shares a term with, so at 10,000 pages this loop runs
        // millions of times; boxed pages and a comparator of places were most of the stage's time.
        long[] best = new long[Math.min(limit, touchedCount)];
        int kept = 0;
        for (int i = 0; i < touchedCount; i++) {
            int page = touched[i];
            long key = ((long) (Integer.MAX_VALUE - shared[page]) << 32) | readingRank[page];
            if (kept == best.length && key >= best[kept - 1]) {
                continue;
            }
            int at = kept < best.length ? kept++ : kept - 1;
            while (at > 0 && best[at - 1] > key) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = key;
        }
        List<Related<Place>> top = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            int page = pageInReadingOrder[(int) best[i]];
            top.add(new Related<>(pageList.get(page), shared[page]));
        }
        return List.copyOf(top);
    }

    private static BitSet orEmpty(BitSet[] sets, int index) {
        if (sets[index] == null) {
            sets[index] = new BitSet();
        }
        return sets[index];
    }

    /**
     * Builds the lookup tables once, after the last page was added. Synchronised because the
     * pages that read them are filled in parallel.
     */
    private synchronized void index() {
        if (sortedMentions != null) {
            return;
        }
        sortedMentions = mentions.stream()
                .sorted(Comparator.comparing(Mention::place, Place.READING_ORDER))
                .toList();
        pageList.addAll(pages.values());
        for (int i = 0; i < pageList.size(); i++) {
            pageIds.put(pageList.get(i).pagePath(), i);
        }
        // Pages have distinct paths, so reading order is a total order of them: ranks never tie.
        pageInReadingOrder = IntStream.range(0, pageList.size())
                .boxed()
                .sorted(Comparator.comparing(pageList::get, Place.READING_ORDER))
                .mapToInt(Integer::intValue)
                .toArray();
        readingRank = new int[pageList.size()];
        for (int rank = 0; rank < pageInReadingOrder.length; rank++) {
            readingRank[pageInReadingOrder[rank]] = rank;
        }
        int termCount = glossary.terms().size();
        Map<Place, Integer> paragraphIds = new HashMap<>();
        List<BitSet> termsInParagraph = new ArrayList<>();
        BitSet[] paragraphsOfTerm = new BitSet[termCount];
        BitSet[] pagesOfTerm = new BitSet[termCount];
        Map<String, Map<Integer, Integer>> counts = new HashMap<>();
        for (Mention m : sortedMentions) {
            byTerm.computeIfAbsent(m.term(), k -> new ArrayList<>()).add(m);
            int paragraph = paragraphIds.computeIfAbsent(m.place(), place -> {
                termsInParagraph.add(new BitSet());
                return termsInParagraph.size() - 1;
            });
            termsInParagraph.get(paragraph).set(m.term());
            orEmpty(paragraphsOfTerm, m.term()).set(paragraph);
            Integer page = pageIds.get(m.place().pagePath());
            if (page != null) {
                orEmpty(pagesOfTerm, m.term()).set(page);
            }
            counts.computeIfAbsent(m.place().pagePath(), k -> new TreeMap<>()).merge(m.term(), 1, Integer::sum);
        }
        termsByParagraph =
                termsInParagraph.stream().map(bits -> bits.stream().toArray()).toArray(int[][]::new);
        paragraphsByTerm = new int[termCount][];
        pagesByTerm = new int[termCount][];
        for (int term = 0; term < termCount; term++) {
            paragraphsByTerm[term] = orEmpty(paragraphsOfTerm, term).stream().toArray();
            pagesByTerm[term] = orEmpty(pagesOfTerm, term).stream().toArray();
        }
        counts.forEach((page, perTerm) -> {
            Map<Integer, Integer> byTitle = new LinkedHashMap<>();
            perTerm.keySet().stream()
                    .sorted(Comparator.comparing(
                                    (Integer t) -> glossary.terms().get(t).title())
                            .thenComparing(t -> t))
                    .forEach(t -> byTitle.put(t, perTerm.get(t)));
            termsByPage.put(page, byTitle);
        });
    }
}
