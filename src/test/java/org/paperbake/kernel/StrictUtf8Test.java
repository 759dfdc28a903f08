package org.paperbake.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void utf8_decodes_to_its_text() throws Exception {
        assertEquals("é — 中文 😀", StrictUtf8.decode("é — 中文 😀".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_byte_that_is_not_utf8_is_reported_where_it_is_not_replaced() {
        byte[] latin1 = "ok\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                6,
                assertThrows(StrictUtf8.NotUtf8.class, () -> StrictUtf8.decode(latin1))
                        .byteOffset());
    }

    @Test
    void a_sequence_cut_off_at_the_end_is_not_utf8() {
        byte[] cut = {'a', (byte) 0xE4, (byte) 0xB8};
        assertEquals(
                1,
                assertThrows(StrictUtf8.NotUtf8.class, () -> StrictUtf8.decode(cut))
                        .byteOffset());
    }
}
