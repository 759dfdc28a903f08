package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import org.paperbake.pipeline.Site;

/** The site's own pages (full text, about, search), its metadata, robots.txt and sitemap.xml, on the minimal fixture. */
class ReadingPagesIT {

    static final List<String> PARTS = List.of("01-first-things.html", "01-1-a-subsection.html", "conclusion.html");

    @TempDir
    static Path folder;

    static Path output;
    static Path hosted;

    @BeforeAll
    static void build() {
        Path source = TestSites.copyFixture("minimal", folder.resolve("site"));
        output = source.resolve("output");
        new Site(source, output, line -> {}).build();
        Path withHost = TestSites.copyFixture("minimal", folder.resolve("hosted"));
        String settings = TestSites.read(withHost.resolve("jbake.properties"));
        TestSites.write(
                withHost.resolve("jbake.properties"),
                settings.replace("site.host=\n", "site.host=https://example.org/paper\n"));
        hosted = withHost.resolve("output");
        new Site(withHost, hosted, line -> {}).build();
    }

    private static Document page(Path site, String name) {
        return Jsoup.parse(TestSites.read(site.resolve(name)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonLd(Document page) {
        return new Json()
                .toType(page.selectFirst("script[type=application/ld+json]").data(), Map.class);
    }

    @Test
    void every_page_links_the_sites_own_icon_and_the_icon_is_published() throws Exception {
        byte[] ico = java.nio.file.Files.readAllBytes(output.resolve("favicon.ico"));
        assertEquals(
                List.of(0, 0, 1, 0), List.of((int) ico[0], (int) ico[1], (int) ico[2], (int) ico[3]), "an ICO header");
        assertTrue(TestSites.read(output.resolve("favicon.svg")).startsWith("<svg"));
        for (String name : List.of("index.html", "01-1-a-subsection.html", "search.html", "404.html")) {
            Document page = page(output, name);
            assertEquals(
                    List.of("favicon.ico", "favicon.svg"),
                    page.select("head link[rel=icon]").eachAttr("href"),
                    name);
        }
    }

    @Test
    void the_full_text_holds_every_part_in_reading_order_with_the_same_paragraph_anchors() {
        Document full = page(output, "full.html");
        assertEquals(
                List.of("I", "1.1", "Conclusion"),
                full.select("article.document-part").eachAttr("data-number"));
        List<String> ids = new ArrayList<>();
        PARTS.forEach(part -> ids.addAll(page(output, part).select("p.para").eachAttr("id")));
        assertEquals(ids, full.select("p.para").eachAttr("id"));
        assertEquals(List.of("p-i-1", "p-i-2", "p-1-1-1", "p-p1-1", "p-1-1-2", "p-c-1"), ids);
        assertEquals(
                "h4",
                full.selectFirst("aside.panel .panel-title").tagName(),
                "the panel sits under the subsection's h3");
        assertEquals(
                List.of("#part-01-first-things", "#part-01-1-a-subsection", "#part-conclusion"),
                full.select("nav.page-toc a").eachAttr("href"));
        assertEquals(
                "full.html", full.selectFirst(".sidebar a[aria-current=page]").attr("href"));
    }

    @Test
    void the_about_page_names_the_source_from_the_covers_front_matter_and_what_the_site_adds() {
        Document about = page(output, "about.html");
        assertEquals("About this edition", about.selectFirst("h1").text());
        assertTrue(
                about.select(".metadata").text().contains("Text from Example Daily, 17 March 2023"),
                about.select(".metadata").text());
        assertTrue(about.text().contains("¶ 6.1.3 is section VI, subsection 1, third paragraph"));
        assertFalse(about.text().contains("Glossary."), "no glossary is claimed when there are no terms");
    }

    @Test
    void the_search_page_loads_the_library_and_the_index_which_holds_every_paragraph_once() throws Exception {
        Document search = page(output, "search.html");
        assertEquals(
                List.of("js/theme.js", "js/site.js", "js/lunr.min.js", "js/search-index.js", "js/search.js"),
                search.select("script[src]").eachAttr("src"));
        String index = TestSites.read(output.resolve("js/search-index.js"));
        long entries = index.lines().filter(line -> line.startsWith("{\"u\":")).count();
        assertEquals(6, entries, index);
        assertTrue(
                index.contains(
                        "{\"u\":\"01-1-a-subsection.html#p-p1-1\",\"n\":\"P1.1\",\"s\":\"1.1 A Subsection \\u00B7 Panel 1 A Boxed Panel\""),
                index);
        assertFalse(index.contains("full.html"));
        assertTrue(Files.size(output.resolve("js/lunr.min.js")) > 20_000);
    }

    @Test
    void every_page_has_a_description_opengraph_and_json_ld_but_no_canonical_without_a_host() {
        for (String name : List.of(
                "index.html",
                "01-first-things.html",
                "01-1-a-subsection.html",
                "conclusion.html",
                "full.html",
                "about.html",
                "search.html",
                "404.html")) {
            Document page = page(output, name);
            assertFalse(page.select("meta[name=description]").attr("content").isBlank(), name);
            assertFalse(page.select("meta[property=og:title]").attr("content").isBlank(), name);
            assertNull(page.selectFirst("link[rel=canonical]"), name);
            assertNull(page.selectFirst("meta[property=og:url]"), name);
            assertEquals("https://schema.org", jsonLd(page).get("@context"), name);
        }
        assertEquals(
                "The first section opens with this paragraph.",
                page(output, "01-first-things.html")
                        .select("meta[name=description]")
                        .attr("content"),
                "a part's description is its opening words");
        Map<String, Object> cover = jsonLd(page(output, "index.html"));
        assertEquals("Report", cover.get("@type"));
        assertEquals(Map.of("@type", "Organization", "name", "Example Daily"), cover.get("publisher"));
        assertEquals(3, ((List<?>) cover.get("hasPart")).size());
        Map<String, Object> subsection = jsonLd(page(output, "01-1-a-subsection.html"));
        assertEquals("Chapter", subsection.get("@type"));
        assertEquals("1.1", subsection.get("position"));
    }

    @Test
    void with_a_host_pages_get_canonical_urls_and_the_sitemap_lists_them() {
        Document subsection = page(hosted, "01-1-a-subsection.html");
        assertEquals(
                "https://example.org/paper/01-1-a-subsection.html",
                subsection.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(
                "https://example.org/paper/01-1-a-subsection.html",
                subsection.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals(
                "https://example.org/paper/",
                page(hosted, "index.html").selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(
                "https://example.org/paper/01-1-a-subsection.html",
                jsonLd(subsection).get("url"));
        String sitemap = TestSites.read(hosted.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<url><loc>https://example.org/paper/01-1-a-subsection.html</loc></url>"), sitemap);
        assertTrue(sitemap.contains("<url><loc>https://example.org/paper/full.html</loc></url>"), sitemap);
        assertFalse(sitemap.contains("404"), sitemap);
        assertTrue(TestSites.read(hosted.resolve("robots.txt"))
                .contains("Sitemap: https://example.org/paper/sitemap.xml"));
    }

    @Test
    void the_404_page_resolves_its_links_against_the_host_when_it_is_known_and_says_how_to_get_back_when_not() {
        Document hostedNotFound = page(hosted, "404.html");
        assertEquals(
                "https://example.org/paper/", hostedNotFound.selectFirst("base").attr("href"));
        assertNull(hostedNotFound.selectFirst(".not-found .hint"));
        Document notFound = page(output, "404.html");
        assertNull(notFound.selectFirst("base"));
        assertTrue(notFound.selectFirst(".not-found .hint").text().startsWith("If these links don't work"));
        assertFalse(Files.exists(output.resolve("sitemap.xml")), "no sitemap without absolute URLs");
        assertEquals("User-agent: *\nAllow: /\n", TestSites.read(output.resolve("robots.txt")));
    }

    @Test
    void markup_in_a_title_cannot_break_out_of_the_json_ld(@TempDir Path other) {
        Path site = TestSites.copyFixture("minimal", other.resolve("site"));
        TestPage.conclusion()
                .title("</script><script>alert(1)</script> \"quoted\"")
                .body("Text.\n")
                .writeTo(site.resolve("content/conclusion.md"));
        new Site(site, site.resolve("output"), line -> {}).build();
        Document page = page(site.resolve("output"), "conclusion.html");
        assertEquals(1, page.select("script[type=application/ld+json]").size());
        assertEquals(
                "</script><script>alert(1)</script> \"quoted\"", jsonLd(page).get("name"));
        assertEquals(
                List.of("js/theme.js", "js/site.js"),
                page.select("script[src]").eachAttr("src"),
                "no script was injected");
    }
}
