package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PinpointAnchorsTest {

    private static Document page(String number, String text) {
        Document page = Jsoup.parse("<main><article class=\"document-part\" data-number=\"" + number
                + "\"><h1>T</h1><div class=\"text\">" + text + "</div></article></main>");
        page.outputSettings().prettyPrint(false);
        PinpointAnchors.addTo(page);
        return page;
    }

    @Test
    void subsection_paragraphs_are_numbered_under_the_subsection() {
        Document page = page("6.1", "<p>One.</p><p>Two.</p><p>Three.</p>");
        assertEquals("<p id=\"p-6-1-3\" class=\"para\"><a class=\"pin\" href=\"#p-6-1-3\" aria-label=\"Paragraph 6.1.3,"
                + " link to this paragraph\">¶ 6.1.3</a> Three.</p>", page.select("p").get(2).outerHtml());
    }

    @Test
    void section_introductions_and_the_conclusion_have_their_own_prefixes() {
        assertEquals("p-vi-2", page("VI", "<p>A.</p><p>B.</p>").select("p").get(1).id());
        assertEquals("p-c-1", page("Conclusion", "<p>A.</p>").selectFirst("p").id());
    }

    @Test
    void a_bold_panel_blockquote_becomes_a_numbered_aside_numbered_apart_from_the_text() {
        Document page = page("6.3", "<p>Before.</p><blockquote><p><strong>Panel 8 — The International Organization"
                + "</strong></p><p>Inside.</p></blockquote><p>After.</p>");
        assertEquals("panel-8", page.selectFirst("aside.panel").id());
        assertEquals("Panel 8 The International Organization", page.selectFirst("aside.panel h2").text());
        assertEquals("p-p8-1", page.selectFirst("aside.panel p").id());
        assertEquals("¶ 6.3.2 After.", page.select("div.text > p").get(1).text());
        assertEquals(0, page.select("blockquote").size());
    }

    @Test
    void an_ordinary_blockquote_stays_a_blockquote() {
        Document page = page("6.3", "<blockquote><p><strong>Note</strong> that this is a quote.</p></blockquote>");
        assertEquals(1, page.select("blockquote").size());
        assertEquals(0, page.select("aside").size());
    }

    @Test
    void pages_that_are_not_document_parts_are_left_alone() {
        Document page = Jsoup.parse("<main><div class=\"text\"><p>Plain.</p></div></main>");
        String before = page.outerHtml();
        PinpointAnchors.addTo(page);
        assertEquals(before, page.outerHtml());
    }
}
