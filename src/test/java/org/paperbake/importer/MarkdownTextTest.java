package org.paperbake.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1. China has done X.",
                "12) Twelve things.",
                "# Not a heading",
                "> Not a quote",
                "- Not a list",
                "+ Not a list either",
                "* Nor this",
                "---",
                "Stars *like this* and __underscores__ and `code` stay text.",
                "A <script>alert(1)</script> tag and <b>bold</b> stay text.",
                "A [link](https://example.com) and ![image](x.png) stay text.",
                "Backslashes \\ and \\* stay, as do &copy; and &#169; entities.",
                "Tildes ~~struck~~ stay.",
                "US$50 million, China+Central Asia, \"quoted\" text \u2014 and dashes."
            })
    void hostile_text_renders_as_exactly_itself(String text) {
        String html =
                HtmlRenderer.builder().build().render(Parser.builder().build().parse(MarkdownText.paragraph(text)));

        assertEquals(List.of(text), Jsoup.parse(html).select("p").eachText());
    }

    @Test
    void ordinary_punctuation_is_left_alone_so_the_markdown_stays_readable() {
        String text =
                "US$50 million, China+Central Asia, \"quoted\" text \u2014 and the UN's role (2022): 76 countries.";

        assertEquals(text, MarkdownText.paragraph(text));
    }

    @Test
    void a_numbered_sentence_is_escaped_so_it_is_no_list_item() {
        assertEquals("1\\. China has done X.", MarkdownText.paragraph("1. China has done X."));
    }
}
