package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperbake.content.ContentSchema;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Status;

/** CONTRIBUTING.md and ContentSchema can't drift apart: every key, type, status and category is documented, and nothing else. */
class ContributingTest {

    static final String GUIDE = TestSites.read(TestSites.PROJECT.resolve("CONTRIBUTING.md"));

    /** The first column of the front-matter table: rows written | `key` | … |. */
    static Set<String> documentedKeys() {
        String table = GUIDE.substring(
                GUIDE.indexOf("<!-- front-matter keys -->"), GUIDE.indexOf("<!-- end of front-matter keys -->"));
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
        for (String value : DocumentType.frontMatterChoices()) {
            assertTrue(GUIDE.contains("`" + value + "`"), value);
        }
        for (String value : Status.frontMatterChoices()) {
            assertTrue(GUIDE.contains("`" + value + "`"), value);
        }
        for (String value : ContentSchema.CATEGORIES) {
            assertTrue(GUIDE.contains("`" + value + "`"), value);
        }
    }

    @Test
    void every_required_key_is_marked_required_for_its_type() {
        for (DocumentType type : DocumentType.values()) {
            Matcher line = Pattern.compile("(?m)^- `" + type.toFrontMatter() + "`: (.+)$")
                    .matcher(GUIDE);
            assertTrue(line.find(), "the guide lists the required keys of " + type);
            Set<String> listed = new TreeSet<>();
            Matcher key = Pattern.compile("`([a-z_]+)`").matcher(line.group(1));
            while (key.find()) {
                listed.add(key.group(1));
            }
            assertEquals(new TreeSet<>(ContentSchema.requiredKeys(type)), listed, type.toFrontMatter());
        }
    }

    /** The documented messages: the backticked text in the first column of the tables under "What the check messages mean". */
    static List<Pattern> documentedMessages() {
        String section =
                GUIDE.substring(GUIDE.indexOf("## What the check messages mean"), GUIDE.indexOf("## Publishing"));
        List<Pattern> patterns = new ArrayList<>();
        for (String row : section.lines().filter(line -> line.startsWith("| `")).toList()) {
            Matcher quoted = Pattern.compile("`([^`]+)`").matcher(row.substring(1, row.indexOf(" | ")));
            while (quoted.find()) {
                // Example values in quotes and … stand for any value.
                String regex = Pattern.quote(quoted.group(1))
                        .replaceAll("'[^']*'", "\\\\E'[^']*'\\\\Q")
                        .replaceAll("\"[^\"]*\"", "\\\\E\"[^\"]*\"\\\\Q")
                        .replace("…", "\\E.*\\Q");
                patterns.add(Pattern.compile(regex));
            }
        }
        return patterns;
    }

    @Test
    void every_message_the_check_fixtures_produce_is_explained_in_the_guide() throws IOException {
        List<Pattern> documented = documentedMessages();
        try (Stream<Path> expected = Files.walk(TestSites.PROJECT.resolve("src/test/resources/sites-invalid"))) {
            for (Path file : expected.filter(
                            path -> path.getFileName().toString().equals("expected-problems.txt"))
                    .toList()) {
                for (String line : TestSites.read(file)
                        .lines()
                        .filter(line -> !line.startsWith("paperbake check:"))
                        .toList()) {
                    String message = line.substring(line.indexOf(": ") + 2);
                    assertTrue(
                            documented.stream()
                                    .anyMatch(
                                            pattern -> pattern.matcher(message).lookingAt()),
                            "CONTRIBUTING.md does not explain: " + message);
                }
            }
        }
    }
}
