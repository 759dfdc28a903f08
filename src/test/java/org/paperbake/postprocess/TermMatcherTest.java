package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
            "he",
            "Universit\u00e9 de Gen\u00e8ve",
            "Cafe\u0301 Society");

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
    void a_title_in_title_case_is_a_proper_name_and_matches_only_as_written() {
        TermMatcher matcher = matcher(List.of(
                "Jointly Build a Community with a Shared Future in Cyberspace",
                "Community with a shared future in cyberspace",
                "World Forum on Rule of Law in Internet"));
        String verb = "and to jointly build a community with a shared future in cyberspace.";
        List<TermMatcher.Match> inVerb = matcher.findAll(verb);
        assertEquals(1, inVerb.size(), "the verb phrase is not the document's title");
        assertEquals(1, inVerb.get(0).term(), "it names the concept, which is in sentence case");
        String title = "the concept document Jointly Build a Community with a Shared Future in Cyberspace";
        assertEquals(0, matcher.findAll(title).get(0).term());
        assertEquals(List.of(), matcher.findAll("a world forum on rule of law in internet"));
        assertEquals(
                2,
                matcher.findAll("the World Forum on Rule of Law in Internet")
                        .get(0)
                        .term());
        assertTrue(TermMatcher.isTitleCase("Jointly Build a Community with a Shared Future in Cyberspace"));
        assertTrue(TermMatcher.isTitleCase("Sino-Russian Information Security Consultation Mechanism"));
        assertFalse(TermMatcher.isTitleCase("Community with a shared future in cyberspace"));
        assertFalse(TermMatcher.isTitleCase("Cybercrime"), "one word may start a sentence");
        assertFalse(TermMatcher.isTitleCase("telecom and online fraud"));
        assertFalse(TermMatcher.isTitleCase("international organization of the World Internet Conference"));
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

    /**
     * Issue 17.8: one paragraph of 50,000 mentions (the old matcher compared every mention with every
     * candidate: 10,000 took 5.9 s, 50,000 never finished). The bound is generous; the benchmark
     * {@code org.paperbake.jmh.DenseParagraphBenchmark} measures the actual time.
     */
    @Test
    void a_paragraph_of_fifty_thousand_mentions_is_matched_in_linear_time() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append(
                    "The China-EU Taskforce met the UN, the United Nations, Cuba and the World Internet Conference. ");
        }
        List<TermMatcher.Match> matches =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MATCHER.findAll(text));
        assertEquals(50_000, matches.stream().filter(m -> !m.nested()).count());
        assertEquals(20_000, matches.stream().filter(TermMatcher.Match::nested).count());
    }

    /** Issue 17.10: a name wrapped across two source lines, or spaced in any way, is the same name. */
    @Test
    void a_name_wrapped_across_lines_or_with_a_no_break_space_is_found_with_its_original_text() {
        assertEquals(
                List.of("World Internet\nConference@4"), found("the World Internet\nConference met"), "a line break");
        assertEquals(List.of("World Internet\r\n   Conference@0"), found("World Internet\r\n   Conference"));
        assertEquals(List.of("UN\u00a0Charter@4"), found("the UN\u00a0Charter"), "a no-break space");
        assertEquals(List.of("World\u202fInternet\tConference@0"), found("World\u202fInternet\tConference"));
        assertEquals(List.of("Cyber\u00adcrime@0"), found("Cyber\u00adcrime"), "a soft hyphen is invisible");
        assertEquals(List.of("UN@1", "China@6"), found(" UN   China"), "offsets stay those of the text");
    }

    /** Issue 17.10: NFC and NFD spellings of one word are one word, in the text and in the glossary. */
    @Test
    void nfc_and_nfd_spellings_of_a_name_match_each_other() {
        String nfd = "at Universite\u0301 de Gene\u0300ve.";
        assertEquals(List.of("Universite\u0301 de Gene\u0300ve@3"), found(nfd), "NFD text, NFC name");
        assertEquals(List.of("Caf\u00e9 Society@0"), found("Caf\u00e9 Society"), "NFC text, NFD name");
        assertEquals(List.of("Cafe\u0301 Society@0"), found("Cafe\u0301 Society"), "NFD text, NFD name");
        assertEquals(List.of(), found("Cafe Society"), "an unaccented e is another letter");
        assertEquals(TermMatcher.key("Caf\u00e9  society"), TermMatcher.key("Cafe\u0301 Society"));
    }

    /** Issue 17.10: a name inside a bare address is part of the address, not a mention. */
    @Test
    void names_inside_bare_urls_and_email_addresses_are_not_mentions() {
        assertEquals(
                List.of("UN@45"), found("See https://example.org/UN-Charter/China the UN."), "after the URL it is");
        assertEquals(List.of(), found("www.china.cn/Cuba and HTTP://x.org/UN and mailto:UN@un.org"));
        assertEquals(List.of(), found("write to china.desk@un.org"));
        assertEquals(List.of("China@0", "Cuba@25"), found("China (https://x.org/EU) Cuba"));
    }

    @Test
    void a_paragraph_with_many_candidates_is_ordered_as_one_with_few() {
        String sentence = "The China-EU Taskforce met the UN Charter, the United Nations Children's Fund and Cuba. ";
        List<String> few = found(sentence);
        List<String> many = found(sentence.repeat(40)).subList(0, few.size());
        assertEquals(few, many);
        assertEquals(
                nested(sentence),
                nested(sentence.repeat(40)).subList(0, nested(sentence).size()));
    }
}
