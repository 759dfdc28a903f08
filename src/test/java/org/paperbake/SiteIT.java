package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.pipeline.Site;

/** Builds the minimal fixture site once and checks what JBake and the post-processor made of it. */
class SiteIT {

    @TempDir
    static Path folder;

    static Path source;
    static Path output;
    static Site.BuildReport report;
    static List<String> log = new ArrayList<>();

    @BeforeAll
    static void build() {
        source = TestSites.copyFixture("minimal", folder.resolve("site"));
        output = source.resolve("output");
        report = new Site(source, output, log::add).build();
    }

    private static Document page(String name) {
        return Jsoup.parse(TestSites.read(output.resolve(name)));
    }

    @Test
    void every_published_content_file_becomes_a_page_and_drafts_do_not() {
        assertEquals(5, report.contentFiles());
        assertEquals(4, report.pagesBaked());
        for (String name : List.of(
                "index.html", "01-first-things.html", "01-1-a-subsection.html", "conclusion.html", "404.html")) {
            assertTrue(Files.isRegularFile(output.resolve(name)), name);
        }
        assertFalse(Files.exists(output.resolve("draft-notes-draft.html")));
        assertFalse(Files.exists(output.resolve("draft-notes.html")));
    }

    /** Issue 17.5: no draft text reaches any output file, search index and full text included. */
    @Test
    void no_draft_text_reaches_any_output_file(@TempDir Path where) throws java.io.IOException {
        Path site = TestSites.copyFixture("minimal", where.resolve("site"));
        String secret = "Zanzibarquux";
        TestSites.write(site.resolve("content/secret-plan.md"), """
                ---
                title: Secret Plan Zanzibarquux
                type: page
                status: draft
                date: 2023-03-17
                order: 50
                description: Zanzibarquux described
                ---
                The Zanzibarquux plan, in a draft.
                """);
        TestSites.write(site.resolve("content/glossary/secret-term.md"), """
                ---
                title: Zanzibarquux Council
                type: term
                status: draft
                category: concept
                short: A Zanzibarquux council.
                ---
                The Zanzibarquux Council.
                """);
        new Site(site, site.resolve("output"), line -> {}).build();
        List<String> leaks = new ArrayList<>();
        try (var walk = Files.walk(site.resolve("output"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (text.contains(secret) || file.getFileName().toString().contains("secret")) {
                    leaks.add(site.resolve("output").relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), leaks, "output files holding draft text");
        assertTrue(Files.isRegularFile(site.resolve("output/js/search-index.js")));
    }

    /** A link to a draft is a link to a page that does not exist: the build fails, the draft stays out. */
    @Test
    void a_link_to_a_draft_fails_the_build_instead_of_publishing_it(@TempDir Path where) {
        Path site = TestSites.copyFixture("minimal", where.resolve("site"));
        Path conclusion = site.resolve("content/conclusion.md");
        TestSites.write(conclusion, TestSites.read(conclusion) + "\nSee [the notes](draft-notes.html).\n");
        PaperbakeException failure = assertThrows(
                PaperbakeException.class, () -> new Site(site, site.resolve("output"), line -> {}).build());
        assertTrue(
                failure.problems().stream()
                        .anyMatch(problem ->
                                problem.format().contains("'draft-notes.html' points at a page that does not exist")),
                failure.problems().toString());
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void the_log_has_one_timed_line_per_stage() {
        assertEquals(11, log.size(), log.toString());
        assertTrue(log.get(0).matches("Read jbake.properties in \\d+ ms"), log.get(0));
        assertTrue(log.get(1).matches("Read 5 content files in \\d+ ms"), log.get(1));
        assertTrue(
                log.get(2)
                        .matches(
                                "Checked the sources \\(output paths, numbers, file types, the glossary\\) in \\d+ ms"),
                log.get(2));
        assertTrue(log.get(3).startsWith("Paragraph identifiers: none yet"), log.get(3));
        assertTrue(log.get(4).matches("Baked 4 pages in \\d+ ms"), log.get(4));
        assertTrue(
                log.get(5)
                        .matches("Post-processed \\d+ pages \\(pinpoints, term links, cross-references\\) in \\d+ ms"),
                log.get(5));
        assertTrue(log.get(6).startsWith("History: unavailable — the site is not in a git repository"), log.get(6));
        assertTrue(
                log.get(7)
                        .matches(
                                "History: 0 changes, \\d+ departures from the official source, 1 pages written in \\d+ ms"),
                log.get(7));
        assertEquals(
                "Editions: not made (./paperbake build --editions makes the EPUB and PDF of each document)",
                log.get(8));
        assertTrue(
                log.get(9)
                        .matches(
                                "Checked the links, the reachability and the Content-Security-Policy of \\d+ pages in \\d+ ms"),
                log.get(9));
        assertTrue(log.get(10).matches("Built .* in \\d+ ms"), log.get(10));
    }

    @Test
    void the_cover_lists_the_full_contents_in_reading_order() {
        Document cover = page("index.html");
        assertEquals("A Minimal White Paper", cover.selectFirst("h1").text());
        List<String> links = cover.select(".cover-contents a:not([href*=#])").eachAttr("href");
        assertEquals(List.of("01-first-things.html", "01-1-a-subsection.html", "conclusion.html"), links);
        assertEquals(
                List.of("01-1-a-subsection.html#panel-1"),
                cover.select(".cover-contents a[href*=#]").eachAttr("href"),
                "the subsection's panel is listed under it");
        assertEquals(
                "Panel 1 A Boxed Panel",
                cover.selectFirst(".cover-contents .toc-panels a").text());
    }

    @Test
    void previous_and_next_follow_the_reading_order_across_sections_and_subsections() {
        assertEquals(
                List.of("01-first-things.html"),
                page("index.html").select(".pager a[rel=next]").eachAttr("href"));
        assertEquals(
                List.of("01-first-things.html", "conclusion.html"),
                page("01-1-a-subsection.html").select(".pager a").eachAttr("href"));
        assertEquals(
                List.of("01-1-a-subsection.html"),
                page("conclusion.html").select(".pager a").eachAttr("href"));
    }

    @Test
    void a_subsection_page_has_breadcrumbs_its_title_and_its_current_contents_entry_marked() {
        Document subsection = page("01-1-a-subsection.html");
        assertEquals("1.1 A Subsection", subsection.selectFirst("h1").text());
        assertEquals(
                List.of("index.html", "01-first-things.html"),
                subsection.select(".breadcrumbs a").eachAttr("href"));
        assertEquals(
                "01-1-a-subsection.html",
                subsection.selectFirst(".sidebar a[aria-current=page]").attr("href"));
        assertEquals("1.1 A Subsection · China's Law-Based Cyberspace Governance in the New Era", subsection.title());
    }

    @Test
    void paragraphs_get_pinpoint_numbers_and_the_panel_becomes_an_aside() {
        Document subsection = page("01-1-a-subsection.html");
        assertEquals(
                List.of("p-1-1-1", "p-p1-1", "p-1-1-2"),
                subsection.select("p.para").eachAttr("id"));
        assertEquals(
                "Panel 1 A Boxed Panel",
                subsection.selectFirst("aside.panel h2").text());
        assertEquals(
                "Doing something notable.",
                subsection.selectFirst("#p-1-1-1 strong").text());
    }

    @Test
    void a_section_page_links_to_its_subsections() {
        assertEquals(
                List.of("01-1-a-subsection.html"),
                page("01-first-things.html").select(".subsections a").eachAttr("href"));
    }

    @Test
    void every_link_is_relative() {
        for (String name : List.of("index.html", "01-1-a-subsection.html", "404.html")) {
            // The edit links go to GitHub: external, not internal, links.
            for (String href : page(name).select("[href], [src]").stream()
                    .filter(e -> e.closest(".edit-links") == null)
                    .map(e -> e.attr("abs:href"))
                    .toList()) {
                assertTrue(href.isEmpty(), name + " has an absolute link " + href);
            }
            page(name).select("[href]").eachAttr("href").forEach(href -> assertFalse(href.startsWith("/"), href));
        }
    }

    @Test
    void markup_in_titles_is_escaped_and_only_allowed_raw_html_passes_through_bodies(@TempDir Path other) {
        Path site = TestSites.copyFixture("minimal", other.resolve("site"));
        TestPage.conclusion()
                .title("<script>alert(1)</script> & Co")
                .body(
                        "Text with <sup>2</sup>, <abbr title=\"Conclusion\">C</abbr> and ${config.site_title} left literal.\n")
                .writeTo(site.resolve("content/conclusion.md"));
        new Site(site, site.resolve("output"), line -> {}).build();
        String html = TestSites.read(site.resolve("output/conclusion.html"));
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
        assertTrue(
                html.contains(
                        "Text with <sup>2</sup>, <abbr title=\"Conclusion\">C</abbr> and ${config.site_title} left literal"),
                html);
    }

    @Test
    void a_failed_build_leaves_the_previous_output_byte_identical(@TempDir Path other) {
        Path site = TestSites.copyFixture("minimal", other.resolve("site"));
        Path out = site.resolve("output");
        new Site(site, out, line -> {}).build();
        Map<String, String> before = TestSites.snapshot(out);
        TestSites.write(
                site.resolve("templates/subsection.ftl"), "<#ftl output_format=\"HTML\">${content.no_such_field}");
        PaperbakeException failure =
                assertThrows(PaperbakeException.ContentProblems.class, () -> new Site(site, out, line -> {}).build());
        assertEquals(before, TestSites.snapshot(out));
        String problem = failure.problems().get(0).format();
        assertTrue(
                problem.startsWith("templates/subsection.ftl:1: the template failed")
                        || problem.contains("subsection.ftl:1:"),
                problem);
        assertEquals(
                List.of(".output.lock", "output", "templates", "content", "assets", "jbake.properties").stream()
                        .sorted()
                        .toList(),
                TestSites.snapshot(site).keySet().stream()
                        .map(p -> p.split("/")[0])
                        .distinct()
                        .sorted()
                        .toList(),
                "no staging folder is left behind");
    }

    @Test
    void two_builds_of_the_same_input_are_byte_identical(@TempDir Path other) {
        Path site = TestSites.copyFixture("minimal", other.resolve("site"));
        new Site(site, site.resolve("one"), line -> {}).build();
        new Site(site, site.resolve("two"), line -> {}).build();
        assertEquals(TestSites.snapshot(site.resolve("one")), TestSites.snapshot(site.resolve("two")));
    }
}
