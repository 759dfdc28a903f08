package org.paperbake.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PackedTextTest {

    private static final String PROSE = "China has actively participated in the formulation of international rules"
            + " on cyberspace — “a community with a shared future” — 网络空间命运共同体. ";

    @Test
    void a_long_text_unpacks_to_itself_and_is_held_in_fewer_bytes_than_its_utf8() {
        String text = PROSE.repeat(200);
        PackedText packed = PackedText.of(text);
        assertEquals(text, packed.text());
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, packed.utf8Length());
    }

    @Test
    void short_empty_and_incompressible_texts_unpack_to_themselves() {
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 4000; i++) {
            noise.appendCodePoint(0x4e00 + random.nextInt(20000));
        }
        for (String text : new String[] {"", "x", PROSE, noise.toString(), "\uD83D\uDE00 emoji"}) {
            assertEquals(text, PackedText.of(text).text());
        }
        assertTrue(PackedText.of("").isEmpty());
    }

    @Test
    void two_packed_texts_are_equal_exactly_when_their_texts_are() {
        String text = PROSE.repeat(50);
        assertEquals(PackedText.of(text), PackedText.of(new String(text)));
        assertEquals(PackedText.of(text).hashCode(), PackedText.of(text).hashCode());
        assertNotEquals(PackedText.of(text), PackedText.of(text + "."));
        assertNotEquals(PackedText.of("a"), PackedText.of("b"));
    }
}
