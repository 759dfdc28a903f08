package org.paperbake.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/** A document in three parts (fixtures under importer/parts/), imported together or one at a time. */
class MultiPartImportTest extends ImportFolders {

    private static final Path PARTS = Path.of("src/test/resources/importer/parts");
    private static final Path PART_1 = PARTS.resolve("cyberspace-part1.txt");
    private static final Path PART_2 = PARTS.resolve("cyberspace-part2.txt");
    private static final Path PART_3 = PARTS.resolve("cyberspace-part3.txt");

    private String cover() throws IOException {
        return Files.readString(content.resolve("index.md"));
    }

    @Test
    void three_parts_imported_together_make_one_document_whose_pages_cite_their_own_part() throws IOException {
        ImportReport report = importing(PART_1, PART_2, PART_3);

        assertEquals(11, report.pages().size());
        assertTrue(
                cover().contains("\nparts: 3\nparts_held: [1, 2, 3]\npart_sources: [\"seeds/cyberspace-part1.txt\","
                        + " \"seeds/cyberspace-part2.txt\", \"seeds/cyberspace-part3.txt\"]\n"),
                cover());
        assertFalse(cover().contains("parts_missing"), "nothing is missing");
        assertFalse(cover().contains("\npart: "), "the cover is of the whole document, not one part");
        assertTrue(Files.readString(content.resolve("03-1-protecting-personal-information.md"))
                .contains("\nsource: seeds/cyberspace-part2.txt#L14-L16\n"));
        assertTrue(
                Files.readString(content.resolve("conclusion.md")).contains("\nsource: seeds/cyberspace-part3.txt#"));
        assertEquals(
                "3 of 3 parts held (1, 2, 3), the whole document",
                report.parts().summary());
        assertTrue(
                report.guesses().stream().anyMatch(g -> g.what().contains("cyberspace-part2.txt is part 2 of 3")),
                report.guesses().toString());
    }

    @Test
    void parts_that_disagree_on_a_value_keep_the_lowest_part_s_and_the_report_names_both_lines() throws IOException {
        ImportReport report = importing(PART_3, PART_1);

        assertTrue(cover().contains("\ncopyright: Copyright©2024 China Daily. All rights reserved.\n"), cover());
        assertEquals(1, report.conflicts().size(), report.conflicts().toString());
        String conflict = report.conflicts().get(0);
        assertTrue(
                conflict.startsWith("copyright: kept " + Problem.displayPath(PART_1) + ":36 Copyright©2024"), conflict);
        assertTrue(conflict.contains(Problem.displayPath(PART_3) + ":22 Copyright©2025"), conflict);
        assertTrue(report.format().contains("Conflicts between parts (1):"), report.format());
    }

    @Test
    void one_part_at_a_time_in_any_order_gives_the_same_files_as_all_at_once() throws IOException {
        importing(PART_1, PART_2, PART_3);
        Map<String, String> together = Fixtures.snapshot(project);
        Fixtures.snapshot(project).keySet().forEach(name -> delete(project.resolve(name)));

        importing(PART_3);
        importing(PART_1);
        importing(PART_2);

        assertEquals(together, Fixtures.snapshot(project));
    }

    @Test
    void until_every_part_is_there_the_cover_and_the_report_say_which_are_missing() throws IOException {
        ImportReport report = importing(PART_3);
        assertTrue(cover().contains("\npart: 3\nparts: 3\nparts_held: [3]\nparts_missing: [1, 2]\n"), cover());
        assertEquals("1 of 3 parts held (3); missing: 1, 2", report.parts().summary());

        report = importing(PART_1);
        assertTrue(cover().contains("\nparts_held: [1, 3]\nparts_missing: [2]\n"), cover());
        assertTrue(report.format().contains("Parts: 2 of 3 parts held (1, 3); missing: 2"), report.format());
        assertFalse(Files.exists(content.resolve("03-ensuring-rigorous-enforcement-of-cyberspace-laws.md")));
    }

    @Test
    void importing_a_part_again_rewrites_nothing() throws IOException {
        importing(PART_1, PART_3);
        importing(PART_2);
        Map<String, String> before = Fixtures.snapshot(project);

        ImportReport again = importing(PART_2);

        assertTrue(again.pages().stream().allMatch(p -> p.outcome() == ImportReport.Outcome.UNCHANGED));
        assertEquals(before, Fixtures.snapshot(project));
    }

    @Test
    void an_editor_s_page_of_another_part_is_kept_and_of_the_part_imported_again_refused_unless_forced()
            throws IOException {
        importing(PART_1);
        Path preface = content.resolve("00-preface.md");
        Files.writeString(preface, Files.readString(preface).replace("human civilization", "human civilisation"));

        ImportReport report = importing(PART_2);
        assertTrue(Files.readString(preface).contains("human civilisation"), "the editor's page stays");
        assertEquals(
                ImportReport.Outcome.KEPT,
                report.pages().stream()
                        .filter(p -> p.path().endsWith("00-preface.md"))
                        .findFirst()
                        .orElseThrow()
                        .outcome());

        Map<String, String> before = Fixtures.snapshot(project);
        PaperbakeException refused = assertThrows(PaperbakeException.ContentProblems.class, () -> importing(PART_1));
        assertTrue(
                refused.problems().get(0).toString().contains("00-preface.md"),
                refused.problems().toString());
        assertEquals(before, Fixtures.snapshot(project));

        importer.importFiles(List.of(PART_1), content, seeds, true);
        assertFalse(Files.readString(preface).contains("human civilisation"));
    }

    @Test
    void a_part_of_another_document_is_refused_naming_both_files_and_lines_and_nothing_is_written() throws IOException {
        importing(PART_1);
        Map<String, String> before = Fixtures.snapshot(project);

        PaperbakeException refused = assertThrows(
                PaperbakeException.BadInput.class, () -> importing(PARTS.resolve("other-document-part1.txt")));

        String first = refused.problems().get(0).toString();
        assertTrue(first.startsWith(Problem.displayPath(PARTS.resolve("other-document-part1.txt")) + ":5: "), first);
        assertTrue(first.contains("is a part of a different document"), first);
        assertTrue(first.contains("seeds/cyberspace-part1.txt:5)"), first);
        assertEquals(before, Fixtures.snapshot(project));
    }

    @Test
    void two_parts_holding_one_section_with_different_text_are_refused_naming_both_and_nothing_is_written()
            throws IOException {
        Map<String, String> before = Fixtures.snapshot(project);

        PaperbakeException refused = assertThrows(
                PaperbakeException.BadInput.class,
                () -> importing(PART_1, PARTS.resolve("reprint-with-other-text.txt")));

        String problem = refused.problems().get(0).toString();
        assertTrue(
                problem.startsWith(Problem.displayPath(PARTS.resolve("reprint-with-other-text.txt")) + ":10: "),
                problem);
        assertTrue(
                problem.contains("section II is also in " + Problem.displayPath(PART_1) + ":28, with different text"),
                problem);
        assertEquals(before, Fixtures.snapshot(project));
    }

    @Test
    void two_files_claiming_one_part_in_one_import_are_refused() {
        PaperbakeException refused = assertThrows(
                PaperbakeException.BadInput.class,
                () -> importing(PART_3, PARTS.resolve("reprint-with-other-text.txt")));

        assertTrue(
                refused.problems().stream().anyMatch(p -> p.toString().contains("is part 3, and so is")),
                refused.problems().toString());
        assertFalse(Files.exists(content));
    }

    @Test
    void a_cover_naming_a_seed_outside_seeds_is_not_followed() throws IOException {
        Files.createDirectories(content);
        Files.writeString(
                content.resolve("index.md"),
                "---\ntitle: X\ntype: document\npart_sources: [\"seeds/../../secret.txt\", \"seeds/.hidden\"]\n---\n");
        Files.writeString(project.resolve("secret.txt"), "not a white paper\n");

        PaperbakeException refused = assertThrows(PaperbakeException.ContentProblems.class, () -> importing(PART_1));

        assertTrue(
                refused.problems().get(0).toString().contains("index.md"),
                refused.problems().toString());
        assertTrue(
                refused.problems().get(0).toString().contains("hand-written"),
                refused.problems().toString());
    }

    @Test
    void a_whole_document_imported_again_under_another_name_replaces_the_earlier_one() throws IOException {
        Path first = Files.writeString(project.resolve("scio-2023.txt"), Fixtures.resource("scio-layout.txt"));
        importing(first);
        Path corrected = Files.writeString(
                project.resolve("scio-2023-corrected.txt"),
                Fixtures.resource("scio-layout.txt")
                        .replace("fundamental guarantee", "fundamental guarantee (corrected)"));

        importing(corrected);

        assertTrue(cover().contains("\nsource: seeds/scio-2023-corrected.txt\n"), cover());
        assertFalse(cover().contains("part_sources"), "one document, not two parts");
    }

    @Test
    void a_new_copy_of_a_part_removes_the_pages_it_no_longer_has_unless_an_editor_changed_them() throws IOException {
        importing(PART_1, PART_3);
        Path renamed = Files.createDirectories(project.resolve("incoming")).resolve("cyberspace-part1.txt");
        Files.writeString(
                renamed,
                Files.readString(PART_1)
                        .replace(
                                "II. Building a Solid Legal Framework for Cyberspace",
                                "II. Building a Legal Framework"));
        Path old = content.resolve("02-building-a-solid-legal-framework-for-cyberspace.md");
        Files.writeString(old, Files.readString(old).replace("scientific", "scientific (edited)"));
        Map<String, String> before = Fixtures.snapshot(project);

        PaperbakeException refused = assertThrows(PaperbakeException.ContentProblems.class, () -> importing(renamed));
        assertTrue(
                refused.problems().get(0).toString().contains("no longer has this page"),
                refused.problems().toString());
        assertEquals(before, Fixtures.snapshot(project));

        ImportReport report = importer.importFiles(List.of(renamed), content, seeds, true);

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(content.resolve("02-building-a-legal-framework.md")));
        assertTrue(Files.exists(content.resolve("conclusion.md")), "part 3's pages stay");
        assertTrue(report.pages().stream()
                .anyMatch(p -> p.outcome() == ImportReport.Outcome.REMOVED
                        && p.path().endsWith(old.getFileName().toString())));
        assertEquals(
                -1L, Files.mismatch(renamed, seeds.resolve("cyberspace-part1.txt")), "the seed copy is the new one");
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
