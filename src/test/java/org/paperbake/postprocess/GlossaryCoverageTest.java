package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.Problem;

/** Which names in a paragraph the glossary has to cover. */
class GlossaryCoverageTest {

    private static final Place PLACE = new Place("p.html", "P", "1", 1, "p-1-1", "1.1", 1);

    private static List<String> uncovered(String text, String... covered) {
        List<int[]> spans = new java.util.ArrayList<>();
        for (String name : covered) {
            int at = text.indexOf(name);
            spans.add(new int[] {at, at + name.length()});
        }
        return GlossaryCoverage.uncoveredNamesIn(new ParagraphScan(PLACE, text, spans));
    }

    @Test
    void capitalised_multi_word_names_and_acronyms_are_found() {
        assertEquals(
                List.of("League of Arab States", "WIPO"),
                uncovered("It met the League of Arab States and WIPO today."));
        assertEquals(
                List.of("Jointly Build a Community with a Shared Future"),
                uncovered("It released Jointly Build a Community with a Shared Future, a document."));
    }

    @Test
    void covered_names_single_capitalised_words_months_and_currencies_are_not() {
        assertEquals(
                List.of(),
                uncovered("It met the League of Arab States and WIPO today.", "League of Arab States", "WIPO"));
        assertEquals(List.of(), uncovered("China met Kazakhstan, Germany and Thailand."));
        assertEquals(List.of(), uncovered("Between March and June 2022, some US$50 million was seized."));
        assertEquals(
                List.of(),
                uncovered("UNESCO's Recommendation on Ethics was adopted.", "UNESCO", "Recommendation on Ethics"),
                "a possessive between two covered names");
    }

    @Test
    void a_sentence_starts_with_a_capital_that_is_not_part_of_a_name() {
        assertEquals(List.of(), uncovered("In China it grew. The UN agreed.", "China", "UN"));
        assertEquals(List.of("Foo Bar"), uncovered("The Foo Bar met."));
        assertEquals(
                List.of("XYZ"), uncovered("It met. XYZ agreed."), "an acronym at a sentence start is still an acronym");
    }

    @Test
    void punctuation_ends_a_name() {
        assertEquals(List.of(), uncovered("It met Kazakhstan, Kyrgyzstan, Tajikistan."));
        assertEquals(List.of("New Body"), uncovered("They (New Body) met."));
    }

    /** Issue 17.10: a name wrapped across source lines, or with a no-break space, is one name on one line. */
    @Test
    void a_wrapped_or_no_break_spaced_name_is_reported_on_one_line() {
        assertEquals(List.of("League of Arab States"), uncovered("It met the League of\nArab States today."));
        assertEquals(List.of("League of Arab States"), uncovered("It met the League of Arab\u00a0States today."));
        assertEquals(
                List.of("Universit\u00e9 Libre"),
                uncovered("It met the Universite\u0301 Libre today."),
                "an NFD accent is part of its word, and the name is reported in NFC");
    }

    /** Issue 17.10: the line is the one the wrapped name starts on, not the first line of the body. */
    @Test
    void a_wrapped_name_is_reported_at_the_line_it_starts_on() {
        Place place = new Place("06-1.html", "P", "6.1", 1, "p-6-1-1", "6.1.1", 1);
        ContentFile file = new ContentFile(
                Path.of("content/06-1.md"),
                "06-1.md",
                Map.of("title", "P"),
                Map.of(),
                "Intro.\n\nIt met the League of\nArab States, and the Shanghai\u00a0Forum.\n",
                10,
                "");
        List<String> problems = GlossaryCoverage.uncoveredNames(
                        List.of(
                                new GlossaryCoverage.Uncovered("League of Arab States", place),
                                new GlossaryCoverage.Uncovered("Shanghai Forum", place)),
                        List.of(file))
                .stream()
                .map(Problem::format)
                .toList();
        assertEquals(
                List.of(
                        "content/06-1.md:12: \"League of Arab States\" (¶ 6.1.1) is not in the glossary — add"
                                + " content/glossary/league-of-arab-states.md for it (./paperbake glossary draft writes a"
                                + " draft), or add \"League of Arab States\""
                                + " to the aliases of the entry it names",
                        "content/06-1.md:13: \"Shanghai Forum\" (¶ 6.1.1) is not in the glossary — add"
                                + " content/glossary/shanghai-forum.md for it (./paperbake glossary draft writes a"
                                + " draft), or add \"Shanghai Forum\" to the aliases of the entry it names"),
                problems);
    }

    @Test
    void words_of_a_bare_url_are_not_names() {
        assertEquals(List.of(), uncovered("See https://example.org/World-Bank/RCEP/New-Body for it."));
        assertEquals(List.of("New Body"), uncovered("See www.example.org/WIPO and the New Body."));
    }

    /** Issue 17.8: covering 50,000 mentions of one paragraph is not 50,000 times 50,000 steps. */
    @Test
    void a_paragraph_of_fifty_thousand_mentions_is_checked_in_linear_time() {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            spans.add(new int[] {text.length() + 4, text.length() + 25});
            text.append("The League of Arab States met. ");
        }
        ParagraphScan scan = new ParagraphScan(PLACE, text.toString(), spans);
        assertEquals(
                List.of(),
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> GlossaryCoverage.uncoveredNamesIn(scan)));
    }
}
