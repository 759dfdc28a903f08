package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paperbake.config.LinkPolicy;

/** Term linking on one page: policies, what is never linked, escaping. */
class TermLinkerTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(
            new Term("china", "China", "place", "A country <b>in</b> \"Asia\" & more.", List.of(), "", null),
            new Term("united-nations", "United Nations", "organization", "An organization.", List.of("UN"), "", null)));

    private static final String PAGE = "<nav><p class=\"para\">China in the navigation</p></nav><main>"
            + "<article class=\"document-part\" data-number=\"6.1\"><h1>China and the UN</h1><div class=\"text\">"
            + "<p>China and the UN's role. <a href=\"x.html\">China in a link</a> and <strong>China</strong> again.</p>"
            + "<p>China, China.</p></div></article></main>";

    private static Document linked(LinkPolicy policy) {
        Document page = Jsoup.parse(PAGE);
        page.outputSettings().prettyPrint(false);
        PinpointAnchors.addTo(page);
        new TermLinker(GLOSSARY, policy).linkTerms(page, new Place("06-1.html", "T", "6.1", 1, "", "", 0), "");
        return page;
    }

    @Test
    void each_policy_links_its_own_mentions_and_every_mention_is_recorded() {
        assertEquals(List.of("p-6-1-1/China", "p-6-1-1/UN"), linkedIds(linked(LinkPolicy.FIRST_PER_PAGE)));
        assertEquals(
                List.of("p-6-1-1/China", "p-6-1-1/UN", "p-6-1-2/China"),
                linkedIds(linked(LinkPolicy.FIRST_PER_PARAGRAPH)));
        assertEquals(
                List.of("p-6-1-1/China", "p-6-1-1/UN", "p-6-1-1/China", "p-6-1-2/China", "p-6-1-2/China"),
                linkedIds(linked(LinkPolicy.EVERY_MENTION)));
        Document page = Jsoup.parse(PAGE);
        PinpointAnchors.addTo(page);
        TermLinker.Findings findings = new TermLinker(GLOSSARY, LinkPolicy.FIRST_PER_PAGE)
                .linkTerms(page, new Place("06-1.html", "T", "6.1", 1, "", "", 0), "");
        assertEquals(5, findings.mentions().size());
        assertEquals(
                List.of(true, true, false, false, false),
                findings.mentions().stream().map(Mention::linked).toList());
    }

    private static List<String> linkedIds(Document page) {
        return page.select("a.term").stream()
                .map(a -> a.closest("p").id() + "/" + a.text())
                .toList();
    }

    @Test
    void headings_navigation_existing_links_and_pinpoints_are_never_linked() {
        Document page = linked(LinkPolicy.EVERY_MENTION);
        assertEquals(
                0,
                page.select("h1 a.term, nav a.term, a[href=x.html] a.term, a.pin a.term")
                        .size());
        assertEquals("China in a link", page.selectFirst("a[href=x.html]").text());
    }

    @Test
    void each_linked_term_is_defined_once_after_the_content_outside_the_paragraphs_and_escaped() {
        Document page = linked(LinkPolicy.EVERY_MENTION);
        List<String> described = page.select("a.term").eachAttr("aria-describedby");
        assertEquals(
                described.stream().distinct().toList(),
                page.select("main > div.term-definitions[hidden] > p").eachAttr("id"));
        assertTrue(described.size() > described.stream().distinct().count(), "a term linked twice is defined once");
        assertEquals(
                0,
                page.select("p.para .term-definitions, p.para [id^=definition-]")
                        .size());
        String html = page.getElementById(described.get(0)).outerHtml();
        assertEquals("<p id=\"definition-china\">A country &lt;b&gt;in&lt;/b&gt; \"Asia\" &amp; more.</p>", html);
        assertFalse(page.html().contains("<b>in</b>"));
    }

    @Test
    void first_per_section_links_the_first_mention_in_each_part_of_a_page_holding_several() {
        Document page = Jsoup.parse("<main><article class=\"document-part\" data-number=\"6.1\"><div class=\"text\">"
                + "<p>The UN met.</p><p>The UN met again.</p></div></article>"
                + "<article class=\"document-part\" data-number=\"6.2\"><div class=\"text\">"
                + "<p>The UN met once more.</p></div></article></main>");
        page.outputSettings().prettyPrint(false);
        PinpointAnchors.addTo(page);
        new TermLinker(GLOSSARY, LinkPolicy.FIRST_PER_SECTION)
                .linkTerms(page, new Place("full.html", "T", "", 0, "", "", 0), "");
        assertEquals(List.of("p-6-1-1/UN", "p-6-2-1/UN"), linkedIds(page));
    }

    @Test
    void an_entry_marked_never_linked_and_a_name_inside_a_longer_name_are_recorded_but_not_linked() {
        Glossary glossary = Glossary.of(List.of(
                new Term("china", "China", "place", "A country.", List.of(), "", null, false),
                new Term("cuba", "Cuba", "place", "A country.", List.of(), "", null, true),
                new Term(
                        "china-cuba-internet-development-forum",
                        "China-Cuba Internet Development Forum",
                        "event",
                        "A forum.",
                        List.of(),
                        "",
                        null,
                        true)));
        Document page = Jsoup.parse("<main><article class=\"document-part\" data-number=\"6.1\"><div class=\"text\">"
                + "<p>China co-hosted the China-Cuba Internet Development Forum.</p></div></article></main>");
        PinpointAnchors.addTo(page);
        TermLinker.Findings findings = new TermLinker(glossary, LinkPolicy.EVERY_MENTION)
                .linkTerms(page, new Place("06-1.html", "T", "6.1", 1, "", "", 0), "");
        assertEquals(List.of("p-6-1-1/China-Cuba Internet Development Forum"), linkedIds(page));
        assertEquals(
                List.of("china/-1", "china-cuba-internet-development-forum/-1", "china/2", "cuba/2"),
                findings.mentions().stream()
                        .map(m -> glossary.terms().get(m.term()).slug() + "/" + m.container())
                        .toList(),
                "the names inside the forum's name are recorded with their container, for the cross-references to set aside");
    }

    @Test
    void a_page_without_term_links_gets_no_definitions() {
        Document page = Jsoup.parse("<html><body><main><article class=\"document-part\" data-number=\"1\">"
                + "<div class=\"text\"><p>Nothing to link.</p></div></article></main></body></html>");
        PinpointAnchors.addTo(page);
        new TermLinker(GLOSSARY, LinkPolicy.EVERY_MENTION)
                .linkTerms(page, new Place("01.html", "T", "1", 1, "", "", 0), "");
        assertEquals(0, page.select(".term-definitions").size());
    }
}
