package org.paperbake.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void strings_are_escaped_exactly_as_commons_text_escapes_json() {
        Random random = new Random(7);
        String hostile = "\"\\/\b\n\t\f\r\u0000\u001f\u007f\u0080é—¶\u2028\ud83d\ude00\ud800</script>";
        for (int n = 0; n < 500; n++) {
            StringBuilder value = new StringBuilder(n % 3 == 0 ? hostile : "");
            for (int i = 0; i < 40; i++) {
                value.append((char) (random.nextBoolean() ? random.nextInt(0x90) : random.nextInt(0x10000)));
            }
            StringBuilder escaped = new StringBuilder();
            Json.appendString(escaped, value.toString());
            assertEquals(StringEscapeUtils.escapeJson(value.toString()), escaped.toString());
        }
    }

    @Test
    void a_string_is_quoted() {
        assertEquals("\"say \\\"hi\\\"\"", Json.string("say \"hi\""));
    }
}
