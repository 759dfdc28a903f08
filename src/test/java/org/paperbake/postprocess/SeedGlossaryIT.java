package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.config.LinkPolicy;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.pipeline.Site;

/** Builds the real seed site and checks its glossary: every entry, every mention, no name left out. */
class SeedGlossaryIT {

    @TempDir
    static Path folder;

    static Path source;
    static Path output;
    static List<String> log = new ArrayList<>();
    static List<ContentFile> content;
    static Glossary glossary;

    @BeforeAll
    static void build() {
        source = TestSites.copyProjectSite(folder.resolve("site"));
        output = source.resolve("output");
        new Site(source, output, log::add).build();
        content = ContentReader.readAll(source.resolve("content"));
        glossary = Glossary.load(content);
    }

    private static Document page(String name) {
        return Jsoup.parse(TestSites.read(output.resolve(name)));
    }

    private static List<Path> pages() throws IOException {
        try (var walk = Files.walk(output)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** A copy of a built page as it was before its terms were linked, so that linking it again finds every mention. */
    private static Document unlinked(Document page) {
        Document copy = page.clone();
        copy.select(".term-definitions").remove();
        copy.select("a.term").unwrap();
        copy.outputSettings().prettyPrint(false);
        // Parsed again so that the text the links held joins its neighbours in one text node, as when baked.
        return Jsoup.parse(copy.outerHtml());
    }

    @Test
    void every_entry_has_a_page_with_its_definition_and_its_mentions() {
        assertTrue(
                glossary.terms().size() >= 60,
                "the seed names some sixty things: " + glossary.terms().size());
        for (Term term : glossary.terms()) {
            Document page = page(term.pagePath());
            assertTrue(page.selectFirst("h1").text().startsWith(term.title()), term.slug());
            assertEquals(term.shortDefinition(), page.selectFirst(".term-short").text(), term.slug());
            assertFalse(
                    page.select(".term-mentions li, .term-mentions .within-names")
                            .isEmpty(),
                    term.slug() + " lists no mention and is part of no name");
        }
    }

    @Test
    void a_verb_phrase_is_not_the_document_of_that_title_and_names_inside_longer_names_are_no_mentions() {
        Document section =
                page("06-increasing-international-exchanges-and-cooperation-in-law-based-cyberspace-governance.html");
        assertEquals(
                List.of("glossary/community-with-a-shared-future-in-cyberspace.html"),
                section.select("#p-vi-2 a.term").stream()
                        .filter(a -> a.text().contains("shared future"))
                        .map(a -> a.attr("href"))
                        .toList(),
                "'to jointly build a community with a shared future in cyberspace' is the concept, not the WIC document");
        assertEquals(
                List.of(),
                page("glossary/jointly-build-a-community-with-a-shared-future-in-cyberspace.html")
                        .select(".term-mentions a.pinpoint[href$=#p-vi-2]")
                        .eachAttr("href"));
        for (String slug : List.of("brazil", "cuba", "japan", "european-union", "republic-of-korea", "asean")) {
            Document term = page("glossary/" + slug + ".html");
            assertEquals(List.of(), term.select(".term-mentions li").eachText(), slug);
            assertTrue(
                    term.selectFirst(".within-names").text().startsWith("Not mentioned on its own; part of the name "));
        }
        Element eu = page("references.html")
                .selectFirst("a.reference-term[href=glossary/european-union.html]")
                .parent();
        assertEquals("European Union: see China-EU Taskforce", eu.text());
        assertEquals(0, eu.select("a.pinpoint").size(), "the index sends no reader to ¶ 6.2.2 for the European Union");
    }

    @Test
    void the_link_policy_keeps_links_few_the_documents_own_country_and_other_countries_unlinked() {
        for (String name : List.of(
                "06-1-playing-an-active-role-in-rule-making.html",
                "06-2-conducting-extensive-exchanges-and-cooperation.html",
                "06-3-creating-platforms-for-dialogue.html",
                "full.html")) {
            Document page = page(name);
            assertEquals(
                    List.of(),
                    page.select("a.term[href*=glossary/china.html], a.term[href*=glossary/thailand.html]")
                            .eachText(),
                    name);
            Map<String, Integer> perSection = new HashMap<>();
            for (Element link : page.select("a.term")) {
                String key = link.closest("article.document-part").attr("data-number") + " " + link.attr("href");
                perSection.merge(key, 1, Integer::sum);
            }
            perSection.forEach((key, count) -> assertEquals(1, count, name + ": linked twice in a section: " + key));
        }
        assertEquals(
                11,
                page("06-2-conducting-extensive-exchanges-and-cooperation.html")
                        .select("#p-6-2-2 a.term")
                        .size(),
                "¶ 6.2.2 linked 13 names before the policy (China, Thailand and Indonesia among them)");
    }

    @Test
    void every_mention_in_the_text_is_linked_or_listed_on_its_term_page() throws IOException {
        TermLinker reader = new TermLinker(glossary, LinkPolicy.FIRST_PER_PAGE);
        Map<Integer, Integer> found = new HashMap<>();
        int links = 0;
        for (Path file : pages()) {
            Document doc = Jsoup.parse(TestSites.read(file));
            Element article = doc.selectFirst("article.document-part");
            // full.html repeats every part's text; mentions count on the pages built from one content file.
            if (article == null || doc.select("article.document-part").size() > 1) {
                continue;
            }
            String path = output.relativize(file).toString();
            for (Mention mention : reader.linkTerms(unlinked(doc), new Place(path, "", "", 0, "", "", 0), "")
                    .mentions()) {
                if (mention.container() < 0) {
                    found.merge(mention.term(), 1, Integer::sum);
                }
            }
            for (Element link : doc.select("a.term")) {
                links++;
                assertTrue(Files.isRegularFile(file.getParent().resolve(link.attr("href"))), link.outerHtml());
                Element definition = doc.getElementById(link.attr("aria-describedby"));
                assertTrue(definition.parent().hasClass("term-definitions"), link.outerHtml());
                assertTrue(definition.closest("p.para") == null, "a definition is never inside a paragraph");
            }
        }
        assertTrue(links >= 60, "links in the text: " + links);
        for (int i = 0; i < glossary.terms().size(); i++) {
            Term term = glossary.terms().get(i);
            assertEquals(
                    found.getOrDefault(i, 0),
                    page(term.pagePath()).select(".term-mentions li").size(),
                    term.slug());
        }
    }

    @Test
    void the_full_texts_paragraphs_are_the_parts_paragraphs_word_for_word_without_definitions_or_numbers()
            throws IOException {
        Map<String, String> parts = new HashMap<>();
        for (Path file : pages()) {
            Document doc = Jsoup.parse(TestSites.read(file));
            if (doc.select("article.document-part").size() == 1) {
                doc.select("p.para").forEach(p -> parts.put(p.id(), p.wholeText()));
            }
        }
        Document full = page("full.html");
        List<String> definitions = full.select(".term-definitions p").eachText();
        assertFalse(definitions.isEmpty());
        for (Element paragraph : full.select("p.para")) {
            assertEquals(parts.get(paragraph.id()), paragraph.wholeText(), paragraph.id());
            assertFalse(paragraph.wholeText().contains("¶"), paragraph.id());
            for (String definition : definitions) {
                assertFalse(paragraph.wholeText().contains(definition), paragraph.id() + ": " + definition);
            }
        }
        assertEquals(parts.size(), full.select("p.para").size(), "every part's paragraphs are in the full text");
    }

    @Test
    void the_full_text_links_its_terms_with_their_definitions_too() {
        Document full = Jsoup.parse(TestSites.read(output.resolve("full.html")));
        List<Element> links = full.select("article.document-part a.term");
        assertTrue(links.size() >= 40, "term links in full.html: " + links.size());
        assertEquals(
                links.size(),
                links.stream()
                        .map(link ->
                                link.closest("article.document-part").attr("data-number") + " " + link.attr("href"))
                        .distinct()
                        .count(),
                "first mention per section: each term is linked once in each part of the full text");
        for (Element link : links) {
            assertTrue(Files.isRegularFile(output.resolve(link.attr("href"))), link.outerHtml());
            Element definition = full.getElementById(link.attr("aria-describedby"));
            assertTrue(definition.parent().is("main > div.term-definitions[hidden]"), link.outerHtml());
        }
        assertEquals(1, full.select("div.term-definitions").size(), "one list for the whole page");
    }

    @Test
    void no_name_in_the_seed_is_left_out_of_the_glossary() {
        assertTrue(log.stream().noneMatch(line -> line.startsWith("Glossary coverage")), log.toString());
    }

    @Test
    void the_seeds_hardest_names_link_to_the_right_entries() {
        Document rules = page("06-1-playing-an-active-role-in-rule-making.html");
        assertEquals(
                "glossary/un-charter.html",
                rules.select("#p-6-1-1 a.term:contains(UN Charter)").attr("href"));
        assertEquals(
                "glossary/unesco.html",
                rules.select("#p-6-1-2 a.term:contains(UNESCO)").attr("href"));
        Document platforms = page("06-3-creating-platforms-for-dialogue.html");
        assertEquals(
                "international organization of the World Internet Conference",
                platforms.selectFirst("#p-p8-1 a.term").text());
        assertEquals(
                "glossary/international-organization-of-the-world-internet-conference.html",
                platforms.selectFirst("#p-p8-1 a.term").attr("href"));
        Document exchanges = page("06-2-conducting-extensive-exchanges-and-cooperation.html");
        assertTrue(exchanges
                .select("#p-6-2-2 a.term")
                .eachText()
                .containsAll(List.of(
                        "China-EU Taskforce",
                        "China-Japan-ROK Trilateral Cyber Consultation Mechanism",
                        "China-Germany Dialogue on the Internet Economy")));
        assertEquals(0, exchanges.select("h1 .term-ref, .panel-title .term-ref").size());
        Document eu = page("glossary/european-union.html");
        assertEquals(
                List.of(), eu.select(".term-mentions li").eachText(), "the EU in China-EU Taskforce is no mention");
        assertEquals(
                "Not mentioned on its own; part of the name China-EU Taskforce.",
                eu.selectFirst(".term-mentions .within-names").text());
    }

    @Test
    void the_chronology_has_the_seeds_dates_in_time_order() {
        assertEquals(
                List.of("Since 2014", "2015", "2019", "March 2021", "2022", "March\u2013June 2022", "June 2022"),
                page("chronology.html").select(".chronology-list time").eachText());
    }

    @Test
    void glossary_references_and_chronology_are_reachable_from_every_page() throws IOException {
        for (Path file : pages()) {
            String root = output.relativize(file).getNameCount() > 1 ? "../" : "";
            assertEquals(
                    List.of(root + "glossary.html", root + "references.html", root + "chronology.html"),
                    Jsoup.parse(TestSites.read(file))
                            .select(
                                    ".sidebar-more a[href$=glossary.html], .sidebar-more a[href$=references.html], .sidebar-more a[href$=chronology.html]")
                            .eachAttr("href"),
                    file.toString());
        }
        assertEquals(
                glossary.terms().size(),
                page("references.html").select("a.reference-term").size());
    }

    @Test
    void two_builds_of_the_seed_are_byte_identical() {
        new Site(source, source.resolve("again"), line -> {}).build();
        assertEquals(TestSites.snapshot(output), TestSites.snapshot(source.resolve("again")));
    }
}
