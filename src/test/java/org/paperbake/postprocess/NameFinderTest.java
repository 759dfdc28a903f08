package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a name ends, and which names the document reads as one (issue 14.4). */
class NameFinderTest {

    private static Place place(int paragraph) {
        return new Place("p.html", "P", "1", 1, "p-1-" + paragraph, "1." + paragraph, paragraph);
    }

    private static List<NameFinder.Candidate> candidates(String text, String... covered) {
        List<int[]> spans = new ArrayList<>();
        for (String name : covered) {
            int at = text.indexOf(name);
            spans.add(new int[] {at, at + name.length()});
        }
        return NameFinder.candidatesIn(new ParagraphScan(place(1), text, spans));
    }

    private static List<String> names(String text, String... covered) {
        return candidates(text, covered).stream()
                .map(NameFinder.Candidate::name)
                .toList();
    }

    /** The paragraphs read as one document, its names in reading order. */
    private static List<UncoveredName> document(String... paragraphs) {
        List<GlossaryCoverage.Uncovered> sightings = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            Place place = place(i + 1);
            for (NameFinder.Candidate c : NameFinder.candidatesIn(new ParagraphScan(place, paragraphs[i], List.of()))) {
                sightings.add(new GlossaryCoverage.Uncovered(c.name(), place, c.sides(), c.acronym()));
            }
        }
        return GlossaryCoverage.resolve(sightings);
    }

    @Test
    void with_the_between_two_names_joins_neither() {
        assertEquals(List.of("WTO", "AIIB"), names("It links the WTO with the AIIB."));
        assertEquals(
                List.of("IMF", "Conference on Interaction and Confidence-Building Measures in Asia"),
                names("It links the IMF with the Conference on Interaction and Confidence-Building Measures in Asia."));
        assertEquals(
                List.of("Group of Twenty", "China-Central Asia Summit"),
                names(
                        "Analysts compare the Group of Twenty with the China-Central Asia Summit when discussing trade."));
    }

    @Test
    void the_small_words_a_name_holds_stay_in_it() {
        assertEquals(List.of("Boao Forum for Asia"), names("It met the Boao Forum for Asia."));
        assertEquals(
                List.of("Treaty on the Non-Proliferation of Nuclear Weapons"),
                names("It signed the Treaty on the Non-Proliferation of Nuclear Weapons in 1992."));
        assertEquals(
                List.of("Jointly Build a Community with a Shared Future"),
                names("It released Jointly Build a Community with a Shared Future, a document."));
    }

    @Test
    void a_bare_the_a_possessive_or_a_connector_beside_an_acronym_ends_a_name() {
        assertEquals(List.of("Medal of Honour"), names("They gave Kazakhstan the Medal of Honour."));
        assertEquals(List.of("Belt and Road Initiative"), names("It joined China's Belt and Road Initiative."));
        assertEquals(List.of("People's Republic of China"), names("It is the People's Republic of China."));
        assertEquals(List.of("IMF"), names("It asked the IMF in Asia."));
        assertEquals(List.of("Asian Bank", "UN"), names("It asked the Asian Bank of the UN."));
    }

    @Test
    void and_the_joins_two_names_and_a_plain_and_keeps_both_readings() {
        assertEquals(List.of("World Bank", "African Union"), names("It met the World Bank and the African Union."));
        NameFinder.Candidate belt =
                candidates("It joined the Belt and Road Initiative.").get(0);
        assertEquals("Belt and Road Initiative", belt.name());
        assertEquals(List.of("Belt", "Road Initiative"), belt.sides());
        assertEquals(List.of(), names("It met China and Russia."), "two single words are two names, neither reported");
        assertEquals(
                List.of("Central Asia"), names("It met China and Central Asia.", "China"), "a side an entry names");
    }

    @Test
    void the_document_decides_a_plain_and() {
        assertEquals(
                List.of("Belt and Road Initiative"),
                document("It joined the Belt and Road Initiative.", "The Belt and Road Initiative grew.").stream()
                        .map(UncoveredName::name)
                        .toList());
        List<UncoveredName> korea =
                document("It met the Republic of Korea.", "It met the Republic of Korea and Japan.");
        assertEquals(1, korea.size(), "the side written alone makes the 'and' join two names: " + korea);
        assertEquals("Republic of Korea", korea.get(0).name());
        assertEquals(List.of(place(1), place(2)), korea.get(0).places());
    }

    @Test
    void an_acronym_in_parentheses_after_its_name_is_the_names() {
        NameFinder.Candidate rcep = candidates(
                        "It signed the Regional Comprehensive Economic Partnership (RCEP) in 2020.")
                .get(0);
        assertEquals("RCEP", rcep.acronym());
        assertEquals(
                "", candidates("It met the World Bank (WTO) there.").get(0).acronym(), "WTO is not the World Bank's");
        List<UncoveredName> names = document(
                "Under the RCEP, tariffs fell.", "It signed the Regional Comprehensive Economic Partnership (RCEP).");
        assertEquals(1, names.size(), names.toString());
        assertEquals("Regional Comprehensive Economic Partnership", names.get(0).name());
        assertEquals("RCEP", names.get(0).acronym());
        assertEquals(
                List.of(place(1), place(2)),
                names.get(0).places(),
                "the acronym's sightings before its definition too");
    }

    @Test
    void an_acronym_is_in_capitals_or_a_capital_and_digits() {
        assertTrue(NameFinder.isAcronym("RCEP"));
        assertTrue(NameFinder.isAcronym("G20"));
        assertTrue(NameFinder.isAcronym("COVID-19"));
        assertFalse(NameFinder.isAcronym("China"));
        assertFalse(NameFinder.isAcronym("A"));
        assertTrue(
                NameFinder.abbreviates("CICA", "Conference on Interaction and Confidence-Building Measures in Asia"));
        assertFalse(NameFinder.abbreviates("WTO", "World Bank"));
    }

    @Test
    void a_year_after_a_name_is_part_of_it_and_an_adjective_of_a_place_is_not_a_name() {
        assertEquals(List.of("First Light 2022"), names("It took part in First Light 2022 with others."));
        assertEquals(List.of(), names("It met five Central Asian countries."));
        assertEquals(List.of(), names("Some 2,000 people met in June 2022."));
    }

    /** A hostile paragraph: 50,000 different names, each found once, in linear time. */
    @Test
    void a_paragraph_of_fifty_thousand_different_names_is_read_in_linear_time() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("It met the Body ").append(word(i)).append(". ");
        }
        List<NameFinder.Candidate> found =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> candidates(text.toString()));
        assertEquals(50_000, found.size());
        assertEquals("Body Xaaaa", found.get(0).name());
    }

    private static String word(int i) {
        char[] letters = new char[5];
        letters[0] = 'X';
        int rest = i;
        for (int k = 1; k < letters.length; k++) {
            letters[k] = (char) ('a' + rest % 26);
            rest /= 26;
        }
        return new String(letters);
    }

    @Test
    void the_words_of_a_text_are_the_ones_the_word_pattern_finds_in_any_script_and_with_broken_surrogates() {
        List<String> texts = new ArrayList<>(List.of(
                "",
                "The Belt and Road Initiative's 2,000 partners (BRI) \u2014 e.g. Côte d'Ivoire",
                "Cafe\u0301 naïve Ⅻ ½ ٣ 中华人民共和国 ʰ ǅ x+y a-b-c' ’quoted’",
                "𝐀𝐁𝐂 math letters 😀 emoji 𝟘 math digit \uD835 lone high \uDC00 lone low",
                "--+''\u0301\u0301 marks first a\u20DD enclosed ःa spacing mark",
                "tab\tnew\nline\u00a0nbsp\u2009thin"));
        java.util.Random random = new java.util.Random(13);
        String alphabet = "aZ9 '’+-\u0301\u20DD\u0903½Ⅻ中ʰǅ😀𝐀\uD835\uDC00.,\u00a0";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(40); c > 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher matcher = NameFinder.TOKEN.matcher(text);
            while (matcher.find()) {
                expected.add(matcher.start() + ":" + matcher.group());
            }
            List<String> found = new ArrayList<>();
            NameFinder.Token token = new NameFinder.Token(text);
            while (token.find()) {
                found.add(token.start() + ":" + token.group());
                assertEquals(token.end(), token.start() + token.group().length());
            }

            assertEquals(expected, found, text);
        }
    }
}
