package org.paperbake.postprocess;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.content.ContentSchema;

/**
 * The cross-reference blocks the templates leave for the post-processor: "Mentioned in" and
 * "Related terms" on term pages, the glossary, references and chronology listings, and "Terms in
 * this section" and "Related sections" on document pages.
 *
 * <p>A template marks a place with {@code data-fill="…"}; the blocks are built as Jsoup elements,
 * so every text from content is escaped.
 */
final class ReferencePages {

    /** How many related terms and sections are shown. */
    static final int RELATED = 8;

    /**
     * How many paragraphs the references index lists for a term before pointing to the term's own
     * page, which lists them all with their sentences. A back-of-book index lists every page; on a
     * site of thousands of parts that made the index tens of megabytes, too long for a browser or
     * a reader, so the index stays proportional to the glossary.
     */
    static final int INDEX_PINPOINTS = 20;

    private static final Map<String, String> CATEGORY_HEADINGS = Map.of(
            "organization", "Organizations",
            "agreement", "Agreements and instruments",
            "initiative", "Initiatives",
            "mechanism", "Dialogues and mechanisms",
            "event", "Conferences, forums and events",
            "operation", "Operations",
            "place", "Countries and regions",
            "concept", "Concepts");

    private ReferencePages() {}

    /** Fills every {@code [data-fill]} element of {@code page}, whose path from the root is {@code root}. */
    public static void fill(Document page, CrossReferences references, String root) {
        fill(page, references, root, false);
    }

    /**
     * Writes {@code page}, filled, to {@code out}: the same text as {@code page.outerHtml()} after
     * {@link #fill}, but the chronology's items are made and written one at a time instead of held
     * as one tree and one string. Its size grows with the document: 6 MB of HTML for 1,000 parts,
     * 60 MB for 10,000, whose tree alone took more than the build's heap.
     */
    static void writeFilled(Document page, CrossReferences references, String root, Writer out) throws IOException {
        fill(page, references, root, true);
        String html = page.outerHtml();
        String marker = "<!--" + STREAMED_ITEMS;
        // Each item is made in a list of a page with the page's output settings, so that it is written exactly as
        // it would be in place.
        Document scratch = Document.createShell("");
        scratch.outputSettings(page.outputSettings().clone());
        Element list = scratch.body().appendElement("ol");
        int from = 0;
        for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, from)) {
            int end = html.indexOf("-->", at);
            String document = html.substring(at + marker.length(), end);
            out.write(html, from, at - from);
            List<DatedStatement> statements = document.equals(EVERY_DOCUMENT)
                    ? references.chronology()
                    : references.chronologyByDocument().getOrDefault(document, List.of());
            for (DatedStatement statement : statements) {
                Element item = chronologyItem(list, statement, root, references);
                out.write(item.outerHtml());
                item.remove();
            }
            from = end + "-->".length();
        }
        out.write(html, from, html.length() - from);
    }

    /**
     * Where {@link #writeFilled} writes a chronology's items: a comment, which no cleaned content
     * holds, ending in the folder of the document whose items go there, or {@link #EVERY_DOCUMENT}.
     */
    private static final String STREAMED_ITEMS = "paperbake:chronology-items:";

    /** The marker's end for the one list of every statement: no folder's name (a file name) is "*". */
    private static final String EVERY_DOCUMENT = "*";

    private static void fill(Document page, CrossReferences references, String root, boolean streamChronology) {
        for (Element slot : page.select("[data-fill]")) {
            String what = slot.attr("data-fill");
            slot.removeAttr("data-fill");
            switch (what) {
                case "term-mentions" ->
                    termIndex(page, references).ifPresent(t -> fillMentions(slot, references, t, root));
                case "related-terms" ->
                    termIndex(page, references).ifPresent(t -> fillRelatedTerms(slot, references, t));
                case "glossary" -> fillGlossary(slot, references, root);
                case "references" -> fillReferences(slot, references, root);
                case "chronology" -> fillChronology(slot, references, root, streamChronology);
                case "notes" -> fillNotes(slot, references, root);
                default -> slot.appendElement("p").text("Nothing to show here.");
            }
        }
    }

    private static java.util.Optional<Integer> termIndex(Document page, CrossReferences references) {
        Element entry = page.selectFirst("[data-term]");
        String slug = entry == null ? "" : entry.attr("data-term");
        slug = slug.substring(slug.lastIndexOf('/') + 1);
        List<Term> terms = references.glossary().terms();
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).slug().equals(slug)) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    private static void fillMentions(Element slot, CrossReferences references, int term, String root) {
        List<Mention> mentions = references.mentionsOf(term);
        List<Integer> containers = references.namesContaining(term);
        if (!containers.isEmpty()) {
            Element within = slot.appendElement("p").addClass("within-names");
            within.appendText(
                    mentions.isEmpty() ? "Not mentioned on its own; part of the name " : "Also part of the name ");
            for (int i = 0; i < containers.size(); i++) {
                Term container = references.glossary().terms().get(containers.get(i));
                if (i > 0) {
                    within.appendText(i == containers.size() - 1 ? " and " : ", ");
                }
                within.appendElement("a")
                        .attr("href", root + container.pagePath())
                        .text(container.title());
            }
            within.appendText(".");
        }
        if (mentions.isEmpty()) {
            if (containers.isEmpty()) {
                slot.appendElement("p").text("The text does not mention this term.");
            }
            return;
        }
        Map<String, List<Mention>> byPage = new LinkedHashMap<>();
        mentions.forEach(m -> byPage.computeIfAbsent(m.place().pagePath(), k -> new ArrayList<>())
                .add(m));
        String document = "";
        for (List<Mention> onPage : byPage.values()) {
            Place page = onPage.get(0).place();
            // In a library the mentions are grouped by document (in folder order), then by section.
            String name = references.documentName(page);
            if (!name.isEmpty() && !name.equals(document)) {
                document = name;
                slot.appendElement("h3").addClass("mentions-document").text(name);
            }
            slot.appendElement(name.isEmpty() ? "h3" : "h4")
                    .appendElement("a")
                    .attr("href", root + page.pagePath())
                    .text(page.pageName());
            Element list = slot.appendElement("ul").addClass("mentions");
            for (Mention mention : onPage) {
                Element item = list.appendElement("li");
                pin(item, mention.place(), root, references);
                item.appendText(" ");
                Element quote = item.appendElement("q").addClass("kwic");
                quote.appendText(mention.snippet().before());
                quote.appendElement("mark").text(mention.snippet().mention());
                quote.appendText(mention.snippet().after());
            }
        }
    }

    /**
     * What an index entry without mentions of its own says: "see" the longer names it is part of,
     * as a back-of-book index does ("European Union: see China-EU Taskforce"), or that the text
     * does not mention it.
     */
    private static void seeContainers(Element item, CrossReferences references, int term, String root) {
        List<Integer> containers = references.namesContaining(term);
        if (containers.isEmpty()) {
            item.appendText(": not mentioned in the text");
            return;
        }
        item.appendText(": see ");
        for (int k = 0; k < containers.size(); k++) {
            if (k > 0) {
                item.appendText("; ");
            }
            Term container = references.glossary().terms().get(containers.get(k));
            item.appendElement("a").attr("href", root + container.pagePath()).text(container.title());
        }
    }

    private static void fillRelatedTerms(Element slot, CrossReferences references, int term) {
        List<CrossReferences.Related<Integer>> related = references.relatedTerms(term, RELATED);
        if (related.isEmpty()) {
            slot.appendElement("p").text("No other term shares a paragraph with this one.");
            return;
        }
        Element list = slot.appendElement("ol").addClass("related-terms-list");
        for (CrossReferences.Related<Integer> other : related) {
            Term t = references.glossary().terms().get(other.key());
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", t.slug() + ".html").text(t.title());
            item.appendText(" ");
            item.appendElement("span").addClass("count").text(plural(other.shared(), "shared paragraph"));
        }
    }

    private static void fillGlossary(Element slot, CrossReferences references, String root) {
        List<Term> terms = references.glossary().terms();
        int[] counts = references.mentionCounts();
        record Entry(String sortKey, String heading, int term, boolean acronymOnly) {}
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            entries.add(new Entry(sortKey(term.title()), term.title(), i, false));
            String acronym = term.displayAcronym();
            if (!acronym.isEmpty() && !acronym.equals(term.title())) {
                entries.add(new Entry(sortKey(acronym), acronym, i, true));
            }
        }
        entries.sort(Comparator.comparing(Entry::sortKey)
                .thenComparing(Entry::heading)
                .thenComparing(Entry::acronymOnly));
        Map<String, List<Entry>> byLetter = new TreeMap<>();
        entries.forEach(e -> byLetter.computeIfAbsent(letterOf(e.sortKey()), k -> new ArrayList<>())
                .add(e));
        Element letters = slot.appendElement("nav").addClass("letters").attr("aria-label", "Letters");
        for (char c = 'A'; c <= 'Z'; c++) {
            String letter = String.valueOf(c);
            if (byLetter.containsKey(letter)) {
                letters.appendElement("a")
                        .attr("href", "#letter-" + letter.toLowerCase(Locale.ROOT))
                        .text(letter);
            } else {
                letters.appendElement("span").addClass("empty").text(letter);
            }
            letters.appendText(" ");
        }
        for (Map.Entry<String, List<Entry>> group : byLetter.entrySet()) {
            String id = group.getKey().equals("#")
                    ? "letter-other"
                    : "letter-" + group.getKey().toLowerCase(Locale.ROOT);
            Element section = slot.appendElement("section").addClass("letter").attr("aria-labelledby", id);
            section.appendElement("h2").id(id).text(group.getKey());
            Element list = section.appendElement("dl").addClass("glossary-list");
            for (Entry entry : group.getValue()) {
                Term term = terms.get(entry.term());
                Element dt = list.appendElement("dt");
                Element dd = list.appendElement("dd");
                if (entry.acronymOnly()) {
                    dt.appendElement("abbr").attr("title", term.title()).text(entry.heading());
                    dd.appendText("See ");
                    dd.appendElement("a").attr("href", root + term.pagePath()).text(term.title());
                    dd.appendText(".");
                    continue;
                }
                dt.id("term-" + term.slug());
                dt.appendElement("a").attr("href", root + term.pagePath()).text(term.title());
                String acronym = term.displayAcronym();
                if (!acronym.isEmpty() && !acronym.equals(term.title())) {
                    dt.appendText(" (");
                    dt.appendElement("abbr").attr("title", term.title()).text(acronym);
                    dt.appendText(")");
                }
                dd.appendElement("p").addClass("short").text(term.shortDefinition());
                dd.appendElement("p").addClass("count").text(plural(counts[entry.term()], "mention"));
            }
        }
    }

    private static void fillReferences(Element slot, CrossReferences references, String root) {
        List<Term> terms = references.glossary().terms();
        for (String category : ContentSchema.CATEGORIES) {
            List<Integer> inCategory = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                if (category.equals(terms.get(i).category())) {
                    inCategory.add(i);
                }
            }
            if (inCategory.isEmpty()) {
                continue;
            }
            inCategory.sort(Comparator.comparing(i -> sortKey(terms.get(i).title())));
            String id = "category-" + category;
            Element section = slot.appendElement("section").addClass("category").attr("aria-labelledby", id);
            section.appendElement("h2").id(id).text(CATEGORY_HEADINGS.getOrDefault(category, category));
            Element list = section.appendElement("ul").addClass("reference-list");
            for (int i : inCategory) {
                Element item = list.appendElement("li");
                item.appendElement("a")
                        .addClass("reference-term")
                        .attr("href", root + terms.get(i).pagePath())
                        .text(terms.get(i).title());
                List<Place> places = references.mentionsOf(i).stream()
                        .map(Mention::place)
                        .distinct()
                        .toList();
                if (places.isEmpty()) {
                    seeContainers(item, references, i, root);
                    continue;
                }
                item.appendText(": ");
                for (int k = 0; k < Math.min(places.size(), INDEX_PINPOINTS); k++) {
                    if (k > 0) {
                        item.appendText(", ");
                    }
                    pin(item, places.get(k), root, references);
                }
                if (places.size() > INDEX_PINPOINTS) {
                    item.appendText(" … ");
                    item.appendElement("a")
                            .addClass("reference-more")
                            .attr("href", root + terms.get(i).pagePath() + "#mentions-title")
                            .text("all " + places.size() + " paragraphs");
                }
            }
        }
    }

    /**
     * The chronology's list, or, when {@code stream}, the list with a marker where {@link
     * #writeFilled} writes its items. A slot with {@code data-document} lists that document's
     * statements only (a library document's own chronology); the library's chronology groups its
     * statements by document, in the library home's order, each group under its short title and
     * linked to the document's own; a site of one document (or a library of one) has one list.
     */
    private static void fillChronology(Element slot, CrossReferences references, String root, boolean stream) {
        String only = slot.attr("data-document");
        slot.removeAttr("data-document");
        if (!only.isEmpty()) {
            List<DatedStatement> own = references.chronologyByDocument().getOrDefault(only, List.of());
            if (own.isEmpty()) {
                slot.appendElement("p")
                        .text("The text of " + documentTitle(references, only) + " has no dated statements.");
                return;
            }
            chronologyList(slot, own, only, root, references, stream);
            return;
        }
        if (!references.hasDatedStatements()) {
            slot.appendElement("p").text("The text has no dated statements.");
            return;
        }
        if (references.documents().size() < 2) {
            // Streamed, the items are made in writeFilled: the list is not sorted here for nothing.
            chronologyList(
                    slot, stream ? List.of() : references.chronology(), EVERY_DOCUMENT, root, references, stream);
            return;
        }
        for (Map.Entry<String, List<DatedStatement>> document :
                references.chronologyByDocument().entrySet()) {
            String folder = document.getKey();
            String id = "chronology-" + folder;
            Element group = slot.appendElement("section")
                    .addClass("chronology-document")
                    .attr("aria-labelledby", id);
            group.appendElement("h2").id(id).text(documentTitle(references, folder));
            Element summary = group.appendElement("p").addClass("chronology-count");
            if (document.getValue().isEmpty()) {
                summary.text("Its text has no dated statements.");
                continue;
            }
            summary.text(plural(document.getValue().size(), "dated statement") + " · ");
            summary.appendElement("a")
                    .attr("href", root + org.paperbake.content.Library.chronologyPage(folder))
                    .text("this document's chronology");
            chronologyList(group, document.getValue(), folder, root, references, stream);
        }
    }

    private static String documentTitle(CrossReferences references, String folder) {
        return references.documents().getOrDefault(folder, folder);
    }

    /** A chronology's list of {@code statements}; streamed, the marker names them by {@code streamKey}. */
    private static void chronologyList(
            Element parent,
            List<DatedStatement> statements,
            String streamKey,
            String root,
            CrossReferences references,
            boolean stream) {
        Element list = parent.appendElement("ol").addClass("chronology-list");
        if (stream) {
            list.appendChild(new Comment(STREAMED_ITEMS + streamKey));
            return;
        }
        for (DatedStatement statement : statements) {
            chronologyItem(list, statement, root, references);
        }
    }

    /** The Notes page: every editor's note in reading order, each under a link to its paragraph. */
    private static void fillNotes(Element slot, CrossReferences references, String root) {
        List<EditorNote> notes = references.notes();
        if (notes.isEmpty()) {
            slot.appendElement("p").text("The edition has no editor's notes yet.");
            return;
        }
        slot.appendElement("p").text(plural(notes.size(), "note") + ", in the order of the text.");
        Element list = slot.appendElement("ol").addClass("notes-list");
        for (EditorNote note : notes) {
            Element item = list.appendElement("li");
            Element heading = item.appendElement("p").addClass("notes-item-title");
            pin(heading, note.place(), root, references);
            heading.appendText(" (" + note.place().pageName() + ") · ");
            heading.appendElement("a").attr("href", root + note.href()).text("the note in place");
            Element aside = item.appendElement("div").addClass("editor-note");
            aside.append(note.html());
        }
    }

    private static Element chronologyItem(
            Element list, DatedStatement statement, String root, CrossReferences references) {
        Element item = list.appendElement("li");
        item.appendElement("time").attr("datetime", statement.isoStart()).text(statement.label());
        item.appendText(" ");
        item.appendElement("q").text(statement.sentence().strip());
        item.appendText(" ");
        pin(item, statement.place(), root, references);
        item.appendText(" (" + statement.place().pageName() + ")");
        return item;
    }

    /**
     * The "Terms in this section" and "Related sections" blocks of the document page at {@code
     * pagePath}, as HTML, for the post-processor to splice into the page's bytes.
     */
    static String sectionBlocks(CrossReferences references, String pagePath) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element holder = shell.body().appendElement("div");
        appendSectionBlocks(holder, references, pagePath, PagePaths.rootOf(pagePath));
        return holder.html();
    }

    /**
     * The blocks appended to a document page: its terms and the sections that share them, each a
     * closed disclosure ({@code <details>}) whose summary is its heading and size, so that they
     * don't push the pager a screen or more below the text (32 terms on ¶ 6.2), nor put their
     * links in a keyboard reader's way; print leaves them out.
     */
    public static void appendSectionBlocks(Element article, CrossReferences references, String pagePath, String root) {
        Map<Integer, Integer> terms = references.termsOn(pagePath);
        if (terms.isEmpty()) {
            return;
        }
        Element list = disclosure(article, "section-terms", "Terms in this section", plural(terms.size(), "term"))
                .appendElement("ul");
        terms.forEach((term, count) -> {
            Term t = references.glossary().terms().get(term);
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", root + t.pagePath()).text(t.title());
            item.appendText(" ");
            item.appendElement("span").addClass("count").text(plural(count, "mention"));
        });
        List<CrossReferences.Related<Place>> related = references.relatedSections(pagePath, RELATED);
        if (related.isEmpty()) {
            return;
        }
        Element sections = disclosure(
                        article, "related-sections", "Related sections", plural(related.size(), "section"))
                .appendElement("ol");
        for (CrossReferences.Related<Place> other : related) {
            Element item = sections.appendElement("li");
            item.appendElement("a")
                    .attr("href", root + other.key().pagePath())
                    .text(other.key().pageName());
            item.appendText(" ");
            item.appendElement("span").addClass("count").text(plural(other.shared(), "shared term"));
        }
    }

    /**
     * A {@code <section class="…">} labelled by its heading, holding a closed {@code <details>}
     * whose summary is that heading and {@code size}; returns the details, for the list.
     */
    private static Element disclosure(Element parent, String name, String heading, String size) {
        Element section = parent.appendElement("section").addClass(name).attr("aria-labelledby", name + "-title");
        Element details = section.appendElement("details");
        Element summary = details.appendElement("summary");
        summary.appendElement("h2").id(name + "-title").text(heading);
        summary.appendText(" ");
        summary.appendElement("span").addClass("count").text(size);
        return details;
    }

    private static void pin(Element parent, Place place, String root, CrossReferences references) {
        parent.appendElement("a")
                .addClass("pinpoint")
                .attr("href", root + place.href())
                .text(references.pinpoint(place));
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Titles sort without a leading "The" and without case. */
    static String sortKey(String title) {
        String key = title.toUpperCase(Locale.ROOT);
        return key.startsWith("THE ") ? key.substring(4) : key;
    }

    private static String letterOf(String sortKey) {
        char first = sortKey.isEmpty() ? '#' : sortKey.charAt(0);
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
    }
}
