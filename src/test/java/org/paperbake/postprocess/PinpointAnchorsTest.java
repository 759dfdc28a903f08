package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
        assertEquals(
                "<p id=\"p-6-1-3\" class=\"para\"><a class=\"pin\" href=\"#p-6-1-3\" aria-label=\"Paragraph 6.1.3,"
                        + " link to this paragraph\" data-pin=\"6.1.3\"></a>Three.</p>",
                page.select("p").get(2).outerHtml());
    }

    @Test
    void the_number_is_drawn_from_an_attribute_so_the_paragraphs_text_is_the_documents_alone() {
        Document page = page("6.1", "<p><strong>Lead in.</strong> The text.</p>");
        Element paragraph = page.selectFirst("p.para");
        assertEquals("Lead in. The text.", paragraph.text());
        assertEquals("Lead in. The text.", paragraph.wholeText());
        Element pin = paragraph.selectFirst("a.pin");
        assertEquals("6.1.1", PinpointAnchors.labelOf(pin));
        assertEquals("¶ 6.1.1", PinpointAnchors.shownLabelOf(pin));
    }

    @Test
    void section_introductions_and_the_conclusion_have_their_own_prefixes() {
        assertEquals(
                "p-vi-2", page("VI", "<p>A.</p><p>B.</p>").select("p").get(1).id());
        assertEquals("p-c-1", page("Conclusion", "<p>A.</p>").selectFirst("p").id());
    }

    @Test
    void a_bold_panel_blockquote_becomes_a_numbered_aside_numbered_apart_from_the_text() {
        Document page = page(
                "6.3",
                "<p>Before.</p><blockquote><p><strong>Panel 8 — The International Organization"
                        + "</strong></p><p>Inside.</p></blockquote><p>After.</p>");
        assertEquals("panel-8", page.selectFirst("aside.panel").id());
        assertEquals(
                "Panel 8 The International Organization",
                page.selectFirst("aside.panel h2").text());
        assertEquals("p-p8-1", page.selectFirst("aside.panel p").id());
        assertEquals("After.", page.select("div.text > p").get(1).text());
        assertEquals(
                "6.3.2", page.select("div.text > p").get(1).selectFirst("a.pin").attr("data-pin"));
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

    @Test
    void every_part_of_a_full_text_page_is_numbered_from_its_own_number_with_panel_headings_a_level_down() {
        Document page = Jsoup.parse("<main><article class=\"full-text\"><h1>Doc</h1>"
                + "<article class=\"document-part\" data-number=\"VI\"><h2>VI</h2><div class=\"text\"><p>Intro.</p></div></article>"
                + "<article class=\"document-part\" data-number=\"6.1\"><h3>6.1</h3><div class=\"text\"><p>One.</p>"
                + "<blockquote><p><strong>Panel 2 — Box</strong></p><p>In.</p></blockquote><p>Two.</p></div></article>"
                + "<article class=\"document-part\" data-number=\"Conclusion\"><h2>C</h2><div class=\"text\"><p>End.</p></div></article>"
                + "</article></main>");
        PinpointAnchors.addTo(page);
        assertEquals(
                java.util.List.of("p-vi-1", "p-6-1-1", "p-p2-1", "p-6-1-2", "p-c-1"),
                page.select("p.para").eachAttr("id"));
        assertEquals(
                "h4", page.selectFirst("aside.panel .panel-title").tagName(), "a panel under an h3 part gets an h4");
        assertEquals(
                "#p-6-1-2", page.getElementById("p-6-1-2").selectFirst("a.pin").attr("href"));
    }
}
