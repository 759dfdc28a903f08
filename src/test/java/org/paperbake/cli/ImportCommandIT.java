package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperbake.TestSites;

/** {@code paperbake import} as a user runs it: exit codes, messages, and content left alone on failure. */
class ImportCommandIT {

    private static final Path SEED = TestSites.PROJECT.resolve("seeds/000_0772cf1c2725d416.txt");

    @TempDir
    Path folder;

    Path content;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void createContentFolder() throws IOException {
        content = Files.createDirectories(folder.resolve("content"));
        out = new StringWriter();
        err = new StringWriter();
    }

    private int paperbake(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void re_import_after_a_hand_edit_refuses_and_names_the_page_unless_forced() throws IOException {
        assertEquals(0, paperbake("import", SEED.toString(), "--into", content.toString()));
        Path page = content.resolve("06-1-playing-an-active-role-in-rule-making.md");
        Files.writeString(
                page, Files.readString(page).replace("fairness and justice", "fairness and justice (edited)"));
        Map<String, String> before = TestSites.snapshot(content);

        assertEquals(1, paperbake("import", SEED.toString(), "--into", content.toString()));
        assertTrue(err.toString().contains("06-1-playing-an-active-role-in-rule-making.md:1: "), err.toString());
        assertTrue(err.toString().contains("--force"), err.toString());
        assertEquals(before, TestSites.snapshot(content));

        assertEquals(0, paperbake("import", SEED.toString(), "--into", content.toString(), "--force"));
        assertTrue(!Files.readString(page).contains("(edited)"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "no-title-or-sections", "binary", "invalid-utf8"})
    void unreadable_input_exits_2_with_a_located_problem_and_writes_nothing(String kind) throws IOException {
        Path seed = folder.resolve("bad-" + kind + ".txt");
        Files.write(
                seed,
                switch (kind) {
                    case "empty" -> new byte[0];
                    case "no-title-or-sections" -> "just some words\n\nand more words\n".getBytes();
                    case "binary" -> new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 3};
                    default -> new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
                });
        TestSites.write(content.resolve("keep.md"), "an editor's file\n");
        Map<String, String> before = TestSites.snapshot(folder);

        assertEquals(2, paperbake("import", seed.toString(), "--into", content.toString()));
        String firstLine = err.toString().lines().findFirst().orElse("");
        assertTrue(firstLine.matches(".*bad-" + kind + "\\.txt:\\d+: .+ — .+"), firstLine);
        assertTrue(!err.toString().contains("Exception"), err.toString());
        assertEquals(before, TestSites.snapshot(folder));
    }

    @Test
    void a_missing_file_is_bad_usage() {
        assertEquals(2, paperbake("import", folder.resolve("absent.txt").toString(), "--into", content.toString()));
        assertTrue(err.toString().contains("absent.txt"), err.toString());
    }

    @Test
    void an_unknown_option_is_bad_usage() {
        assertEquals(2, paperbake("import", "--frobnicate"));
        assertTrue(err.toString().contains("--help"), err.toString());
    }

    @Test
    void help_lists_every_command() {
        assertEquals(0, paperbake("--help"));
        for (String command : new String[] {"build", "import", "check"}) {
            assertTrue(out.toString().contains("  " + command + " "), out.toString());
        }
    }
}
