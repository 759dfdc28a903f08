package org.paperbake.postprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.kernel.Json;

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
     * Where the lunr WebJar records its version: read there, so that the version is written only
     * once, as pom.xml's {@code lunr.version}.
     */
    private static final String LIBRARY_POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

    /**
     * One searchable thing. {@code kind} is {@code paragraph} (the document's text), {@code note} (an
     * editor's note on the paragraph numbered {@code number}) or {@code term} (a glossary entry).
     */
    public record Entry(String url, String number, String section, String text, String kind) {}

    /** Each page's entries as {@link #json} wrote them, in page order. */
    private final List<String> pages = new ArrayList<>();

    /**
     * Adds a page's entries as {@link #json} wrote them. Pages are read in parallel and the index
     * filled in page order; each page's entries arrive escaped, as plain ASCII, so the index holds
     * half the memory of the entries' text and the escaping runs on all cores.
     */
    public void add(String pageJson) {
        if (!pageJson.isEmpty()) {
            pages.add(pageJson);
        }
    }

    /** The paragraphs (or the glossary entry) of {@code page}, found at {@code relativePath} in the site. */
    public static List<Entry> entriesOf(String relativePath, Document page) {
        Element body = page.body();
        if (body.hasClass("page-term")) {
            return termEntry(relativePath, page);
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

    private static List<Entry> termEntry(String relativePath, Document page) {
        Element main = page.selectFirst("main");
        if (main == null) {
            return List.of();
        }
        Element copy = main.clone();
        copy.select("nav, h1, script").remove();
        Element heading = main.selectFirst("h1");
        String title = heading == null ? page.title() : heading.text();
        return List.of(
                new Entry(relativePath, "", "Glossary: " + title, copy.text().strip(), "term"));
    }

    /** Writes the index script and copies the search library into {@code site}. */
    public void writeTo(Path site) throws IOException {
        Path index = site.resolve(INDEX_FILE);
        Files.createDirectories(index.getParent());
        // Written entry by entry: a large site's index is tens of megabytes, not worth holding twice.
        try (Writer out = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
            writeScript(out);
        }
        try (InputStream library = resource(libraryResource())) {
            Files.write(site.resolve(LIBRARY_FILE), library.readAllBytes());
        }
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

    /** The index as a script: {@code window.PAPERBAKE_SEARCH = [{u, n, s, t, k}, …];}, one entry per line. */
    private void writeScript(Writer script) throws IOException {
        script.append("window.PAPERBAKE_SEARCH = [\n");
        for (int i = 0; i < pages.size(); i++) {
            script.append(pages.get(i)).append(i + 1 < pages.size() ? ",\n" : "\n");
        }
        script.append("];\n");
    }

    /** {@code entries} as the index's lines, {@code {"u":…,"n":…,"s":…,"t":…,"k":…}}, one per line without the last line break. */
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
            json.append("\"}");
        }
        return json.toString();
    }
}
