package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageContentsTest {

    private static Document page(String text) {
        Document page = Jsoup.parse("<main><article class=\"document-part\" data-number=\"6.2\"><h1>T</h1>"
                + "<nav class=\"page-toc\" data-fill=\"paragraphs\"><h2>On this page</h2></nav>"
                + "<div class=\"text\">" + text + "</div></article></main>");
        PinpointAnchors.addTo(page);
        PageContents.addTo(page);
        return page;
    }

    @Test
    void a_long_page_lists_its_lead_ins_and_panels_with_their_numbers() {
        Document page = page("<p>Intro without a lead-in.</p>"
                + "<p><strong>Doing one thing.</strong> Body.</p>"
                + "<blockquote><p><strong>Panel 3 — A Box</strong></p><p><strong>Not listed.</strong> Inside.</p></blockquote>"
                + "<p><strong>Doing another:</strong> Body.</p>"
                + "<p>Text with <strong>bold later</strong> is no lead-in.</p>");
        Element nav = page.selectFirst("nav.page-toc");
        assertEquals(
                List.of("#p-6-2-2", "#panel-3", "#p-6-2-3"), nav.select("a").eachAttr("href"));
        assertEquals(
                List.of("¶ 6.2.2 Doing one thing", "Panel 3 A Box", "¶ 6.2.3 Doing another"),
                nav.select("a").eachText());
        assertEquals("", nav.attr("data-fill"), "the placeholder marker is gone");
    }

    @Test
    void a_short_page_has_no_in_page_contents() {
        Document page = page("<p><strong>Only one.</strong> Body.</p><p>Two.</p>");
        assertNull(page.selectFirst("nav.page-toc"));
    }

    @Test
    void pages_without_the_placeholder_are_left_alone() {
        Document page = Jsoup.parse("<main><p><strong>A.</strong></p></main>");
        String before = page.outerHtml();
        PageContents.addTo(page);
        assertEquals(before, page.outerHtml());
    }
}
