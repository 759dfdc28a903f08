package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.cli.Main;

/**
 * The seed, end to end: imported into a fresh folder by the command line, then built, then read
 * back from the baked HTML.
 */
class SeedSiteIT {

    private static final Path SEED = TestSites.PROJECT.resolve("seeds/000_0772cf1c2725d416.txt");

    private static final List<String> PAGES = List.of(
            "index.html",
            "06-increasing-international-exchanges-and-cooperation-in-law-based-cyberspace-governance.html",
            "06-1-playing-an-active-role-in-rule-making.html",
            "06-2-conducting-extensive-exchanges-and-cooperation.html",
            "06-3-creating-platforms-for-dialogue.html",
            "conclusion.html");

    @TempDir
    static Path folder;

    static Path site;
    static String importOutput;
    static int importStatus;
    static int buildStatus;
    static Map<String, Document> pages = new LinkedHashMap<>();

    @BeforeAll
    static void importAndBuild() {
        site = folder.resolve("site");
        TestSites.copyFixture("empty", site);
        StringWriter out = new StringWriter();
        importStatus = Main.run(
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                "import",
                SEED.toString(),
                "--into",
                site.resolve("content").toString());
        importOutput = out.toString();
        buildStatus = Main.run(
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true),
                "build",
                "--source",
                site.toString());
        for (String page : PAGES) {
            pages.put(page, Jsoup.parse(TestSites.read(site.resolve("output").resolve(page))));
        }
    }

    @Test
    void the_import_and_the_build_succeed() {
        assertEquals(0, importStatus, importOutput);
        assertEquals(0, buildStatus);
    }

    @Test
    void the_import_report_lists_pages_metadata_dropped_lines_and_guesses() {
        assertTrue(importOutput.contains("Pages (6):"), importOutput);
        assertTrue(
                importOutput.contains("line 56   copyright    Copyright©2024 China Daily. All rights reserved."),
                importOutput);
        assertTrue(importOutput.contains("Lines dropped (4):"), importOutput);
        assertTrue(importOutput.contains("line 8    share widget"), importOutput);
        assertTrue(importOutput.contains("Guesses to check (7):"), importOutput);
    }

    @Test
    void the_committed_content_is_what_the_import_produces_plus_the_editions_own_additions() {
        Map<String, String> imported = new java.util.TreeMap<>();
        TestSites.snapshot(site.resolve("content")).keySet().stream()
                .filter(path -> !path.equals(".keep"))
                .forEach(path -> imported.put(
                        path, TestSites.read(site.resolve("content").resolve(path))));
        Map<String, String> committed = new java.util.TreeMap<>();
        TestSites.snapshot(TestSites.PROJECT.resolve("content")).keySet().stream()
                // Hand-written content beside the imported pages: the glossary and its listing pages.
                .filter(path -> !path.startsWith("glossary")
                        && !List.of("references.md", "chronology.md", "notes.md")
                                .contains(path))
                .forEach(path -> committed.put(
                        path, withoutEditorialAdditions(TestSites.read(TestSites.PROJECT.resolve("content/" + path)))));
        assertEquals(imported, committed);
    }

    /**
     * A content file without what the edition adds by hand to an imported page: the cover's
     * citation facts the source doesn't print (the issuer, the date of issue, the source page, the
     * parts held) and editor's notes, each a "> [!NOTE]" blockquote after its paragraph.
     */
    private static String withoutEditorialAdditions(String page) {
        return page.replaceAll("(?m)^(issuer|issued|source_url|holds|omitted): .*\n", "")
                .replaceAll("\n\n> \\[!NOTE\\]\n(> .*\n)*", "\n");
    }

    @Test
    void every_page_has_its_title() {
        List<String> titles = new ArrayList<>();
        pages.values().forEach(page -> titles.add(page.selectFirst("h1").text()));
        assertEquals(
                List.of(
                        "China's Law-Based Cyberspace Governance in the New Era",
                        "VI. Increasing International Exchanges and Cooperation in Law-Based Cyberspace Governance",
                        "6.1 Playing an Active Role in Rule Making",
                        "6.2 Conducting Extensive Exchanges and Cooperation",
                        "6.3 Creating Platforms for Dialogue",
                        "Conclusion"),
                titles);
    }

    @Test
    void the_cover_contents_link_every_page_in_reading_order() {
        assertEquals(
                PAGES.subList(1, PAGES.size()),
                pages.get("index.html")
                        .select(".cover-contents a:not([href*=#])")
                        .eachAttr("href"));
        assertEquals(
                List.of("06-3-creating-platforms-for-dialogue.html#panel-8"),
                pages.get("index.html").select(".cover-contents a[href*=#]").eachAttr("href"));
    }

    @Test
    void the_sidebar_lists_every_part_but_opens_only_the_one_the_reader_is_in() {
        String section = PAGES.get(1);
        List<String> subsections = PAGES.subList(2, 5);
        List<String> closed = List.of(section, "conclusion.html");
        List<String> open =
                List.of(section, subsections.get(0), subsections.get(1), subsections.get(2), "conclusion.html");
        assertEquals(closed, pages.get("index.html").select(".sidebar .toc a").eachAttr("href"));
        assertEquals(
                closed, pages.get("conclusion.html").select(".sidebar .toc a").eachAttr("href"));
        assertEquals(open, pages.get(section).select(".sidebar .toc a").eachAttr("href"));
        for (String subsection : subsections) {
            assertEquals(open, pages.get(subsection).select(".sidebar .toc a").eachAttr("href"), subsection);
            assertEquals(
                    List.of(subsection),
                    pages.get(subsection)
                            .select(".sidebar a[aria-current=page]")
                            .eachAttr("href"));
        }
    }

    @Test
    void previous_and_next_chain_every_page_in_reading_order() {
        for (int i = 0; i < PAGES.size(); i++) {
            Document page = pages.get(PAGES.get(i));
            List<String> expected = new ArrayList<>();
            if (i > 0) {
                expected.add(PAGES.get(i - 1));
            }
            if (i + 1 < PAGES.size()) {
                expected.add(PAGES.get(i + 1));
            }
            assertEquals(expected, page.select(".pager a").eachAttr("href"), PAGES.get(i));
        }
    }

    @Test
    void every_sentence_of_the_seed_is_in_the_text_of_exactly_one_page() throws Exception {
        List<String> lines = Files.readAllLines(SEED);
        Map<String, String> texts = new LinkedHashMap<>();
        pages.forEach(
                (name, page) -> texts.put(name, page.select("article div.text").text()));
        int sentences = 0;
        for (String line : lines.subList(9, 50)) {
            if (line.isBlank() || isHeading(line)) {
                continue;
            }
            for (String sentence : line.split("(?<=[.?!])\\s+(?=[A-Z\"])")) {
                sentences++;
                long found = texts.values().stream()
                        .filter(text -> text.contains(sentence.strip()))
                        .count();
                assertEquals(1, found, "sentence in " + found + " pages: " + sentence);
            }
        }
        assertEquals(57, sentences, "the seed's body has 57 sentences by this split");
    }

    @Test
    void the_fifteen_body_paragraphs_and_the_panel_have_pinpoint_numbers() {
        List<String> ids = new ArrayList<>();
        pages.values().forEach(page -> ids.addAll(page.select("p.para").eachAttr("id")));
        assertEquals(
                List.of(
                        "p-vi-1", "p-vi-2", "p-6-1-1", "p-6-1-2", "p-6-1-3", "p-6-2-1", "p-6-2-2", "p-6-2-3", "p-6-2-4",
                        "p-6-3-1", "p-6-3-2", "p-p8-1", "p-6-3-3", "p-c-1", "p-c-2"),
                ids);
        Document panelPage = pages.get("06-3-creating-platforms-for-dialogue.html");
        assertEquals(
                "Panel 8 The International Organization of the World Internet Conference",
                panelPage.selectFirst("aside.panel h2").text());
        assertTrue(panelPage
                .selectFirst("aside.panel p")
                .text()
                .contains("China initiated the international organization"));
    }

    @Test
    void the_lead_in_sentences_are_bold() {
        assertEquals(
                "Taking an active part in the formulation of regional cyberspace governance rules.",
                pages.get("06-1-playing-an-active-role-in-rule-making.html")
                        .selectFirst("#p-6-1-3 strong")
                        .text());
    }

    @Test
    void none_of_the_web_boilerplate_reaches_the_site() {
        for (Document page : pages.values()) {
            String text = page.text();
            for (String boilerplate : List.of("Share - WeChat", "京ICP备", "京公网安备", "< 1 2 3 4 5 6", "\u00A0")) {
                assertFalse(text.contains(boilerplate), boilerplate);
            }
        }
    }

    @Test
    void the_cover_shows_the_metadata_found_in_the_source() {
        String cover = pages.get("index.html").select("article.cover").text();
        for (String value : List.of(
                "China Daily",
                "17 March 2023",
                "part 6 of 6",
                "Not yet in this edition: parts 1, 2, 3, 4, 5 of the 6 parts of the source.",
                "govt.chinadaily.com.cn",
                "Copyright©2024 China Daily. All rights reserved.")) {
            assertTrue(cover.contains(value), value + " in " + cover);
        }
    }

    private static boolean isHeading(String line) {
        return line.matches("(VI\\.|\\d\\.|Panel \\d+) .*") || line.equals("Conclusion");
    }
}
