package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.pipeline.Site;

/** Builds the small glossary fixture and checks term links, term pages, listings and glossary errors. */
class GlossarySiteIT {

    @TempDir
    static Path folder;

    static Path source;
    static Path output;
    static List<String> log = new ArrayList<>();

    @BeforeAll
    static void build() {
        source = TestSites.copyFixture("glossary", folder.resolve("site"));
        output = source.resolve("output");
        new Site(source, output, log::add).build();
    }

    private static Document page(Path site, String name) {
        return Jsoup.parse(TestSites.read(site.resolve(name)));
    }

    private static Document page(String name) {
        return page(output, name);
    }

    @Test
    void a_linked_mention_is_exactly_the_markup_contract() {
        Document cooperation = page("01-cooperation.html");
        Element first = cooperation.selectFirst("#p-i-1 a.term");
        assertEquals(
                "<a class=\"term\" href=\"glossary/china.html\" aria-describedby=\"definition-china\">China</a>",
                first.outerHtml());
        Element definitions = cooperation.selectFirst("main > div.term-definitions");
        assertEquals(
                "<p id=\"definition-china\">A country in East Asia.</p>",
                definitions.selectFirst("#definition-china").outerHtml());
        assertTrue(definitions.hasAttr("hidden"), "the definitions are read through the links, never as text");
        assertEquals(
                cooperation.select("a.term").eachAttr("aria-describedby"),
                definitions.children().eachAttr("id"),
                "each linked term defined once, in the order of the links");
        assertEquals(
                0,
                cooperation
                        .select("p.para .term-definitions, p.para [role=tooltip]")
                        .size());
        Element onTermPage = page("glossary/china.html").selectFirst(".related-terms a");
        assertTrue(
                onTermPage.attr("href").endsWith(".html")
                        && !onTermPage.attr("href").contains("/"),
                onTermPage.outerHtml());
    }

    @Test
    void the_first_mention_of_each_term_on_a_page_is_linked_and_possessives_and_compounds_are_handled() {
        Document cooperation = page("01-cooperation.html");
        assertEquals(
                List.of("China", "UN", "EU", "China-EU Taskforce"),
                cooperation.select("a.term").eachText());
        assertEquals(
                List.of(
                        "glossary/china.html",
                        "glossary/united-nations.html",
                        "glossary/european-union.html",
                        "glossary/china-eu-taskforce.html"),
                cooperation.select("a.term").eachAttr("href"));
        Element un = cooperation.selectFirst("#p-i-1 a[href=glossary/united-nations.html]");
        assertEquals("'s role.", un.nextSibling().outerHtml().substring(0, 8), "the possessive stays after the link");
        assertEquals(
                0,
                cooperation
                        .select("h1 a.term, nav a.term, .pin a.term, header a.term")
                        .size());
    }

    @Test
    void term_pages_list_every_mention_by_section_with_its_sentence_and_link_to_no_term_on_their_own_page() {
        Document china = page("glossary/china.html");
        assertEquals(
                List.of("I Cooperation", "1.1 Details"),
                china.select(".term-mentions h3").eachText());
        assertEquals(
                List.of("../01-cooperation.html", "../01-1-details.html"),
                china.select(".term-mentions h3 a").eachAttr("href"));
        List<String> pins = china.select(".term-mentions a.pinpoint").eachAttr("href");
        assertEquals(
                List.of(
                        "../01-cooperation.html#p-i-1",
                        "../01-cooperation.html#p-i-1",
                        "../01-cooperation.html#p-i-2",
                        "../01-1-details.html#p-1-1-1"),
                pins,
                "China in 'China-Japan relations' is no mention, nor is China inside China-EU Taskforce");
        Element kwic = china.selectFirst(".term-mentions q.kwic");
        assertEquals("China supports the UN's role.", kwic.text());
        assertEquals("China", kwic.selectFirst("mark").text());
        assertEquals(
                "Also part of the name China-EU Taskforce.",
                china.selectFirst(".term-mentions .within-names").text());
        assertEquals(
                "../glossary/china-eu-taskforce.html",
                china.selectFirst(".term-mentions .within-names a").attr("href"));
        assertEquals(0, china.select("a.term").size());
        assertEquals("Cover Glossary China", china.selectFirst(".breadcrumbs").text());
    }

    @Test
    void related_terms_are_ranked_by_shared_paragraphs() {
        Document china = page("glossary/china.html");
        assertEquals(
                List.of(
                        "United Nations 2 shared paragraphs",
                        "China-EU Taskforce 1 shared paragraph",
                        "European Union 1 shared paragraph"),
                china.select(".related-terms li").eachText());
    }

    @Test
    void section_pages_list_their_terms_and_the_sections_that_share_them() {
        Document cooperation = page("01-cooperation.html");
        assertEquals(
                List.of(
                        "China 3 mentions",
                        "China-EU Taskforce 1 mention",
                        "European Union 1 mention",
                        "United Nations 2 mentions"),
                cooperation.select(".section-terms li").eachText());
        assertEquals(
                List.of("1.1 Details 3 shared terms"),
                cooperation.select(".related-sections li").eachText());
        assertEquals(
                0,
                page("02-other.html")
                        .select(".section-terms, .related-sections")
                        .size());
    }

    @Test
    void the_glossary_lists_entries_a_to_z_with_letter_jumps_acronyms_and_mention_counts() {
        Document glossary = page("glossary.html");
        assertEquals(List.of("C", "E", "U"), glossary.select("nav.letters a").eachText());
        assertEquals(23, glossary.select("nav.letters span.empty").size());
        assertEquals(
                List.of("China", "China-EU Taskforce", "EU", "European Union (EU)", "UN", "United Nations (UN)"),
                glossary.select("dl.glossary-list dt").eachText());
        Element acronym = glossary.select("dl.glossary-list dt").stream()
                .filter(dt -> dt.text().equals("UN"))
                .findFirst()
                .orElseThrow();
        assertEquals("See United Nations.", acronym.nextElementSibling().text());
        assertEquals(
                "4 mentions",
                glossary.selectFirst("#term-china + dd .count").text(),
                "China inside China-EU Taskforce is not counted");
    }

    @Test
    void references_group_entries_by_category_with_pinpoints() {
        Document references = page("references.html");
        assertEquals(
                List.of("Organizations", "Dialogues and mechanisms", "Countries and regions"),
                references.select(".listing-body h2").eachText());
        Element un = references.selectFirst("li:has(a[href=glossary/united-nations.html])");
        assertEquals("United Nations: ¶ I.1, ¶ 1.1.1", un.text());
    }

    @Test
    void the_chronology_puts_dated_statements_in_time_order() {
        Document chronology = page("chronology.html");
        assertEquals(
                List.of("Since 2014", "2015", "March–June 2022"),
                chronology.select(".chronology-list time").eachText());
        assertEquals(
                List.of("2014", "2015", "2022-03"),
                chronology.select(".chronology-list time").eachAttr("datetime"));
        assertEquals(
                "01-cooperation.html#p-i-2",
                chronology.select(".chronology-list a.pinpoint").first().attr("href"));
    }

    @Test
    void glossary_references_and_chronology_are_linked_from_every_page() throws Exception {
        try (var walk = Files.walk(output)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                String root = output.relativize(file).getNameCount() > 1 ? "../" : "";
                Document doc = Jsoup.parse(TestSites.read(file));
                assertEquals(
                        List.of(root + "glossary.html", root + "references.html", root + "chronology.html"),
                        doc.select(
                                        ".sidebar-more a[href$=glossary.html], .sidebar-more a[href$=references.html], .sidebar-more a[href$=chronology.html]")
                                .eachAttr("href"),
                        file.toString());
            }
        }
        assertEquals(List.of(), page("glossary.html").select(".pager"), "listing pages are not in the reading order");
    }

    @Test
    void the_link_policy_is_a_setting() {
        for (String[] policy : new String[][] {{"every-mention", "7"}, {"first-per-paragraph", "5"}}) {
            Path site = TestSites.copyFixture("glossary", folder.resolve("policy-" + policy[0]));
            TestSites.write(
                    site.resolve("jbake.properties"),
                    TestSites.read(site.resolve("jbake.properties"))
                            .replace("glossary.link_policy=first-per-section", "glossary.link_policy=" + policy[0]));
            new Site(site, site.resolve("output"), line -> {}).build();
            assertEquals(
                    Integer.parseInt(policy[1]),
                    page(site.resolve("output"), "01-cooperation.html")
                            .select("a.term")
                            .size(),
                    policy[0]);
        }
    }

    @Test
    void two_builds_are_byte_identical() {
        new Site(source, source.resolve("again"), line -> {}).build();
        assertEquals(TestSites.snapshot(output), TestSites.snapshot(source.resolve("again")));
    }

    @Test
    void the_fixture_has_no_coverage_problems() {
        assertTrue(log.stream().anyMatch(line -> line.startsWith("Built ")), log.toString());
        assertTrue(log.stream().noneMatch(line -> line.startsWith("Glossary coverage")), log.toString());
    }

    @Test
    void coverage_reports_missing_names_unused_aliases_and_unmentioned_entries_and_check_fails_on_them() {
        Path site = TestSites.copyFixture("glossary", folder.resolve("coverage"));
        TestSites.write(
                site.resolve("content/02-other.md"),
                TestSites.read(site.resolve("content/02-other.md"))
                        + "\nThe Foo Bar Agency met the XYZ group and the UN in March 2020 for US$50 million.\n");
        TestSites.write(
                site.resolve("content/glossary/china.md"),
                TestSites.read(site.resolve("content/glossary/china.md"))
                        .replace("category: place", "aliases: [Zhongguo]\ncategory: place"));
        TestSites.write(
                site.resolve("content/glossary/atlantis.md"),
                "---\ntitle: Atlantis\ntype: term\nstatus: published\ncategory: place\nshort: A legend.\n---\nA legend.\n");
        List<String> lines = new ArrayList<>();
        new Site(site, site.resolve("output"), lines::add).build();
        String other = Problem.displayPath(site.resolve("content/02-other.md"));
        String china = Problem.displayPath(site.resolve("content/glossary/china.md"));
        String atlantis = Problem.displayPath(site.resolve("content/glossary/atlantis.md"));
        List<String> expected = List.of(
                other
                        + ":11: \"Foo Bar Agency\" (¶ II.2) is not in the glossary — add content/glossary/foo-bar-agency.md for it"
                        + " (./paperbake glossary draft writes a draft), or add \"Foo Bar Agency\" to the aliases of the entry it names",
                other + ":11: \"XYZ\" (¶ II.2) is not in the glossary — add content/glossary/xyz.md for it"
                        + " (./paperbake glossary draft writes a draft), or add \"XYZ\" to the aliases of the entry it names",
                atlantis
                        + ":2: the entry 'Atlantis' is never mentioned in the text — spell its title or an alias as the text does,"
                        + " or remove the entry",
                china
                        + ":6: the alias 'Zhongguo' matches nothing in the text — spell it as the text does, or remove it");
        int coverage = lines.indexOf("Glossary coverage: 4 problem(s) (./paperbake check fails on these)");
        assertTrue(coverage > 0 && lines.get(coverage - 1).startsWith("Post-processed "), lines.toString());
        assertEquals(expected, lines.subList(coverage + 1, coverage + 5));

        TestSites.Run check = TestSites.run("check", "--source", site.toString());
        assertEquals(1, check.exitCode());
        String printed = check.err();
        expected.forEach(problem -> assertTrue(printed.contains(problem), printed));
    }

    @Test
    void glossary_errors_fail_the_build_with_file_and_line_and_leave_the_output_untouched() {
        Map<String, String> before = TestSites.snapshot(output);
        Path entry = source.resolve("content/glossary/european-union.md");
        String good = TestSites.read(entry);
        String file = Problem.displayPath(entry);
        String[][] cases = {
            {
                good.replace("title: European Union\n", ""),
                file + ":1: a term page needs 'title' — add a line 'title: …' to the front matter"
            },
            {
                good.replace("category: organization", "category: organisation"),
                file + ":7: 'category' is 'organisation' — did you mean"
                        + " 'organization'? use one of organization, agreement, initiative, mechanism, event, operation, place, concept"
            },
            {
                good.replace("aliases: [EU]", "aliases: [UN]"),
                file + ":6: the name 'UN' is also a name of "
                        + Problem.displayPath(source.resolve("content/glossary/united-nations.md"))
                        + " — keep it on one entry only, and remove it here or there"
            },
            {good.replace("aliases: [EU]", "aliases: [EU"), file + ":7: the front matter is not valid YAML:"},
        };
        try {
            for (String[] c : cases) {
                TestSites.write(entry, c[0]);
                PaperbakeException failure = assertThrows(
                        PaperbakeException.ContentProblems.class, () -> new Site(source, output, line -> {}).build());
                assertEquals(1, failure.exitCode());
                String problem = failure.problems().get(0).format();
                assertTrue(problem.startsWith(c[1]), problem + "\nexpected: " + c[1]);
                assertEquals(before, TestSites.snapshot(output));
            }
        } finally {
            TestSites.write(entry, good);
        }
    }
}
