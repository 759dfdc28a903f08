package org.paperbake.postprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperbake.bench.CorpusGenerator;
import org.paperbake.kernel.PackedText;

/** Writes search indexes for the whole-site tests, which can't reach the package's classes. */
public final class SearchIndexFiles {

    private SearchIndexFiles() {}

    /** Rewrites a built site's one-script index in pieces, as a large site's is written. */
    public static void writeInPieces(Path site) throws IOException {
        SearchIndex index = new SearchIndex();
        for (String line : Files.readAllLines(site.resolve(SearchIndex.INDEX_FILE))) {
            if (line.startsWith("{\"u\":")) {
                index.add(PackedText.of(line.endsWith(",") ? line.substring(0, line.length() - 1) : line));
            }
        }
        index.writeTo(site, 0);
    }

    /** A paragraph put into a generated corpus, with words no generated paragraph has. */
    public record Needle(String url, String number, String text) {}

    /**
     * Writes into {@code site} the search index of the document {@code corpus} generates (each
     * page's paragraphs numbered by its part's number, and the glossary's entries), with {@code
     * needle} as the last paragraph of the page {@code corpus} has halfway; returns the number of
     * characters of entries, what one script would have held.
     */
    public static long writeCorpus(Path site, CorpusGenerator corpus, String needleText, Needle[] needle)
            throws IOException {
        SearchIndex index = new SearchIndex();
        List<CorpusGenerator.Page> pages = corpus.pages();
        long size = 0;
        int documentPages = (int) pages.stream()
                .filter(page -> !page.path().startsWith("glossary/"))
                .count();
        for (int p = 0; p < pages.size(); p++) {
            List<SearchIndex.Entry> entries = entriesOf(pages.get(p));
            if (p == documentPages / 2 && !entries.isEmpty()) {
                SearchIndex.Entry last = entries.get(entries.size() - 1);
                String number = last.number().substring(0, last.number().lastIndexOf('.') + 1) + (entries.size() + 1);
                String url = last.url().substring(0, last.url().indexOf('#')) + "#p-" + number.replace('.', '-');
                entries.add(new SearchIndex.Entry(url, number, last.section(), needleText, "paragraph"));
                needle[0] = new Needle(url, number, needleText);
            }
            String json = SearchIndex.json(entries);
            size += json.length();
            index.add(PackedText.of(json));
        }
        index.writeTo(site);
        return size;
    }

    /** A generated page's paragraphs (its headings and lists left out), or a glossary entry. */
    private static List<SearchIndex.Entry> entriesOf(CorpusGenerator.Page page) {
        String[] halves = page.text().split("\n---\n", 2);
        String title = field(halves[0], "title: ");
        String url = page.path().replace(".md", ".html");
        List<SearchIndex.Entry> entries = new ArrayList<>();
        if (page.path().startsWith("glossary/")) {
            entries.add(new SearchIndex.Entry(
                    url,
                    "",
                    title,
                    plain(halves[1]),
                    "term",
                    "",
                    field(halves[0], "category: "),
                    field(halves[0], "short: ")));
            return entries;
        }
        String number = field(halves[0], "number: ").replace("\"", "");
        String prefix = number.isEmpty() ? "C" : number;
        for (String block : halves[1].split("\n\n")) {
            String text = block.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("- ")) {
                continue;
            }
            String pin = prefix + "." + (entries.size() + 1);
            entries.add(new SearchIndex.Entry(
                    url + "#p-" + pin.replace('.', '-'),
                    pin,
                    title,
                    plain(text.replace("> ", "").replace(">\n", "")),
                    "paragraph"));
        }
        return entries;
    }

    private static String field(String frontMatter, String key) {
        for (String line : frontMatter.split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(key.length()).strip();
            }
        }
        return "";
    }

    /** Markdown's text: no emphasis marks, links as their words. */
    private static String plain(String markdown) {
        return markdown.replace("**", "")
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replace('\n', ' ')
                .strip();
    }
}
