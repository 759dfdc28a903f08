package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperbake.content.ContentFile;
import org.paperbake.content.DocumentType;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * Every published glossary entry of a site, and the automaton that finds them in text.
 *
 * <p>{@link org.paperbake.content.ContentReader} has already checked each entry on its own
 * (title, category, short definition, YAML); this class adds the checks across entries: one name
 * may not belong to two entries, because a reader could not tell which one a mention means.
 */
public final class Glossary {

    /** A site without glossary entries. */
    public static final Glossary EMPTY = new Glossary(List.of());

    private static final Map<String, String> KEY_NAMES =
            Map.of("title", "title", "aliases", "alias", "acronym", "acronym");

    /**
     * Common English words refused as names: the function words and the commonest nouns, verbs and
     * adjectives of policy prose. A name that is one of them would link that word on every page.
     */
    static final Set<String> COMMON_WORDS = Set.of(
            "a",
            "about",
            "after",
            "all",
            "also",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "been",
            "but",
            "by",
            "can",
            "could",
            "do",
            "does",
            "each",
            "for",
            "from",
            "had",
            "has",
            "have",
            "he",
            "her",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "may",
            "more",
            "most",
            "must",
            "no",
            "not",
            "now",
            "of",
            "on",
            "one",
            "only",
            "or",
            "other",
            "our",
            "out",
            "over",
            "shall",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "them",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "to",
            "two",
            "under",
            "up",
            "us",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "who",
            "will",
            "with",
            "would",
            "you",
            "your",
            "act",
            "area",
            "country",
            "countries",
            "data",
            "development",
            "first",
            "government",
            "international",
            "law",
            "laws",
            "make",
            "nation",
            "nations",
            "new",
            "order",
            "part",
            "people",
            "policy",
            "power",
            "right",
            "rights",
            "rule",
            "rules",
            "security",
            "state",
            "states",
            "system",
            "time",
            "use",
            "way",
            "work",
            "world",
            "year");

    private final List<Term> terms;
    private final TermMatcher matcher;

    private Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        List<TermMatcher.Name> names = new ArrayList<>();
        for (int i = 0; i < this.terms.size(); i++) {
            for (String name : namesOf(this.terms.get(i))) {
                names.add(TermMatcher.Name.of(name, i));
            }
        }
        this.matcher = new TermMatcher(names);
    }

    /** A glossary of the given terms, for tests and benchmarks; names are assumed distinct. */
    public static Glossary of(List<Term> terms) {
        return new Glossary(terms);
    }

    /**
     * The glossary of the published {@code type: term} files among {@code content}, sorted by slug.
     *
     * @throws PaperbakeException.ContentProblems when two entries claim the same name
     */
    public static Glossary load(List<ContentFile> content) {
        return load(content, BuildMemory.none());
    }

    /** The published entries a glossary is made of, in content order: the key it is remembered under. */
    record Entries(List<ContentFile> files) {}

    /**
     * As {@link #load(List)}, taken from {@code memory} when the entries are those of the last build:
     * an edit of a page that is no entry makes no glossary, nor its matcher (5% of a {@code serve}
     * rebuild on the seed). A glossary with problems is never remembered: they are found again.
     */
    public static Glossary load(List<ContentFile> content, BuildMemory memory) {
        List<ContentFile> entries = content.stream()
                .filter(file -> file.type() == DocumentType.TERM && file.isPublished())
                .toList();
        Memo<Entries, Glossary> glossaries = memory.memo(Entries.class);
        return glossaries.get(new Entries(entries), Glossary::made);
    }

    private static Glossary made(Entries entries) {
        List<Term> terms = new ArrayList<>();
        for (ContentFile file : entries.files()) {
            String slug = file.slug().substring(file.slug().lastIndexOf('/') + 1);
            terms.add(new Term(
                    slug,
                    file.title().strip(),
                    file.category().orElseThrow(),
                    file.shortDefinition().orElseThrow().strip(),
                    file.aliases().stream().map(String::strip).toList(),
                    file.acronym().map(String::strip).orElse(""),
                    file,
                    file.isLinked()));
        }
        terms.sort(Comparator.comparing(Term::slug));
        List<Problem> problems = new ArrayList<>();
        checkNamesCanBeMatched(terms, problems);
        checkNamesAreUnique(terms, problems);
        checkDraftsAreFinished(terms, problems);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems(
                    "the glossary has " + problems.size() + " problem(s)", problems);
        }
        return new Glossary(terms);
    }

    /** The title, aliases and acronym of a term, each once. */
    static List<String> namesOf(Term term) {
        Set<String> names = new LinkedHashSet<>();
        names.add(term.title());
        names.addAll(term.aliases());
        if (!term.acronym().isEmpty()) {
            names.add(term.acronym());
        }
        names.removeIf(String::isBlank);
        return List.copyOf(names);
    }

    /**
     * Names that would link ordinary words, refused: one with fewer than two letters ("a", "I"),
     * one matched in any case (no two capitals in a row) with fewer than three ("he", "Un"), and a
     * single common English word ("the", "law", "Data"). Each would turn words on every page into
     * links to the entry. Acronyms ("UN", "EU") match only in capitals, so two letters are enough.
     */
    private static void checkNamesCanBeMatched(List<Term> terms, List<Problem> problems) {
        for (Term term : terms) {
            for (String name : namesOf(term)) {
                String normal = TermMatcher.normalise(name);
                long letters =
                        normal.codePoints().filter(Character::isLetterOrDigit).count();
                boolean anyCase = !TermMatcher.hasAcronym(normal);
                String reason = null;
                if (letters < 2) {
                    reason = "has fewer than two letters";
                } else if (anyCase && letters < 3) {
                    reason = "has fewer than three letters and matches in any case";
                } else if (anyCase && COMMON_WORDS.contains(normal.toLowerCase(Locale.ROOT))) {
                    reason = "is a common English word";
                }
                if (reason != null) {
                    String key = keyHolding(term, name);
                    problems.add(Problem.at(
                            term.file().file(),
                            term.file().lineOf(key),
                            "the " + KEY_NAMES.get(key) + " '" + name + "' " + reason + ": every \"" + normal
                                    + "\" on every page would link to this entry",
                            "use the full name the text gives it, or an acronym in capitals, or remove it"));
                }
            }
        }
    }

    /** A published entry whose {@code short} or text is still a draft's placeholder would show it to readers. */
    private static void checkDraftsAreFinished(List<Term> terms, List<Problem> problems) {
        for (Term term : terms) {
            ContentFile file = term.file();
            boolean shortIsPlaceholder = term.shortDefinition().startsWith(DraftEntry.PLACEHOLDER);
            if (shortIsPlaceholder || file.body().strip().startsWith(DraftEntry.PLACEHOLDER)) {
                problems.add(Problem.at(
                        file.file(),
                        shortIsPlaceholder ? file.lineOf("short") : file.bodyLine(),
                        "the entry is published, but its " + (shortIsPlaceholder ? "'short' sentence" : "text")
                                + " is still the draft's placeholder (\"" + DraftEntry.PLACEHOLDER + " …\")",
                        "write the " + (shortIsPlaceholder ? "sentence" : "definition")
                                + ", or set 'status: draft' until it is written"));
            }
        }
    }

    private static void checkNamesAreUnique(List<Term> terms, List<Problem> problems) {
        Map<String, Term> owners = new HashMap<>();
        for (Term term : terms) {
            for (String name : namesOf(term)) {
                // Compared as the matcher reads them: "UN  Charter", "UN Charter" and "un charter" are one name.
                Term owner = owners.putIfAbsent(TermMatcher.key(name), term);
                if (owner != null && owner != term) {
                    // Both files are named: the editor may have just changed either of them.
                    problems.add(sameName(owner, term, name));
                    problems.add(sameName(term, owner, name));
                }
            }
        }
    }

    private static Problem sameName(Term here, Term other, String name) {
        String nameHere = namesOf(here).stream()
                .filter(n -> TermMatcher.key(n).equals(TermMatcher.key(name)))
                .findFirst()
                .orElse(name);
        return Problem.at(
                here.file().file(),
                here.file().lineOf(keyHolding(here, nameHere)),
                "the name '" + nameHere + "' is also a name of "
                        + Problem.displayPath(other.file().file()),
                "keep it on one entry only, and remove it here or there");
    }

    private static String keyHolding(Term term, String name) {
        if (term.title().equals(name)) {
            return "title";
        }
        return term.aliases().contains(name) ? "aliases" : "acronym";
    }

    /** The entries, sorted by slug; a match's {@code term} indexes this list. */
    public List<Term> terms() {
        return terms;
    }

    /** The automaton over every name of every entry. */
    public TermMatcher matcher() {
        return matcher;
    }

    /** Whether there are no entries. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
