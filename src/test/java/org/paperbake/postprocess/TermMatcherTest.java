package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules, one edge case each. */
class TermMatcherTest {

    private static final List<String> TERMS = List.of(
            "China",
            "UN",
            "UN Charter",
            "World Internet Conference",
            "international organization of the World Internet Conference",
            "China-EU Taskforce",
            "EU",
            "Cuba",
            "cybercrime",
            "UNESCO",
            "United Nations Children's Fund",
            "United Nations",
            "Central Asia",
            "Data Security Cooperation Initiative of China+Central Asia",
            "he");

    private static final TermMatcher MATCHER = matcher(TERMS);

    private static TermMatcher matcher(List<String> names) {
        List<TermMatcher.Name> list = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            list.add(TermMatcher.Name.of(names.get(i), i));
        }
        return new TermMatcher(list);
    }

    /** The top-level mentions as "text@start". */
    private static List<String> found(String text) {
        return MATCHER.findAll(text).stream()
                .filter(m -> !m.nested())
                .map(m -> text.substring(m.start(), m.end()) + "@" + m.start())
                .toList();
    }

    private static List<String> nested(String text) {
        return MATCHER.findAll(text).stream()
                .filter(TermMatcher.Match::nested)
                .map(m -> text.substring(m.start(), m.end()) + " in " + TERMS.get(m.container()))
                .toList();
    }

    @Test
    void the_longest_name_wins_over_a_name_it_contains() {
        String text = "China initiated the international organization of the World Internet Conference in 2022.";
        assertEquals(List.of("China@0", "international organization of the World Internet Conference@20"), found(text));
        assertEquals(
                List.of("World Internet Conference in international organization of the World Internet Conference"),
                nested(text));
        assertEquals(List.of("World Internet Conference@12"), found("It attended World Internet Conference."));
        assertEquals(List.of("UN Charter@8"), found("Per the UN Charter, no."));
    }

    @Test
    void names_match_whole_words_only() {
        assertEquals(List.of(), found("UNESCOS and Cuban and chinaware and the ghe"));
        assertEquals(List.of("UNESCO@0"), found("UNESCO, not UN-ESCO-like"));
        assertEquals(List.of("Cuba@0", "EU@9"), found("Cuba and EU."));
        assertEquals(List.of("he@0"), found("he hears the theme"));
    }

    @Test
    void a_possessive_ends_the_name() {
        assertEquals(List.of("UN@4", "UN@22"), found("the UN's role and the UN\u2019s part"));
        assertEquals(List.of("United Nations Children's Fund@9"), found("with the United Nations Children's Fund"));
        assertEquals(
                List.of("United Nations Children\u2019s Fund@0"),
                found("United Nations Children\u2019s Fund"),
                "a typographic apostrophe matches a plain one");
    }

    @Test
    void a_hyphenated_compound_is_one_word_unless_it_is_a_name() {
        assertEquals(List.of("China-EU Taskforce@12"), found("It set up a China-EU Taskforce."));
        assertEquals(
                List.of("China in China-EU Taskforce", "EU in China-EU Taskforce"),
                nested("It set up a China-EU Taskforce."));
        assertEquals(
                List.of(),
                found("China-Japan relations and an EU-wide rule"),
                "China and EU are parts of other words here");
        assertEquals(List.of("China@0"), found("China - Japan"), "a spaced dash separates words");
        assertEquals(
                List.of("Data Security Cooperation Initiative of China+Central Asia@0", "Central Asia@63"),
                found("Data Security Cooperation Initiative of China+Central Asia and Central Asia"));
    }

    @Test
    void acronyms_match_their_exact_case_and_names_any_case() {
        assertEquals(List.of(), found("un plan, Un jour, uN"));
        assertEquals(List.of("UN@0"), found("UN"));
        assertEquals(
                List.of("Cybercrime@0", "cybercrime@15", "CYBERCRIME@30"),
                found("Cybercrime and cybercrime and CYBERCRIME"));
        assertEquals(List.of(), found("china-eu taskforce"), "a name with an acronym in it is case-sensitive");
        assertTrue(TermMatcher.hasAcronym("China-EU Taskforce"));
        assertFalse(TermMatcher.hasAcronym("World Internet Conference"));
    }

    @Test
    void leftmost_matches_do_not_overlap_and_come_in_text_order() {
        List<TermMatcher.Match> matches = MATCHER.findAll("China, UN, Cuba, EU");
        assertEquals(
                List.of(0, 7, 11, 17),
                matches.stream().map(TermMatcher.Match::start).toList());
        assertEquals(
                List.of(0, 1, 7, 6),
                matches.stream().map(TermMatcher.Match::term).toList());
    }

    @Test
    void failure_links_find_a_name_that_starts_inside_a_longer_partial_one() {
        TermMatcher m = matcher(List.of("the big cat", "big dog"));
        String text = "the big dog";
        assertEquals(
                List.of("big dog"),
                m.findAll(text).stream()
                        .map(x -> text.substring(x.start(), x.end()))
                        .toList());
    }

    @Test
    void empty_text_and_an_empty_glossary_find_nothing() {
        assertEquals(List.of(), MATCHER.findAll(""));
        assertEquals(List.of(), new TermMatcher(List.of()).findAll("China"));
    }
}
