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

/**
 * A document a news site paginated mid-section (fixtures under importer/parts-split/): part 2
 * opens with paragraphs that continue part 1's last section, part 3 with a subsection of part 2's.
 */
class SplitPartsImportTest extends ImportFolders {

    private static final Path SPLIT = Path.of("src/test/resources/importer/parts-split");
    private static final Path PART_1 = SPLIT.resolve("garden-part1.txt");
    private static final Path PART_2 = SPLIT.resolve("garden-part2.txt");
    private static final Path PART_3 = SPLIT.resolve("garden-part3.txt");
    private static final Path PART_3_MID_SUBSECTION = SPLIT.resolve("garden-part3-mid-subsection.txt");

    private String page(String name) throws IOException {
        return Files.readString(content.resolve(name));
    }

    private List<String> guesses(ImportReport report) {
        return report.guesses().stream().map(Guess::what).toList();
    }

    /** A copy of a fixture part under {@code name}, with {@code from} replaced by {@code to}. */
    private Path variant(Path fixture, String name, String from, String to) throws IOException {
        String text = Files.readString(fixture);
        assertTrue(text.contains(from), from);
        Path file = Files.createDirectories(project.resolve("in")).resolve(name);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void paragraphs_part_2_opens_with_are_appended_to_part_1_s_last_section_after_its_own_each_with_an_id()
            throws IOException {
        ImportReport report = importing(PART_1, PART_2, PART_3);

        String section = page("01-laying-out-the-beds.md");
        assertTrue(
                section.contains("\nsource: seeds/garden-part1.txt#L12-L16\n"
                        + "continued_sources: [\"seeds/garden-part2.txt#L8-L10\"]\n"),
                section);
        String body = section.substring(section.indexOf("\n---\n") + 5);
        List<String> paragraphs = List.of(body.split("\n\n"));
        assertEquals(4, paragraphs.size(), body);
        assertTrue(paragraphs.get(0).startsWith("The beds are laid out"), body);
        assertTrue(paragraphs.get(1).startsWith("Each bed is edged"), body);
        assertTrue(paragraphs.get(2).startsWith("The stones are taken"), body);
        assertTrue(paragraphs.get(3).startsWith("A bed is left fallow"), body);
        paragraphs.forEach(p -> assertTrue(p.strip().matches(".* <!-- ¶ [0-9a-z]{5} -->"), p));
        assertFalse(page("index.md").contains("The stones"), "not on the cover");
        assertFalse(page("index.md").contains("standfirst"), "part 2's first paragraph is text, not a standfirst");
        assertTrue(
                guesses(report)
                        .contains("part 2 lines 8\u201310 continue section I (part 1): appended after its own text"),
                guesses(report).toString());
        assertTrue(report.format().contains("part 2 lines 8\u201310 continue section I (part 1)"));
        assertFalse(report.format().contains("could not place"), report.format());
        assertEquals(
                4,
                report.pages().stream()
                        .filter(p -> p.number().equals("I"))
                        .findFirst()
                        .orElseThrow()
                        .paragraphs());
    }

    @Test
    void a_subsection_heading_that_opens_part_3_puts_the_subsection_under_part_2_s_last_section() throws IOException {
        ImportReport report = importing(PART_1, PART_2, PART_3);

        String subsection = page("02-2-collecting-rain.md");
        assertTrue(
                subsection.contains("\nnumber: \"2.2\"\norder: 220\nparent: 02-watering-the-garden\n"
                        + "source: seeds/garden-part3.txt#L8-L10\n"),
                subsection);
        assertTrue(subsection.contains("Barrels under every gutter"), subsection);
        assertFalse(page("index.md").contains("Collecting Rain"), page("index.md"));
        assertTrue(
                guesses(report)
                        .contains("part 3 lines 8\u201310: subsection 2.2 \"Collecting Rain\" opens the part"
                                + " with no section heading before it, so it belongs to section II (part 2)"),
                guesses(report).toString());
    }

    @Test
    void text_continuing_a_subsection_goes_to_that_subsection_s_page_before_the_next_subsection() throws IOException {
        ImportReport report = importing(PART_1, PART_2, PART_3_MID_SUBSECTION);

        String subsection = page("02-1-drawing-from-the-well.md");
        assertTrue(subsection.contains("continued_sources: [\"seeds/garden-part3-mid-subsection.txt#L8-L8\"]"));
        assertTrue(
                subsection.indexOf("The well is drawn") < subsection.indexOf("No bed is watered at noon"), subsection);
        assertFalse(page("02-watering-the-garden.md").contains("No bed"), "the section's own page is not continued");
        assertTrue(page("02-2-collecting-rain.md").contains("source: seeds/garden-part3-mid-subsection.txt#L10-L12"));
        assertTrue(
                guesses(report)
                        .contains(
                                "part 3 line 8 continues subsection 2.1 of section II (part 2): appended after its own text"),
                guesses(report).toString());
    }

    @Test
    void import_order_does_not_matter_all_at_once_out_of_order_or_one_at_a_time() {
        importing(PART_1, PART_2, PART_3);
        Map<String, String> together = Fixtures.snapshot(project);

        for (List<List<Path>> order : List.of(
                List.of(List.of(PART_3, PART_1, PART_2)),
                List.of(List.of(PART_2), List.of(PART_1), List.of(PART_3)),
                List.of(List.of(PART_3), List.of(PART_2), List.of(PART_1)),
                List.of(List.of(PART_1), List.of(PART_3), List.of(PART_2)))) {
            Fixtures.snapshot(content)
                    .keySet()
                    .forEach(name -> content.resolve(name).toFile().delete());
            Fixtures.snapshot(seeds)
                    .keySet()
                    .forEach(name -> seeds.resolve(name).toFile().delete());
            order.forEach(files -> importing(files.toArray(Path[]::new)));
            assertEquals(together, Fixtures.snapshot(project), order.toString());
        }
    }

    @Test
    void a_continuation_whose_previous_part_is_missing_stays_on_the_cover_until_that_part_is_imported()
            throws IOException {
        ImportReport alone = importing(PART_2);

        assertTrue(page("index.md").contains("\nA bed is left fallow one year in four"), page("index.md"));
        assertTrue(page("index.md").contains("\nstandfirst: The stones are taken"), page("index.md"));
        assertTrue(
                guesses(alone)
                        .contains(
                                "lines 8\u201310 continue a section of part 1, which is missing: kept as text"
                                        + " on the cover (the first as the standfirst) until part 1 is imported, which places them"),
                guesses(alone).toString());
        assertFalse(alone.format().contains("could not place"), alone.format());

        ImportReport placed = importing(PART_1);

        assertFalse(page("index.md").contains("A bed is left fallow"), page("index.md"));
        assertFalse(page("index.md").contains("standfirst"), page("index.md"));
        assertTrue(page("01-laying-out-the-beds.md").contains("A bed is left fallow"));
        assertTrue(
                guesses(placed)
                        .contains("part 2 lines 8\u201310 continue section I (part 1): appended after its own text"),
                guesses(placed).toString());
    }

    @Test
    void importing_either_part_of_a_continued_page_again_gives_the_same_files() {
        importing(PART_1, PART_2, PART_3);
        Map<String, String> before = Fixtures.snapshot(project);

        ImportReport again1 = importing(PART_1);
        assertEquals(before, Fixtures.snapshot(project));
        ImportReport again2 = importing(PART_2);
        assertEquals(before, Fixtures.snapshot(project));
        importing(PART_3);
        assertEquals(before, Fixtures.snapshot(project));
        assertTrue(again1.pages().stream().allMatch(p -> p.outcome() == ImportReport.Outcome.UNCHANGED));
        assertTrue(again2.pages().stream().allMatch(p -> p.outcome() == ImportReport.Outcome.UNCHANGED));
    }

    @Test
    void an_edited_continued_page_stops_the_import_of_either_of_its_parts_unless_forced() throws IOException {
        importing(PART_1, PART_2, PART_3);
        Path section = content.resolve("01-laying-out-the-beds.md");
        Files.writeString(section, Files.readString(section).replace("old gardeners", "old gardeners (edited)"));
        Map<String, String> edited = Fixtures.snapshot(project);

        for (Path part : List.of(PART_1, PART_2)) {
            PaperbakeException.ContentProblems refused =
                    assertThrows(PaperbakeException.ContentProblems.class, () -> importing(part));
            assertTrue(
                    refused.problems()
                            .get(0)
                            .toString()
                            .contains("01-laying-out-the-beds.md:1: edited since it was imported"),
                    refused.problems().toString());
            assertEquals(edited, Fixtures.snapshot(project), "nothing written");
        }
        ImportReport other = importing(PART_3);
        assertTrue(Files.readString(section).contains("(edited)"), "a part that does not make the page keeps it");
        assertTrue(other.pages().stream()
                .anyMatch(p ->
                        p.path().endsWith("01-laying-out-the-beds.md") && p.outcome() == ImportReport.Outcome.KEPT));

        importer.importFiles(List.of(PART_2), content, seeds, true);
        assertFalse(Files.readString(section).contains("(edited)"), "--force overwrites it");
    }

    @Test
    void a_continuation_that_would_make_the_previous_page_too_large_is_refused_and_nothing_is_written()
            throws IOException {
        importing(PART_1);
        String huge =
                "The stones are taken from the fields nearby. ".repeat(50_000).strip();
        Path part2 = variant(
                PART_2,
                "garden-part2.txt",
                "The stones are taken from the fields nearby, which keeps the cost low.",
                huge);

        Map<String, String> before = Fixtures.snapshot(project);

        PaperbakeException.BadInput refused = assertThrows(PaperbakeException.BadInput.class, () -> importing(part2));

        String problem = refused.problems().get(0).toString();
        assertTrue(
                problem.contains(
                        "garden-part2.txt:8: this part opens with text that continues 01-laying-out-the-beds.md,"
                                + " which would then hold"),
                problem);
        assertTrue(problem.contains("more than the 2097152 a page may hold"), problem);
        assertEquals(before, Fixtures.snapshot(project), "nothing written");
    }

    @Test
    void text_part_1_opens_with_stays_on_the_cover_as_before() throws IOException {
        Path part1 = variant(
                PART_1,
                "garden-part1.txt",
                "Share - WeChat\n",
                "Share - WeChat\n\nA note from the editors of this page.\n");

        ImportReport report = importing(part1, PART_2);

        assertTrue(page("index.md").contains("standfirst: A note from the editors of this page."), page("index.md"));
        assertFalse(page("01-laying-out-the-beds.md").contains("A note from the editors"));
        assertTrue(page("01-laying-out-the-beds.md").contains("A bed is left fallow"), "part 2 is still placed");
        assertFalse(
                guesses(report).stream().anyMatch(g -> g.contains("part 1 line")),
                guesses(report).toString());
    }

    @Test
    void a_part_whose_opening_is_only_site_furniture_continues_nothing() throws IOException {
        Path part2 = variant(
                PART_2,
                "garden-part2.txt",
                "The stones are taken from the fields nearby, which keeps the cost low.\n\n"
                        + "A bed is left fallow one year in four, as the old gardeners advised.\n",
                "Share - Facebook\nHome | Specials\n");

        ImportReport report = importing(PART_1, part2);

        assertFalse(page("01-laying-out-the-beds.md").contains("continued_sources"), page("01-laying-out-the-beds.md"));
        assertFalse(
                guesses(report).stream().anyMatch(g -> g.contains("continue")),
                guesses(report).toString());
    }

    @Test
    void a_standfirst_every_part_repeats_is_the_republisher_s_not_a_continuation() throws IOException {
        String standfirst = "A plain guide to keeping a garden, in three parts.";
        Path part1 = variant(PART_1, "garden-part1.txt", "Share - WeChat\n", "Share - WeChat\n\n" + standfirst + "\n");
        Path part2 = variant(PART_2, "garden-part2.txt", "Share - WeChat\n", "Share - WeChat\n\n" + standfirst + "\n");

        importing(part1, part2);

        assertTrue(page("index.md").contains("\nstandfirst: " + standfirst + "\n"), page("index.md"));
        String section = page("01-laying-out-the-beds.md");
        assertFalse(section.contains(standfirst), section);
        assertTrue(section.contains("continued_sources: [\"seeds/garden-part2.txt#L10-L12\"]"), section);
    }
}
