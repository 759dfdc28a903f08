package org.paperbake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PointInTimeTest {

    @Test
    void a_plain_tag_name_is_its_own_folder() {
        assertEquals("edition-2026-03", PointInTime.folderOf("edition-2026-03", new HashSet<>()));
        assertEquals("2026-03-01", PointInTime.folderOf("2026-03-01", new HashSet<>()));
    }

    @Test
    void hostile_names_get_a_safe_folder_marked_with_their_hash() {
        Set<String> taken = new HashSet<>();
        for (String name : List.of(
                "../x",
                "<script>alert(1)</script>",
                "x".repeat(300),
                "edition-ünï-🙂",
                "..",
                "",
                "current",
                "compare",
                "Edition-1",
                "a/b")) {
            String folder = PointInTime.folderOf(name, taken);
            assertTrue(folder.matches("[a-z0-9][a-z0-9.-]{0,60}"), name + " → " + folder);
            assertNotEquals(name, folder);
        }
        assertEquals(10, taken.size(), "no two names share a folder");
    }

    @Test
    void a_name_whose_safe_form_is_taken_gets_another_folder() {
        Set<String> taken = new HashSet<>();
        String first = PointInTime.folderOf("edition-1", taken);
        String second = PointInTime.folderOf("Edition-1", taken);
        assertEquals("edition-1", first);
        assertTrue(second.startsWith("edition-1-"), second);
    }

    @Test
    void a_name_in_a_log_line_has_its_control_characters_made_visible_and_is_cut() {
        assertEquals("a\\u000ab", PointInTime.printable("a\nb"));
        assertEquals("y".repeat(80) + "…", PointInTime.printable("y".repeat(300)));
    }
}
