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
        Files.copy(TestSites.PROJECT.resolve("jbake.properties"), folder.resolve("jbake.properties"));
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
    void the_seed_copy_goes_to_the_site_s_seeds_folder_whatever_its_content_folder_is() throws IOException {
        Path site = folder.resolve("site");
        TestSites.write(
                site.resolve("jbake.properties"),
                Files.readString(folder.resolve("jbake.properties"))
                        .replace("content.folder=content", "content.folder=text/pages"));
        Path pages = Files.createDirectories(site.resolve("text/pages"));
        assertEquals(0, paperbake("import", SEED.toString(), "--into", pages.toString()), err.toString());
        assertTrue(Files.exists(site.resolve("seeds").resolve(SEED.getFileName())), "the seed is in the site's seeds/");
        assertTrue(!Files.exists(site.resolve("text/seeds")), "not beside the content folder");
        assertTrue(Files.exists(pages.resolve("index.md")));
    }

    @ParameterizedTest(name = "--into {0}")
    @ValueSource(strings = {"elsewhere/content", ".", "content/glossary", "pages", "content/../jbake.properties"})
    void a_folder_that_is_not_a_site_s_content_folder_is_refused_and_nothing_is_written(String into)
            throws IOException {
        Path outside = Files.createDirectories(folder.resolve("elsewhere/content"));
        Files.createDirectories(content.resolve("glossary"));
        Files.createDirectories(folder.resolve("pages"));
        Map<String, String> before = TestSites.snapshot(folder);

        assertEquals(
                2,
                paperbake(
                        "import",
                        SEED.toString(),
                        "--into",
                        folder.resolve(into).toString()));
        String firstLine = err.toString().lines().findFirst().orElse("");
        assertTrue(firstLine.matches(".+: (is|holds) .+ — .+"), firstLine);
        assertTrue(!err.toString().contains("Exception"), err.toString());
        assertEquals(before, TestSites.snapshot(folder), "nothing written");
        assertTrue(!Files.exists(outside.resolveSibling("seeds"))
                && !Files.exists(folder.getParent().resolve("seeds")));
    }

    @Test
    void the_refusal_says_why_and_where_to_import() throws IOException {
        assertEquals(2, paperbake("import", SEED.toString(), "--into", folder.toString()));
        assertTrue(err.toString().contains("is a site's own folder"), err.toString());
        assertEquals(
                2,
                paperbake(
                        "import",
                        SEED.toString(),
                        "--into",
                        content.resolve("glossary").toString()));
        assertTrue(
                err.toString().contains("is inside the content folder")
                        && err.toString().contains("— import into "),
                err.toString());
        Path elsewhere = folder.resolve("elsewhere/content");
        assertEquals(2, paperbake("import", SEED.toString(), "--into", elsewhere.toString()));
        assertTrue(err.toString().contains("is not the content folder of the site in "), err.toString());
        Files.delete(folder.resolve("jbake.properties"));
        assertEquals(2, paperbake("import", SEED.toString(), "--into", content.toString()));
        assertTrue(
                err.toString().contains("is not the content folder of a site: no folder above it holds"),
                err.toString());
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
