package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;

class SearchIndexTest {

    private static Document page(String type, String body) {
        Document page = Jsoup.parse("<html><head><title>T</title></head><body class=\"page-" + type + "\"><main>" + body
                + "</main></body></html>");
        PinpointAnchors.addTo(page);
        return page;
    }

    private static final String PART =
            "<article class=\"document-part\" data-number=\"6.2\"><h1>6.2 Exchanges</h1><div class=\"text\">"
                    + "<p>First <a class=\"term\" href=\"g.html\" aria-describedby=\"definition-wic\">WIC</a>"
                    + " text with \"quotes\", a \\ and &lt;/script&gt;.</p>"
                    + "<blockquote><p><strong>Panel 8 — Box</strong></p><p>In the box.</p></blockquote></div></article>"
                    + "<div class=\"term-definitions\" hidden><p id=\"definition-wic\">A tip.</p></div>";

    @Test
    void paragraphs_are_indexed_with_number_section_and_text_without_definitions_or_numbers() {
        assertEquals(
                List.of(
                        new SearchIndex.Entry(
                                "06-2-x.html#p-6-2-1",
                                "6.2.1",
                                "6.2 Exchanges",
                                "First WIC text with \"quotes\", a \\ and </script>.",
                                "paragraph"),
                        new SearchIndex.Entry(
                                "06-2-x.html#p-p8-1",
                                "P8.1",
                                "6.2 Exchanges · Panel 8 Box",
                                "In the box.",
                                "paragraph")),
                SearchIndex.entriesOf("06-2-x.html", page("subsection", PART)));
    }

    @Test
    void the_full_text_search_and_other_pages_are_not_indexed_but_glossary_entries_are() {
        assertEquals(List.of(), SearchIndex.entriesOf("full.html", page("full", PART)));
        assertEquals(List.of(), SearchIndex.entriesOf("search.html", page("search", "<h1>Search</h1><p>x</p>")));
        assertEquals(
                List.of(new SearchIndex.Entry(
                        "glossary/wic.html", "", "Glossary: World Internet Conference", "An organization.", "term")),
                SearchIndex.entriesOf(
                        "glossary/wic.html",
                        page(
                                "term",
                                "<nav class=\"breadcrumbs\">Cover</nav>"
                                        + "<h1>World Internet Conference</h1><p>An organization.</p>")));
    }

    @Test
    void the_index_is_a_script_with_escaped_strings_and_the_library_is_copied(@TempDir Path site) throws Exception {
        SearchIndex index = new SearchIndex();
        index.add(SearchIndex.json(SearchIndex.entriesOf("06-2-x.html", page("subsection", PART))));
        index.add(SearchIndex.json(SearchIndex.entriesOf("search.html", page("search", "<h1>Search</h1><p>x</p>"))));
        index.add(SearchIndex.json(
                SearchIndex.entriesOf("glossary/wic.html", page("term", "<h1>WIC</h1><p>An organization.</p>"))));
        index.writeTo(site);
        String script = Files.readString(site.resolve(SearchIndex.INDEX_FILE));
        assertTrue(
                script.startsWith("window.PAPERBAKE_SEARCH = [\n{\"u\":\"06-2-x.html#p-6-2-1\",\"n\":\"6.2.1\""),
                script);
        assertTrue(script.contains("\\\"quotes\\\", a \\\\ and <\\/script>."), script);
        assertTrue(
                script.endsWith(
                        "\"In the box.\",\"k\":\"paragraph\"},\n"
                                + "{\"u\":\"glossary\\/wic.html\",\"n\":\"\",\"s\":\"Glossary: WIC\",\"t\":\"An organization.\",\"k\":\"term\"}\n];\n"),
                script);
        assertEquals(3, script.lines().count() - 2, "one line per entry, the search page adding none");
        assertTrue(
                Files.readString(site.resolve(SearchIndex.LIBRARY_FILE)).contains("lunr"),
                "lunr copied from its WebJar");
    }

    @Test
    void the_lunr_copied_is_the_version_pom_xml_names() throws Exception {
        String pom = TestSites.read(TestSites.PROJECT.resolve("pom.xml"));
        Matcher version =
                Pattern.compile("<lunr.version>([^<]+)</lunr.version>").matcher(pom);
        assertTrue(version.find(), "pom.xml names the lunr version");
        assertEquals(
                "META-INF/resources/webjars/lunr/" + version.group(1) + "/lunr.min.js", SearchIndex.libraryResource());
    }
}
