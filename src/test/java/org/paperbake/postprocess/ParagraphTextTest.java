package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ParagraphTextTest {

    @Test
    void the_text_leaves_out_the_pin_and_links_are_not_linkable() {
        Element paragraph = Jsoup.parseBodyFragment(
                        "<p class=\"para\" id=\"p-1\"><a class=\"pin\" href=\"#p-1\" data-pin=\"1\"></a>"
                                + "One <em>two</em> <a href=\"x.html\">three</a> four</p>")
                .selectFirst("p");
        ParagraphText text = ParagraphText.of(paragraph);
        assertEquals("One two three four", text.text());
        assertEquals(
                List.of("One ", "two", " ", " four"),
                text.linkable().stream().map(TextNode::getWholeText).toList());
        assertEquals(
                List.of(0, 4, 7, 13), List.of(text.offsetOf(0), text.offsetOf(1), text.offsetOf(2), text.offsetOf(3)));
    }
}
