package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperbake.content.ContentSchema;

/** CONTRIBUTING.md and ContentSchema can't drift apart: every key, type, status and category is documented, and nothing else. */
class ContributingTest {

    static final String GUIDE = TestSites.read(TestSites.PROJECT.resolve("CONTRIBUTING.md"));

    /** The first column of the front-matter table: rows written | `key` | … |. */
    static Set<String> documentedKeys() {
        String table = GUIDE.substring(GUIDE.indexOf("<!-- front-matter keys -->"), GUIDE.indexOf("<!-- end of front-matter keys -->"));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(table);
        Set<String> keys = new TreeSet<>();
        while (row.find()) {
            keys.add(row.group(1));
        }
        return keys;
    }

    @Test
    void every_front_matter_key_in_the_schema_is_documented_and_no_other() {
        assertEquals(new TreeSet<>(ContentSchema.KEYS.keySet()), documentedKeys());
    }

    @Test
    void every_type_status_and_category_is_named_in_the_guide() {
        for (String value : ContentSchema.TYPES) {
            assertTrue(GUIDE.contains("`" + value + "`"), value);
        }
        for (String value : ContentSchema.STATUSES) {
            assertTrue(GUIDE.contains("`" + value + "`"), value);
        }
        for (String value : ContentSchema.CATEGORIES) {
            assertTrue(GUIDE.contains("`" + value + "`"), value);
        }
    }

    @Test
    void every_required_key_is_marked_required_for_its_type() {
        for (String type : ContentSchema.TYPES) {
            Matcher line = Pattern.compile("(?m)^- `" + type + "`: (.+)$").matcher(GUIDE);
            assertTrue(line.find(), "the guide lists the required keys of " + type);
            Set<String> listed = new TreeSet<>();
            Matcher key = Pattern.compile("`([a-z_]+)`").matcher(line.group(1));
            while (key.find()) {
                listed.add(key.group(1));
            }
            assertEquals(new TreeSet<>(ContentSchema.requiredKeys(type)), listed, type);
        }
    }
}
