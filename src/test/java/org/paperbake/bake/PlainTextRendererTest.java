package org.paperbake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperbake.TestSites;
import org.paperbake.content.MarkdownSyntax;

/** Text written as it is where nothing would change it renders exactly as Flexmark's core renderer renders it. */
class PlainTextRendererTest {

    private static final HtmlRenderer CORE =
            HtmlRenderer.builder(MarkdownSyntax.OPTIONS).build();
    private static final HtmlRenderer PLAIN = HtmlRenderer.builder(MarkdownSyntax.OPTIONS)
            .nodeRendererFactory(options -> new PlainTextRenderer())
            .build();

    private static void assertRendersAsFlexmark(String markdown) {
        assertEquals(
                CORE.render(MarkdownSyntax.PARSER.parse(markdown)),
                PLAIN.render(MarkdownSyntax.PARSER.parse(markdown)),
                markdown);
    }

    @Test
    void text_with_escapes_entities_line_ends_and_markup_characters_renders_as_flexmark_renders_it() {
        for (String markdown : List.of(
                "Plain words, with commas; and full stops.",
                "Tom \\& Jerry \\*not emphasis\\* and a \\\\ backslash",
                "&amp; &copy; &#169; &#xA9; &notanentity; & alone",
                "Line one\r\nline two\rline three\n",
                "Quotes \"here\" and 'there', 1 < 2 > 0",
                "<span>raw</span> and <!-- ¶ k3f9q --> a comment",
                "*emphasis*, **strong**, `code & <b>`, [a link \"t\"](https://example.org/?a=1&b=2 \"title\")",
                "| a & b | c |\n| --- | --- |\n| <d> | \\| e |\n",
                "> [!NOTE]\n> An editor's note & more\n",
                "# Heading & \"quote\"\n\n- item <one>\n- item\\_two\n")) {
            assertRendersAsFlexmark(markdown);
        }
    }

    @Test
    void random_text_renders_as_flexmark_renders_it() {
        Random random = new Random(13);
        String alphabet = "ab cd\\&\r\n<>\"'*_`[]()#!|~:é—\u2028";
        for (int n = 0; n < 500; n++) {
            StringBuilder markdown = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                markdown.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertRendersAsFlexmark(markdown.toString());
        }
    }

    @Test
    void every_page_of_the_seed_renders_as_flexmark_renders_it() throws Exception {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestSites.PROJECT.resolve("content"))) {
            files.filter(file -> file.toString().endsWith(".md")).forEach(pages::add);
        }
        assertTrue(pages.size() > 50, "the seed's pages are found");
        for (Path page : pages) {
            assertRendersAsFlexmark(Files.readString(page));
        }
    }

    @Test
    void only_text_no_step_would_change_is_plain() {
        assertTrue(PlainTextRenderer.isPlain("Plain words, é — and ¶ 6.1.3."));
        for (String changed : List.of("a\\b", "a&b", "a\rb", "a<b", "a>b", "a\"b")) {
            assertFalse(PlainTextRenderer.isPlain(changed), changed);
        }
    }
}
