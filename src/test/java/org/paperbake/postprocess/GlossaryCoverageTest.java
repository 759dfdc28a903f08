package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
