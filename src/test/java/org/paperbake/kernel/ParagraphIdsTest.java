package org.paperbake.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParagraphIdsTest {

    private static final String BODY = """
            First paragraph of the text. <!-- ¶ aaaaa -->

            **Lead-in.** Second paragraph,
            wrapped over two lines. <!-- ¶ bbbbb -->

            > **Panel 8 — A panel** <!-- ¶ ccccc -->
            >
            > The panel's paragraph. <!-- ¶ ddddd -->

            | a | b |
            | - | - |

            ```
            code <!-- ¶ eeeee -->
            ```
            """;

    @Test
    void every_paragraph_heading_and_panel_line_is_a_block_with_its_identifier_and_last_line() {
        List<ParagraphIds.Block> blocks = ParagraphIds.blocks(BODY);

        assertEquals(4, blocks.size(), blocks.toString());
        assertEquals(new ParagraphIds.Block(1, 1, "First paragraph of the text.", Optional.of("aaaaa")), blocks.get(0));
        assertEquals(3, blocks.get(1).firstLine());
        assertEquals(4, blocks.get(1).lastLine());
        assertEquals(
                "**Lead-in.** Second paragraph,\nwrapped over two lines.",
                blocks.get(1).text());
        assertEquals(Optional.of("ccccc"), blocks.get(2).id());
        assertEquals("The panel's paragraph.", blocks.get(3).text());
    }

    @Test
    void the_identifier_comes_from_the_texts_hash_and_is_the_same_for_the_same_text() {
        String once = ParagraphIds.assign("China supports the UN's role.", new HashSet<>());
        String again = ParagraphIds.assign("China  supports\nthe UN's role.", new HashSet<>());

        assertEquals(once, again);
        assertTrue(ParagraphIds.WELL_FORMED.matcher(once).matches(), once);
        assertNotEquals(once, ParagraphIds.assign("China supports the UN's rule.", new HashSet<>()));
    }

    @Test
    void a_second_paragraph_with_the_same_text_gets_another_identifier() {
        Set<String> taken = new HashSet<>();
        String first = ParagraphIds.assign("The same words.", taken);
        String second = ParagraphIds.assign("The same words.", taken);

        assertNotEquals(first, second);
        assertEquals(Set.of(first, second), taken);
    }

    @Test
    void repair_keeps_every_identifier_and_gives_new_and_repeated_paragraphs_their_own() {
        String body = "Kept. <!-- ¶ aaaaa -->\n\nNew paragraph.\n\nCopied. <!-- ¶ aaaaa -->\n";
        Set<String> taken = new HashSet<>(ParagraphIds.idsIn(body));

        String repaired = ParagraphIds.repair(body, new HashSet<>(), taken);

        List<ParagraphIds.Block> blocks = ParagraphIds.blocks(repaired);
        assertEquals(Optional.of("aaaaa"), blocks.get(0).id());
        assertTrue(blocks.get(1).id().isPresent(), repaired);
        assertNotEquals(Optional.of("aaaaa"), blocks.get(2).id(), repaired);
        assertEquals(3, new HashSet<>(ParagraphIds.idsIn(repaired)).size(), repaired);
        assertEquals(repaired, ParagraphIds.repair(repaired, new HashSet<>(), new HashSet<>(taken)));
        assertEquals(ParagraphIds.strip(body), ParagraphIds.strip(repaired));
    }

    @Test
    void a_new_identifier_never_takes_one_a_later_file_already_carries() {
        String later = ParagraphIds.assign("New paragraph.", new HashSet<>());
        Set<String> taken = new HashSet<>(Set.of(later));

        String repaired = ParagraphIds.repair("New paragraph.\n", new HashSet<>(), taken);

        assertNotEquals(Optional.of(later), ParagraphIds.blocks(repaired).get(0).id());
    }

    @Test
    void stripping_gives_the_text_a_reader_sees_on_github() {
        assertEquals("A.\n\n> B.\n", ParagraphIds.strip("A. <!-- ¶ aaaaa -->\n\n> B.  <!--¶bbbbb-->\n"));
    }

    @Test
    void a_line_loses_and_gives_its_trailing_identifier_exactly_as_the_pattern_says_whatever_comes_before_it() {
        List<String> lines = List.of(
                "Plain text, no comment at all.",
                "Text. <!-- ¶ aaaaa -->",
                "Text.\t \t<!--\t¶ bbbbb\t-->\t ",
                "Text. <!-- ¶ aaaaa --> <!-- ¶ ccccc -->",
                "Text. <!-- ¶ aaaaa --> and more words",
                "Text. <!-- a comment --> <!-- ¶ ddddd -->",
                "Text. <!-- ¶ eeeee --> <!--",
                "Text. <!-- ¶ fffff -->\r",
                "   <!-- ¶ ggggg -->",
                "<!-- ¶ -->",
                "Text with a pilcrow ¶ 6.1 but no comment <!-- other -->",
                "Text. <!-- ¶ UPPER -->",
                "<!--<!-- ¶ hhhhh -->");
        for (String line : lines) {
            java.util.regex.Matcher expected = ParagraphIds.TRAILING.matcher(line);
            Optional<String> id = expected.find() ? Optional.of(expected.group(1)) : Optional.empty();

            assertEquals(id, ParagraphIds.idAtEndOf(line), line);
            assertEquals(ParagraphIds.TRAILING.matcher(line).replaceFirst(""), ParagraphIds.stripLine(line), line);
        }
    }
}
