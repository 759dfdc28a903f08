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
import org.paperbake.kernel.PackedText;

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
                        "glossary/wic.html", "", "World Internet Conference", "An organization.", "term")),
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
        index.add(PackedText.of(SearchIndex.json(SearchIndex.entriesOf("06-2-x.html", page("subsection", PART)))));
        index.add(PackedText.of(
                SearchIndex.json(SearchIndex.entriesOf("search.html", page("search", "<h1>Search</h1><p>x</p>")))));
        index.add(PackedText.of(SearchIndex.json(
                SearchIndex.entriesOf("glossary/wic.html", page("term", "<h1>WIC</h1><p>An organization.</p>")))));
        index.writeTo(site);
        String script = Files.readString(site.resolve(SearchIndex.INDEX_FILE));
        assertTrue(
                script.startsWith("window.PAPERBAKE_SEARCH = [\n{\"u\":\"06-2-x.html#p-6-2-1\",\"n\":\"6.2.1\""),
                script);
        assertTrue(script.contains("\\\"quotes\\\", a \\\\ and <\\/script>."), script);
        String entries = script.substring(0, script.indexOf("];\n") + 3);
        assertTrue(
                entries.endsWith(
                        "\"In the box.\",\"k\":\"paragraph\"},\n"
                                + "{\"u\":\"glossary\\/wic.html\",\"n\":\"\",\"s\":\"WIC\",\"t\":\"An organization.\",\"k\":\"term\"}\n];\n"),
                script);
        assertEquals(3, entries.lines().count() - 2, "one line per entry, the search page adding none");
        assertTrue(
                script.contains("\n\"box\":[19],\n"),
                "the words' postings follow: box is in entry 1 (8 × 2, weight 1 in the text + 2 in the heading)");
        assertTrue(script.endsWith("window.PAPERBAKE_SEARCH_LENGTHS = [8,3,2];\n"), script);
        assertTrue(
                Files.readString(site.resolve(SearchIndex.LIBRARY_FILE)).contains("lunr"),
                "lunr copied from its WebJar");
    }

    private static final Glossary GLOSSARY = Glossary.of(List.of(
            new Term(
                    "interpol",
                    "International Criminal Police Organization",
                    "organization",
                    "The police's international organization.",
                    List.of(),
                    "INTERPOL",
                    null),
            new Term("eu", "European Union", "organization", "A union.", List.of("EU"), "EU", null),
            new Term("un", "United Nations", "organization", "The UN.", List.of("UN"), "UN", null)));

    /** A glossary entry's page as templates/term.ftl makes it, its mention lists filled. */
    private static final String TERM_PAGE = "<nav class=\"breadcrumbs\">Cover › Glossary</nav>"
            + "<article class=\"term-entry\" data-term=\"interpol\"><h1>International Criminal Police Organization"
            + " <abbr>(INTERPOL)</abbr></h1><p class=\"term-meta\"><span class=\"category\">Organization</span></p>"
            + "<p class=\"term-short\">The police's international organization.</p>"
            + "<div class=\"text\"><p>It connects the police of its members.</p><p>It is in Lyon.</p></div>"
            + "<section class=\"term-mentions\"><h2>Mentioned in</h2><ul><li>¶ 6.2.3 First Light</li></ul></section>"
            + "<section class=\"related-terms\"><h2>Related terms</h2><ul><li>First Light 2022</li></ul></section>"
            + "</article>";

    @Test
    void a_glossary_entry_keeps_its_name_category_other_names_and_definition_apart_from_its_text() {
        assertEquals(
                List.of(new SearchIndex.Entry(
                        "glossary/interpol.html",
                        "",
                        "International Criminal Police Organization",
                        "It connects the police of its members. It is in Lyon.",
                        "term",
                        "INTERPOL",
                        "Organization",
                        "The police's international organization.")),
                SearchIndex.entriesOf("glossary/interpol.html", page("term", TERM_PAGE), GLOSSARY));
    }

    private static Mention mention(int term, String paragraphId, int container) {
        return new Mention(
                term, new Place("06-2-x.html", "6.2", "6.2", 620, paragraphId, "", 1), null, true, container);
    }

    @Test
    void a_paragraph_is_found_by_the_other_names_of_the_terms_it_mentions_but_not_those_inside_longer_names() {
        List<SearchIndex.Entry> entries = List.of(
                new SearchIndex.Entry(
                        "06-2-x.html#p-6-2-1",
                        "6.2.1",
                        "6.2",
                        "The International Criminal Police" + " Organization and the China-EU Taskforce.",
                        "paragraph"),
                new SearchIndex.Entry(
                        "06-2-x.html#p-6-2-2", "6.2.2", "6.2", "The UN and the United Nations.", "paragraph"),
                new SearchIndex.Entry("06-2-x.html#p-6-2-3", "6.2.3", "6.2", "Nothing named.", "paragraph"));
        List<SearchIndex.Entry> named = SearchIndex.withMentions(
                entries,
                List.of(mention(0, "p-6-2-1", -1), mention(1, "p-6-2-1", 5), mention(2, "p-6-2-2", -1)),
                GLOSSARY);
        assertEquals("INTERPOL", named.get(0).names(), "EU inside China-EU Taskforce is no mention of the EU");
        assertEquals("", named.get(1).names(), "both names of the UN are in the text already");
        assertEquals(entries.get(2), named.get(2));
        assertEquals(entries, SearchIndex.withMentions(entries, List.of(), GLOSSARY));
    }

    @Test
    void names_category_and_definition_are_written_only_when_an_entry_has_them() {
        assertEquals(
                "{\"u\":\"a.html#p-1\",\"n\":\"1\",\"s\":\"S\",\"t\":\"T\",\"k\":\"paragraph\"}",
                SearchIndex.json(List.of(new SearchIndex.Entry("a.html#p-1", "1", "S", "T", "paragraph"))));
        assertEquals(
                "{\"u\":\"g.html\",\"n\":\"\",\"s\":\"N\",\"t\":\"T\",\"k\":\"term\",\"a\":\"X \\u00B7 Y\","
                        + "\"c\":\"Organization\",\"d\":\"D \\\"q\\\"\"}",
                SearchIndex.json(List.of(
                        new SearchIndex.Entry("g.html", "", "N", "T", "term", "X · Y", "Organization", "D \"q\""))));
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
