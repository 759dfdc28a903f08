package org.paperbake.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BytesTest {

    private static Utf8Bytes of(String text) {
        return Utf8Bytes.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_same_bytes_are_equal_with_the_same_hash_and_any_other_bytes_are_not() {
        String page = "<p id=\"a\">The “same” text ¶ 1</p>".repeat(200);
        assertEquals(of(page), of(page));
        assertEquals(of(page).hashCode(), of(page).hashCode());
        assertNotEquals(of(page), of(page.replace("¶ 1</p><p", "¶ 2</p><p")));
        assertNotEquals(of(page), of(page + " "));
        assertNotEquals(of("ab"), of("ba"), "the same bytes in another order");
    }

    @Test
    void text_decodes_utf8_and_keeps_a_replacement_character_the_text_holds() throws Exception {
        assertEquals("Café ¶ “x”", of("Café ¶ “x”").text());
        assertEquals("a \uFFFD b", of("a \uFFFD b").text());
    }

    @Test
    void text_refuses_bytes_that_are_not_utf8_as_files_read_string_does() {
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(MalformedInputException.class, () -> Utf8Bytes.of(latin1).text());
        UncheckedIOException written = assertThrows(
                UncheckedIOException.class, () -> Utf8Bytes.of(latin1).writtenText());
        assertTrue(written.getCause() instanceof MalformedInputException, written.toString());
    }

    @Test
    void contains_finds_a_part_in_the_bytes_wherever_it_is() {
        Utf8Bytes page = of("<div data-term=\"glossary/asean\">ASEAN · “东盟”</div>");
        assertTrue(page.contains("data-term=\"glossary/asean\""));
        assertTrue(page.contains("“东盟”</div>"), "at the end");
        assertTrue(page.contains("<div"), "at the start");
        assertTrue(page.contains(""));
        assertFalse(page.contains("data-term=\"glossary/asean-regional-forum\""));
        assertFalse(of("ab").contains("abc"), "longer than the text");
    }
}
