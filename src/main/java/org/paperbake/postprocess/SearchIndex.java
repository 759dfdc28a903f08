package org.paperbake.postprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Json;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.PackedText;

/**
 * The client-side search's data: every numbered paragraph and every glossary entry, written as
 * {@code js/search-index.js}, with the lunr library copied beside it from its WebJar.
 *
 * <p>The index is a script that assigns a global rather than a JSON file to fetch, so that search
 * works when the site is opened from disk ({@code file://} pages can't fetch). Pages are added as
 * the post-processor passes over them, so no page is parsed twice; the full-text page is left out
 * (its paragraphs are the parts' paragraphs again).
 */
final class SearchIndex {

    /** Where the index and the library go in the site. */
    public static final String INDEX_FILE = "js/search-index.js";

    public static final String LIBRARY_FILE = "js/lunr.min.js";

    /**
     * A library's documents, folder to short title, for the search page: its results name each
     * pinpoint's document and its filter offers a document. Kept out of the page so that the page
     * stays the same size in a library of a thousand documents.
     */
    public static final String DOCUMENTS_FILE = "js/search-documents.js";

    /**
     * Where the lunr WebJar records its version: read there, so that the version is written only
     * once, as pom.xml's {@code lunr.version}.
     */
    private static final String LIBRARY_POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

    /**
     * One searchable thing: a paragraph (the document's text), an editor's note on the paragraph
     * numbered {@code number}, or a glossary entry; search.js ranks notes between the two.
     *
     * @param url the link to it, from the site root
     * @param number a paragraph's pinpoint as displayed ("6.2.3", "P8.1"), else empty
     * @param section the page (and panel) a paragraph is in; a glossary entry's name
     * @param text the paragraph's text; an entry's definition body
     * @param kind "paragraph", "note" or "term"
     * @param names searched, never shown as the text: for a paragraph, the other names of the
     *     glossary terms it mentions ("INTERPOL" for a paragraph naming the International Criminal
     *     Police Organization), so an alias or acronym finds the paragraphs; for an entry its
     *     aliases and acronym. Names joined by " · ", or empty
     * @param category an entry's category as its page shows it, else empty
     * @param definition an entry's short definition, else empty
     */
    public record Entry(
            String url,
            String number,
            String section,
            String text,
            String kind,
            String names,
            String category,
            String definition) {

        /** An entry with no names, category or definition: a paragraph that mentions no term. */
        public Entry(String url, String number, String section, String text, String kind) {
            this(url, number, section, text, kind, "", "", "");
        }

        Entry withNames(String otherNames) {
            return new Entry(url, number, section, text, kind, otherNames, category, definition);
        }
    }

    private static final String NAME_SEPARATOR = " · ";

    /**
     * Each page's entries as {@link #json} wrote them, in page order, packed: the index holds the
     * whole site's text until it is written (130 MB as strings at 10,000 pages).
     */
    private final List<PackedText> pages = new ArrayList<>();

    /** The characters of {@link #pages}, unpacked (their JSON is ASCII: a byte a character). */
    private long size;

    private Map<String, String> documentNames = Map.of();

    /** A page's entries, the key its entries' words are counted under. */
    record PageEntries(PackedText json) {}

    /** Each page's entries' words, remembered across {@code serve}'s rebuilds: only an edited page's are counted again. */
    private final Memo<PageEntries, List<SearchWords.Counted>> counted;

    /** An index whose pages' words are counted afresh. */
    public SearchIndex() {
        this(BuildMemory.none());
    }

    /** An index that takes each page's counted words from {@code memory} when the page's entries are unchanged. */
    public SearchIndex(BuildMemory memory) {
        this.counted = memory.memo(PageEntries.class);
    }

    /** The short title of each document of a library, by folder; none on a one-document site. */
    public void nameDocuments(Map<String, String> shortTitles) {
        this.documentNames = Map.copyOf(shortTitles);
    }

    /**
     * Adds a page's entries as {@link #json} wrote them. Pages are read in parallel and the index
     * filled in page order; each page's entries arrive escaped, as plain ASCII, and packed, so that
     * the escaping and the packing run on all cores.
     */
    public void add(PackedText pageJson) {
        if (!pageJson.isEmpty()) {
            pages.add(pageJson);
            size += pageJson.utf8Length();
        }
    }

    /** {@link #pages}, unpacked one at a time as they are read. */
    private Iterable<String> pageTexts() {
        return () -> pages.stream().map(PackedText::text).iterator();
    }

    /** The paragraphs (or the glossary entry) of {@code page}, found at {@code relativePath} in the site. */
    public static List<Entry> entriesOf(String relativePath, Document page) {
        return entriesOf(relativePath, page, Glossary.EMPTY);
    }

    /**
     * The paragraphs (or the glossary entry) of {@code page}, found at {@code relativePath} in the
     * site; an entry's aliases and acronym are taken from {@code glossary}.
     */
    public static List<Entry> entriesOf(String relativePath, Document page, Glossary glossary) {
        Element body = page.body();
        if (body.hasClass("page-term")) {
            return termEntry(relativePath, page, glossary);
        }
        if (!body.hasClass("page-section")
                && !body.hasClass("page-subsection")
                && !body.hasClass("page-page")
                && !body.hasClass("page-document")) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        Element heading = page.selectFirst("main h1");
        String pageTitle = heading == null ? page.title() : heading.text();
        for (Element paragraph : page.select("article.document-part p.para[id]")) {
            Element copy = paragraph.clone();
            Element pin = copy.selectFirst("> a.pin");
            String number = pin == null ? "" : PinpointAnchors.labelOf(pin);
            Element panel = paragraph.closest("aside.panel");
            Element panelTitle = panel == null ? null : panel.selectFirst(".panel-title");
            String section = panelTitle == null ? pageTitle : pageTitle + " · " + panelTitle.text();
            entries.add(new Entry(
                    relativePath + "#" + paragraph.id(),
                    number,
                    section,
                    copy.text().strip(),
                    "paragraph"));
        }
        // Editor's notes are searchable but marked "note", so that search can be limited to the document's text.
        for (Element note : page.select("article.document-part aside.editor-note[id]")) {
            Element paragraph = page.getElementById(note.attr("data-note-for"));
            Element pin = paragraph == null ? null : paragraph.selectFirst("> a.pin");
            Element copy = note.clone();
            copy.select("> .editor-note-label").remove();
            entries.add(new Entry(
                    relativePath + "#" + note.id(),
                    pin == null ? "" : PinpointAnchors.labelOf(pin),
                    pageTitle + " · Editor's note",
                    copy.text().strip(),
                    "note"));
        }
        return entries;
    }

    /**
     * A glossary entry: its name, category, aliases and short definition apart, and as its text the
     * definition's body alone, so that a result reads as the entry does, not as its page's words
     * run together (nor with its "Mentioned in" and "Related terms" lists).
     */
    private static List<Entry> termEntry(String relativePath, Document page, Glossary glossary) {
        Element main = page.selectFirst("main");
        if (main == null) {
            return List.of();
        }
        Term term = glossary.terms().stream()
                .filter(candidate -> candidate.pagePath().equals(relativePath))
                .findFirst()
                .orElse(null);
        Element heading = main.selectFirst("h1");
        String title = term != null
                ? term.title()
                : heading == null ? page.title() : heading.ownText().strip();
        Element definitionBody = main.selectFirst("article.term-entry > .text");
        String text;
        if (definitionBody != null) {
            text = definitionBody.text().strip();
        } else {
            Element copy = main.clone();
            copy.select("nav, h1, script").remove();
            text = copy.text().strip();
        }
        Element category = main.selectFirst(".term-meta .category");
        Element definition = main.selectFirst(".term-short");
        List<String> names = term == null ? List.of() : Glossary.namesOf(term);
        return List.of(new Entry(
                relativePath,
                "",
                title,
                text,
                "term",
                String.join(
                        NAME_SEPARATOR,
                        names.stream().filter(name -> !name.equals(title)).toList()),
                category == null ? "" : category.text().strip(),
                definition == null ? "" : definition.text().strip()));
    }

    /**
     * {@code entries} with each paragraph's {@link Entry#names}: the names of the terms {@code
     * mentions} finds in it that its text doesn't hold already. A name found only inside a longer
     * name ("EU" in "China-EU Taskforce") is no mention of its term and adds nothing.
     */
    public static List<Entry> withMentions(List<Entry> entries, List<Mention> mentions, Glossary glossary) {
        if (mentions.isEmpty()) {
            return entries;
        }
        Map<String, Set<Integer>> termsByParagraph = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.container() < 0) {
                termsByParagraph
                        .computeIfAbsent(mention.place().paragraphId(), id -> new TreeSet<>())
                        .add(mention.term());
            }
        }
        List<Entry> named = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            int hash = entry.url().indexOf('#');
            Set<Integer> terms =
                    hash < 0 ? null : termsByParagraph.get(entry.url().substring(hash + 1));
            if (terms == null || !"paragraph".equals(entry.kind())) {
                named.add(entry);
                continue;
            }
            String text = entry.text().toLowerCase(Locale.ROOT);
            Set<String> names = new LinkedHashSet<>();
            for (int term : terms) {
                for (String name : Glossary.namesOf(glossary.terms().get(term))) {
                    if (!text.contains(name.toLowerCase(Locale.ROOT))) {
                        names.add(name);
                    }
                }
            }
            named.add(names.isEmpty() ? entry : entry.withNames(String.join(NAME_SEPARATOR, names)));
        }
        return named;
    }

    /**
     * Up to how many characters of entries the index stays one script: a small site's search
     * loads it at once; a larger one's is written in pieces loaded as a query needs them ({@link
     * SearchShards}). About 80 pages of text.
     */
    static final long ONE_FILE_LIMIT = 1_000_000;

    /** Writes the index script and copies the search library into {@code site}. */
    public void writeTo(Path site) throws IOException {
        writeTo(site, ONE_FILE_LIMIT);
    }

    /** Writes the index, in one script up to {@code oneFileLimit} characters of entries, else in pieces. */
    void writeTo(Path site, long oneFileLimit) throws IOException {
        Path index = site.resolve(INDEX_FILE);
        Files.createDirectories(index.getParent());
        if (size > oneFileLimit) {
            SearchWords words = new SearchWords();
            pages.forEach(page -> addWords(words, page));
            SearchShards.write(site, pageTexts(), words);
        } else {
            // Written entry by entry: an index is megabytes, not worth holding twice.
            try (Writer out = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
                writeScript(out);
            }
        }
        try (InputStream library = resource(libraryResource())) {
            Files.write(site.resolve(LIBRARY_FILE), library.readAllBytes());
        }
        if (!documentNames.isEmpty()) {
            Files.writeString(site.resolve(DOCUMENTS_FILE), documentsScript(documentNames), StandardCharsets.UTF_8);
        }
    }

    /** {@code window.PAPERBAKE_DOCUMENTS = {"folder":"Short Title", …};}, one document a line, in folder order. */
    static String documentsScript(Map<String, String> names) {
        StringBuilder script = new StringBuilder("window.PAPERBAKE_DOCUMENTS = {\n");
        String separator = "";
        for (Map.Entry<String, String> document : new TreeMap<>(names).entrySet()) {
            script.append(separator).append('"');
            Json.appendString(script, document.getKey());
            script.append("\":\"");
            Json.appendString(script, document.getValue());
            script.append('"');
            separator = ",\n";
        }
        return script.append("\n};\n").toString();
    }

    /** The lunr WebJar's script on the classpath, in the folder named after the WebJar's version. */
    static String libraryResource() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = resource(LIBRARY_POM)) {
            pom.load(in);
        }
        return "META-INF/resources/webjars/lunr/" + pom.getProperty("version") + "/lunr.min.js";
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the lunr WebJar is missing from the classpath (" + name + ")");
        }
        return in;
    }

    /**
     * The index as a script: {@code window.PAPERBAKE_SEARCH = [{u, n, s, t, k, a?, c?, d?}, …];},
     * one entry per line, then the words' postings and the entries' lengths ({@link SearchWords}).
     */
    private void writeScript(Writer script) throws IOException {
        script.append("window.PAPERBAKE_SEARCH = [\n");
        SearchWords words = new SearchWords();
        boolean first = true;
        for (PackedText page : pages) {
            script.append(first ? "" : ",\n").append(page.text());
            first = false;
            addWords(words, page);
        }
        if (!first) {
            script.append('\n');
        }
        script.append("];\n");
        words.writeTo(script);
    }

    /** Adds the words of {@code page}'s entries to {@code words}, counted now or remembered. */
    private void addWords(SearchWords words, PackedText page) {
        for (SearchWords.Counted entry : counted.get(new PageEntries(page), SearchIndex::countWords)) {
            words.add(entry);
        }
    }

    private static List<SearchWords.Counted> countWords(PageEntries page) {
        return Arrays.stream(page.json().text().split("\n"))
                .map(SearchWords::count)
                .toList();
    }

    /**
     * {@code entries} as the index's lines, {@code {"u":…,"n":…,"s":…,"t":…,"k":…}} and, when not
     * empty, {@code "a"} (names), {@code "c"} (category), {@code "d"} (definition); one per line
     * without the last line break.
     */
    public static String json(List<Entry> entries) {
        StringBuilder json = new StringBuilder();
        for (Entry entry : entries) {
            if (!json.isEmpty()) {
                json.append(",\n");
            }
            json.append("{\"u\":\"");
            Json.appendString(json, entry.url());
            json.append("\",\"n\":\"");
            Json.appendString(json, entry.number());
            json.append("\",\"s\":\"");
            Json.appendString(json, entry.section());
            json.append("\",\"t\":\"");
            Json.appendString(json, entry.text());
            json.append("\",\"k\":\"");
            Json.appendString(json, entry.kind());
            json.append('"');
            // Only entries that have them carry names, a category and a definition: most paragraphs have none.
            appendOptional(json, "a", entry.names());
            appendOptional(json, "c", entry.category());
            appendOptional(json, "d", entry.definition());
            json.append('}');
        }
        return json.toString();
    }

    private static void appendOptional(StringBuilder json, String key, String value) {
        if (!value.isEmpty()) {
            json.append(",\"").append(key).append("\":\"");
            Json.appendString(json, value);
            json.append('"');
        }
    }
}
