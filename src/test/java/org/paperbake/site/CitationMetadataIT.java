package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paperbake.TestSites;

/**
 * What reference managers and readers learn of the document from every page of the seed site: the
 * Highwire citation_* and Dublin Core tags Zotero's Embedded Metadata translator reads, and the
 * footer, cover and about page naming the issuer, the date, the linked source and the parts held.
 */
class CitationMetadataIT {

    private static final String HOST = "https://example.org/paperbake/";
    private static final String TITLE = "China's Law-Based Cyberspace Governance in the New Era";
    private static final String ISSUER = "State Council Information Office of the People's Republic of China";
    private static final String SOURCE =
            "https://govt.chinadaily.com.cn/s/202303/17/WS6413d07e498ea274927b2760/chinas-law-based-cyberspace-governance-in-the-new-era_6.html";
    private static final List<String> DOCUMENT_PAGES = List.of(
            "index.html",
            "06-increasing-international-exchanges-and-cooperation-in-law-based-cyberspace-governance.html",
            "06-1-playing-an-active-role-in-rule-making.html",
            "06-2-conducting-extensive-exchanges-and-cooperation.html",
            "06-3-creating-platforms-for-dialogue.html",
            "conclusion.html",
            "full.html");

    private static Document page(Path site, String page) {
        return Jsoup.parse(TestSites.read(site.resolve(page)));
    }

    private static String meta(Document page, String name) {
        Element tag = page.selectFirst("head meta[name=" + name + "]");
        return tag == null ? null : tag.attr("content");
    }

    @Test
    void the_documents_pages_carry_the_highwire_and_dublin_core_tags_zotero_reads_as_a_report() {
        Path site = BuiltSites.project(HOST);
        for (String name : DOCUMENT_PAGES) {
            Document page = page(site, name);
            String url = HOST + (name.equals("index.html") ? "" : name);
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            expected.put("citation_title", TITLE);
            expected.put("citation_author", ISSUER);
            // Zotero's translator makes a "report" item of a page with this tag, the institution its issuer.
            expected.put("citation_technical_report_institution", ISSUER);
            expected.put("citation_publisher", ISSUER);
            expected.put("citation_publication_date", "2023/03/16");
            expected.put("citation_language", "en");
            expected.put("citation_public_url", url);
            expected.put("citation_abstract_html_url", url);
            expected.put("DC.title", TITLE);
            expected.put("DC.creator", ISSUER);
            expected.put("DC.publisher", ISSUER);
            expected.put("DC.date", "2023-03-16");
            expected.put("DC.source", SOURCE);
            expected.put("DC.language", "en");
            expected.put("DC.identifier", url);
            for (Map.Entry<String, String> tag : expected.entrySet()) {
                assertEquals(tag.getValue(), meta(page, tag.getKey()), name + " " + tag.getKey());
            }
            assertEquals(url, page.selectFirst("link[rel=canonical]").attr("href"), name);
            assertEquals(1, page.select("meta[name=citation_author]").size(), name + ": one author, the issuer");
        }
    }

    @Test
    void every_other_page_describes_itself_as_the_editions_and_names_no_issuer_as_its_author() {
        Path site = BuiltSites.project(HOST);
        List<String> others = new ArrayList<>(Files2.list(site, ".html"));
        others.removeAll(DOCUMENT_PAGES);
        // The tooltip tests' page, a copy of a section page that BuiltSites adds: not one of the site's.
        others.remove(BuiltSites.TERM_FIXTURE);
        assertTrue(others.contains("glossary/china.html") && others.contains("notes.html"), others.toString());
        for (String name : others) {
            Document page = page(site, name);
            assertFalse(meta(page, "citation_title").isBlank(), name);
            assertEquals("en", meta(page, "citation_language"), name);
            assertEquals("en", meta(page, "DC.language"), name);
            assertEquals(TITLE, meta(page, "citation_publisher"), name + ": the edition (the site) publishes it");
            assertNull(meta(page, "citation_author"), name + ": a glossary entry is not the issuer's");
            assertNull(meta(page, "DC.creator"), name);
            assertEquals(SOURCE, meta(page, "DC.source"), name);
        }
    }

    @Test
    void a_local_build_gives_no_address_it_does_not_have() {
        Document page = page(BuiltSites.project(""), DOCUMENT_PAGES.get(2));

        assertNull(meta(page, "citation_public_url"));
        assertNull(meta(page, "DC.identifier"));
        assertEquals(ISSUER, meta(page, "citation_author"));
    }

    @Test
    void every_page_names_the_issuer_the_date_the_linked_source_and_the_parts_held() {
        Path site = BuiltSites.project("");
        for (String name : Files2.list(site, ".html")) {
            Element footer = page(site, name).selectFirst("footer.site-footer");
            String text = footer.text();
            assertTrue(text.contains(TITLE + " (" + ISSUER + ", 16 March 2023)"), name + ": " + text);
            assertTrue(
                    text.contains("This site holds Section VI and the Conclusion (not included: the Preface and"
                            + " Sections I–V)."),
                    name + ": " + text);
            assertEquals(
                    SOURCE, footer.selectFirst("a:containsOwn(China Daily)").attr("href"), name);
        }
    }

    @Test
    void the_cover_and_about_page_state_the_facts_and_call_no_reprint_the_official_text() {
        Path site = BuiltSites.project("");
        for (String name : List.of("index.html", "about.html")) {
            Document page = page(site, name);
            Element facts = page.selectFirst("main dl.metadata");
            assertEquals(
                    List.of(
                            "Issued by",
                            "Released",
                            "Text from",
                            "This site holds",
                            "Not included",
                            "Copyright line in the source"),
                    facts.select("dt").eachText(),
                    name);
            assertEquals(ISSUER, facts.select("dd").get(0).text());
            assertEquals("2023-03-16", facts.selectFirst("dd time").attr("datetime"));
            assertEquals(SOURCE, facts.selectFirst("dd a").attr("href"));
            assertTrue(facts.select("dd").get(3).text().startsWith("Section VI and the Conclusion"), name);
            assertTrue(facts.select("dd").get(4).text().startsWith("the Preface and Sections I–V"), name);
            assertFalse(page.selectFirst("main").text().contains("official text"), name);
        }
        assertTrue(
                page(site, "about.html").selectFirst("main").text().contains("a republication, not the issuer's own"));
    }

    @Test
    void the_notes_page_lists_the_seeds_note_with_its_paragraph() {
        Document notes = page(BuiltSites.project(""), "notes.html");

        List<Element> items = notes.select("ol.notes-list > li");
        assertEquals(1, items.size());
        assertEquals(
                DOCUMENT_PAGES.get(1) + "#p-vi-1",
                items.get(0).selectFirst("a.pinpoint").attr("href"));
        assertEquals(
                DOCUMENT_PAGES.get(1) + "#note-vi-1",
                items.get(0).select("a").get(1).attr("href"));
        assertTrue(
                items.get(0).selectFirst(".editor-note").text().startsWith("Section VI is where this edition begins"));
    }
}
