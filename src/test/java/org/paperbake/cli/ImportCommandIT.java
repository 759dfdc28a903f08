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

    private static final Path PARTS = TestSites.PROJECT.resolve("src/test/resources/importer/parts");

    /** A site with the project's templates, assets and listing pages, and no document yet. */
    private Path emptySite() throws IOException {
        for (String folderName : new String[] {"templates", "assets"}) {
            try (var files = Files.walk(TestSites.PROJECT.resolve(folderName))) {
                for (Path from : files.filter(Files::isRegularFile).toList()) {
                    Path to = folder.resolve(TestSites.PROJECT.relativize(from).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to);
                }
            }
        }
        for (String listing : new String[] {"glossary.md", "references.md", "chronology.md"}) {
            Files.copy(TestSites.PROJECT.resolve("content").resolve(listing), content.resolve(listing));
        }
        return folder;
    }

    private String built(String page) throws IOException {
        return Files.readString(folder.resolve("output").resolve(page));
    }

    @Test
    void parts_imported_one_at_a_time_build_one_site_that_says_which_part_is_missing_until_it_is_there()
            throws IOException {
        emptySite();
        String into = content.toString();
        assertEquals(
                0,
                paperbake(
                        "import",
                        PARTS.resolve("cyberspace-part3.txt").toString(),
                        PARTS.resolve("cyberspace-part1.txt").toString(),
                        "--into",
                        into),
                err.toString());
        assertTrue(out.toString().contains("Parts: 2 of 3 parts held (1, 3); missing: 2"), out.toString());
        assertTrue(out.toString().contains("Conflicts between parts (1):"), out.toString());

        assertEquals(
                0,
                paperbake(
                        "build",
                        "--source",
                        folder.toString(),
                        "--output",
                        folder.resolve("output").toString()),
                err.toString());
        assertTrue(
                built("index.html").contains("Not yet in this edition: part 2 of the 3 parts of the source."),
                built("index.html"));
        assertTrue(built("about.html").contains("<dt>Parts missing</dt><dd>Part 2, not yet imported</dd>"));
        assertTrue(Files.exists(folder.resolve("output/01-2-putting-the-people-first.html")));
        assertTrue(Files.exists(folder.resolve(
                "output/05-raising-public-awareness-and-competence-in-law-based-cyberspace-governance.html")));

        assertEquals(
                0,
                paperbake("import", PARTS.resolve("cyberspace-part2.txt").toString(), "--into", into),
                err.toString());
        assertTrue(out.toString().contains("Parts: 3 of 3 parts held (1, 2, 3), the whole document"), out.toString());
        assertEquals(
                0,
                paperbake(
                        "build",
                        "--source",
                        folder.toString(),
                        "--output",
                        folder.resolve("output").toString()),
                err.toString());
        assertTrue(!built("index.html").contains("Not yet in this edition"), "the note goes once every part is there");
        assertTrue(built("about.html").contains("<dd>Parts 1, 2, 3 of the 3 parts of the source</dd>"));
        String fullText = built("full.html");
        assertTrue(
                fullText.indexOf("Putting the People First") < fullText.indexOf("Protecting Personal Information")
                        && fullText.indexOf("Protecting Personal Information")
                                < fullText.indexOf("Raising Public Awareness"),
                "the parts read in document order");
    }

    @Test
    void a_part_of_another_document_exits_2_naming_both_files_and_leaves_content_untouched() throws IOException {
        assertEquals(
                0, paperbake("import", PARTS.resolve("cyberspace-part1.txt").toString(), "--into", content.toString()));
        Map<String, String> before = TestSites.snapshot(folder);

        assertEquals(
                2,
                paperbake(
                        "import", PARTS.resolve("other-document-part1.txt").toString(), "--into", content.toString()));

        String firstLine = err.toString().lines().findFirst().orElse("");
        assertTrue(
                firstLine.matches(".*other-document-part1\\.txt:5: is a part of a different document: .*"
                        + "seeds/cyberspace-part1\\.txt:5\\) — .+"),
                firstLine);
        assertTrue(!err.toString().contains("Exception"), err.toString());
        assertEquals(before, TestSites.snapshot(folder));
    }

    @Test
    void a_web_copy_with_navigation_a_full_text_title_and_a_standfirst_builds_with_them_in_their_place()
            throws IOException {
        emptySite();
        Path specials = TestSites.PROJECT.resolve("src/test/resources/importer/variants/china-daily-specials.txt");
        assertEquals(0, paperbake("import", specials.toString(), "--into", content.toString()), err.toString());
        assertTrue(out.toString().contains("site navigation links              \"Home | Specials\""), out.toString());

        assertEquals(
                0,
                paperbake(
                        "build",
                        "--source",
                        folder.toString(),
                        "--output",
                        folder.resolve("output").toString()),
                err.toString());
        String cover = built("index.html");
        assertTrue(
                cover.contains("<h1>China's Law-Based Cyberspace Governance in the New Era</h1>")
                        || cover.contains("<h1>China&#39;s Law-Based Cyberspace Governance in the New Era</h1>")
                        || cover.contains("<h1>China’s Law-Based Cyberspace Governance in the New Era</h1>"),
                cover);
        assertTrue(cover.contains("<dt>Summary on the source page</dt>"), cover);
        assertTrue(
                !cover.contains("xi's moments")
                        && !cover.contains("xi&#39;s moments")
                        && !cover.contains("Home | Specials"),
                "no navigation reaches the site");
    }
}
