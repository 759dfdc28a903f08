package org.paperbake.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

class ImporterTest {

    private static final String SUBSECTION = "06-1-playing-an-active-role-in-rule-making.md";

    @TempDir
    Path project;

    private Path content;
    private Path seed;
    private final Importer importer = new Importer();

    @BeforeEach
    void copySeed() throws IOException {
        content = project.resolve("content");
        Path incoming = Files.createDirectories(project.resolve("incoming"));
        seed = Files.copy(Fixtures.SEED, incoming.resolve(Fixtures.SEED.getFileName()));
    }

    @Test
    void an_import_writes_the_pages_and_a_byte_identical_seed_copy() throws IOException {
        ImportReport report = importer.importFile(seed, content, false);

        assertEquals(6, report.pages().size());
        assertTrue(report.pages().stream().allMatch(p -> p.outcome() == ImportReport.Outcome.CREATED));
        assertTrue(Files.exists(content.resolve(SUBSECTION)));
        assertEquals(-1L, Files.mismatch(Fixtures.SEED, project.resolve("seeds").resolve(seed.getFileName())));
        assertEquals(List.of(), leftoverTemporaryFiles());
    }

    @Test
    void the_report_lists_pages_metadata_dropped_lines_and_guesses() {
        String report = importer.importFile(seed, content, false).format();

        assertTrue(report.contains("Pages (6):"), report);
        assertTrue(
                report.matches("(?s).*created +\\S*content/" + SUBSECTION
                        + " +subsection 6\\.1 +3 ¶  Playing an Active Role in Rule Making\n.*"),
                report);
        assertTrue(report.contains("line 56   copyright    Copyright©2024 China Daily. All rights reserved."), report);
        assertTrue(report.contains("line 52   only non-breaking spaces           \"\\u00A0\""), report);
        assertTrue(report.contains("line 44   panel 8 ends before this paragraph"), report);
    }

    @Test
    void a_re_import_reports_every_page_unchanged_and_rewrites_nothing() throws IOException {
        importer.importFile(seed, content, false);
        Map<String, String> before = Fixtures.snapshot(project);

        ImportReport again = importer.importFile(seed, content, false);

        assertTrue(again.pages().stream().allMatch(p -> p.outcome() == ImportReport.Outcome.UNCHANGED));
        assertEquals(before, Fixtures.snapshot(project));
    }

    @Test
    void a_page_edited_since_import_makes_a_re_import_refuse_and_change_nothing() throws IOException {
        importAndEdit();
        Map<String, String> before = Fixtures.snapshot(project);

        PaperbakeException.ContentProblems refused =
                assertThrows(PaperbakeException.ContentProblems.class, () -> importer.importFile(seed, content, false));

        assertEquals(1, refused.exitCode());
        assertEquals(1, refused.problems().size());
        Problem problem = refused.problems().get(0);
        assertTrue(problem.path().endsWith("content/" + SUBSECTION), problem.path());
        assertEquals(1, problem.line());
        assertTrue(problem.format().contains(":1: edited since it was imported — pass --force"), problem.format());
        assertEquals(before, Fixtures.snapshot(project));
    }

    @Test
    void force_overwrites_an_edited_page() throws IOException {
        Path page = importAndEdit();

        ImportReport report = importer.importFile(seed, content, true);

        assertEquals(ImportReport.Outcome.OVERWRITTEN, report.pages().get(2).outcome());
        assertTrue(Files.readString(page).contains("fairness and justice"));
        assertEquals(ImportReport.Outcome.UNCHANGED, report.pages().get(3).outcome());
    }

    @Test
    void a_hand_written_file_in_the_way_makes_the_import_refuse() throws IOException {
        Files.createDirectories(content);
        Files.writeString(content.resolve("conclusion.md"), "# My own conclusion\n");
        Map<String, String> before = Fixtures.snapshot(project);

        PaperbakeException.ContentProblems refused =
                assertThrows(PaperbakeException.ContentProblems.class, () -> importer.importFile(seed, content, false));

        assertTrue(refused.problems().get(0).format().contains("conclusion.md:1: hand-written"));
        assertEquals(before, Fixtures.snapshot(project));
    }

    @Test
    void settings_an_editor_added_to_the_cover_survive_a_re_import() throws IOException {
        importer.importFile(seed, content, false);
        Path cover = content.resolve("index.md");
        String imported = Files.readString(cover);
        String edited =
                imported.replace("\nsource:", "\nissued: 2023-03-16\nholds: Section VI and the Conclusion\nsource:");
        Files.writeString(cover, edited);

        ImportReport again = importer.importFile(seed, content, false);

        assertEquals(ImportReport.Outcome.UNCHANGED, again.pages().get(0).outcome());
        assertEquals(edited, Files.readString(cover));
    }

    @Test
    void a_re_import_sets_the_importer_s_own_settings_again_and_keeps_the_editor_s() throws IOException {
        importer.importFile(seed, content, false);
        Path cover = content.resolve("index.md");
        String imported = Files.readString(cover);
        String edited = imported.replace("\nparts: 6\n", "\nparts: 7\n")
                .replace("\nsource:", "\nsource_url: https://example.org/paper\nsource:");
        Files.writeString(cover, edited);

        importer.importFile(seed, content, false);

        String after = Files.readString(cover);
        assertTrue(after.contains("\nparts: 6\n"), after);
        assertTrue(after.contains("\nsource_url: https://example.org/paper\nsource:"), after);
    }

    @Test
    void a_page_left_as_imported_is_updated_when_the_import_changes() throws IOException {
        importer.importFile(seed, content, false);
        Path page = content.resolve(SUBSECTION);
        String old = Files.readString(page);
        // An earlier importer wrote a different, untouched page: its recorded hash still matches its body.
        String body = "Older import.\n";
        String earlier =
                old.substring(0, old.indexOf("generated: ")) + "generated: " + BodyHash.of(body) + "\n---\n" + body;
        Files.writeString(page, earlier);

        ImportReport report = importer.importFile(seed, content, false);

        assertEquals(ImportReport.Outcome.UPDATED, report.pages().get(2).outcome());
        assertEquals(old, Files.readString(page));
    }

    @Test
    void files_the_import_does_not_produce_are_never_touched() throws IOException {
        Path glossary = Files.createDirectories(content.resolve("glossary"));
        Files.writeString(glossary.resolve("rcep.md"), "---\ntitle: RCEP\ntype: term\n---\nA trade agreement.\n");
        Map<String, String> before = Fixtures.snapshot(glossary);

        importer.importFile(seed, content, true);

        assertEquals(before, Fixtures.snapshot(glossary));
    }

    @Test
    void a_different_seed_with_the_same_name_refuses_the_import() throws IOException {
        Path seeds = Files.createDirectories(project.resolve("seeds"));
        Files.writeString(seeds.resolve(seed.getFileName()), "another document\n");
        Map<String, String> before = Fixtures.snapshot(project);

        PaperbakeException refused =
                assertThrows(PaperbakeException.class, () -> importer.importFile(seed, content, false));

        assertTrue(refused.problems().get(0).message().contains("different seed"));
        assertEquals(before, Fixtures.snapshot(project));
    }

    @Test
    void an_empty_file_is_bad_input_and_writes_nothing() throws IOException {
        assertBadInputWritingNothing(new byte[0], "empty.txt:1: the file is empty — ");
    }

    @Test
    void a_file_without_title_or_sections_is_bad_input_naming_both() throws IOException {
        PaperbakeException.BadInput bad = assertBadInputWritingNothing(
                "Just a sentence of prose.\n\nAnother sentence.\n".getBytes(StandardCharsets.UTF_8),
                "bad.txt:1: no recognisable title — ");
        assertTrue(bad.problems().get(1).format().contains("bad.txt:1: no recognisable sections — "));
    }

    @Test
    void binary_bytes_are_bad_input_naming_their_line() throws IOException {
        assertBadInputWritingNothing(
                "Title\n\nI. Section\n\nText\u0000with a NUL.\n".getBytes(StandardCharsets.UTF_8),
                "binary.txt:5: binary content: control byte 0x00 — ");
    }

    @Test
    void invalid_utf8_is_bad_input_naming_the_line_of_the_first_bad_byte() throws IOException {
        byte[] text = "Title\r\n\r\nI. Section\r\n\r\nCaf\u00e9 au lait.\r\n".getBytes(StandardCharsets.ISO_8859_1);

        assertBadInputWritingNothing(text, "latin1.txt:5: not valid UTF-8: byte 0xE9 at byte offset ");
    }

    @Test
    void a_missing_seed_is_bad_input() {
        PaperbakeException.BadInput bad = assertThrows(
                PaperbakeException.BadInput.class,
                () -> importer.importFile(project.resolve("missing.txt"), content, false));

        assertEquals(2, bad.exitCode());
        assertTrue(bad.problems()
                .get(0)
                .format()
                .endsWith("missing.txt: no such file — check the path of the plain-text white paper to import"));
    }

    private PaperbakeException.BadInput assertBadInputWritingNothing(byte[] bytes, String expectedStart)
            throws IOException {
        importer.importFile(seed, content, false);
        String name = expectedStart.substring(0, expectedStart.indexOf(':'));
        Path bad = Files.write(project.resolve("incoming").resolve(name), bytes);
        Map<String, String> before = Fixtures.snapshot(project);

        PaperbakeException.BadInput thrown =
                assertThrows(PaperbakeException.BadInput.class, () -> importer.importFile(bad, content, true));

        assertEquals(2, thrown.exitCode());
        String first = thrown.problems().get(0).format();
        String shown = first.substring(first.lastIndexOf('/') + 1);
        assertTrue(shown.startsWith(expectedStart), first);
        assertTrue(first.contains(" — "), first);
        assertEquals(before, Fixtures.snapshot(project));
        return thrown;
    }

    private Path importAndEdit() throws IOException {
        importer.importFile(seed, content, false);
        Path page = content.resolve(SUBSECTION);
        Files.writeString(page, Files.readString(page).replace("fairness and justice", "fairness and justise"));
        return page;
    }

    @Test
    void imported_pages_and_the_seed_copy_get_the_umask_s_default_mode_not_a_private_one() throws IOException {
        importer.importFile(seed, content, false);
        // What this process's umask gives a new file, whatever the umask is.
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(Files.createFile(project.resolve("f")));
        assertEquals(fileMode, Files.getPosixFilePermissions(content.resolve(SUBSECTION)));
        assertEquals(fileMode, Files.getPosixFilePermissions(content.resolve("index.md")));
        assertEquals(
                fileMode, Files.getPosixFilePermissions(project.resolve("seeds").resolve(seed.getFileName())));
    }

    private List<Path> leftoverTemporaryFiles() throws IOException {
        try (var files = Files.list(content)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }
}
