package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeadingPermalinksTest {

    @Test
    void headings_of_the_text_get_a_named_permalink_and_keep_their_text() {
        Document page = Jsoup.parse(
                "<main><h1 id=\"top\">Title</h1><nav class=\"page-toc\"><h2 id=\"toc\">On this page</h2></nav>"
                        + "<article class=\"document-part\"><h3 id=\"part-x\">6.1 Part</h3><div class=\"text\"><h2 id=\"sub\">Sub</h2>"
                        + "<aside class=\"panel\" id=\"panel-8\"><h2 class=\"panel-title\" id=\"panel-8-title\">Panel 8 Box</h2></aside>"
                        + "</div></article></main>");
        HeadingPermalinks.addTo(page);
        HeadingPermalinks.addTo(page);
        assertEquals(
                List.of("#part-x", "#sub", "#panel-8"),
                page.select("a.heading-link").eachAttr("href"),
                "only the text's headings, once each; a panel's heading links to the panel");
        assertEquals("Link to “Panel 8 Box”", page.selectFirst(".panel-title a").attr("aria-label"));
        assertEquals("Panel 8 Box", page.selectFirst(".panel-title").text());
    }
}
