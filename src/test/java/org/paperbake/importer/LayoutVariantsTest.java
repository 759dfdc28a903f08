package org.paperbake.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The layouts web copies of white papers come in, each from a fixture under importer/variants/. */
class LayoutVariantsTest {

    private static ParsedWhitePaper variant(String name) {
        return Fixtures.parse(Fixtures.resource("variants/" + name));
    }

    private static Map<Integer, String> droppedReasons(ParsedWhitePaper parsed) {
        Map<Integer, String> reasons = new TreeMap<>();
        parsed.dropped().forEach(line -> reasons.put(line.line(), line.reason()));
        return reasons;
    }

    private static List<String> sectionTitles(ParsedWhitePaper parsed) {
        return parsed.document().sections().stream().map(Section::title).toList();
    }

    @Test
    void a_china_daily_specials_page_keeps_its_title_and_drops_the_navigation_above_it() {
        ParsedWhitePaper parsed = variant("china-daily-specials.txt");
        Metadata metadata = parsed.document().metadata();

        assertEquals(new Found<>("China's Law-Based Cyberspace Governance in the New Era", 3), metadata.title());
        assertEquals(new Found<>("China Daily", 4), metadata.publisher());
        assertEquals(new Found<>(LocalDate.of(2023, 3, 17), 4), metadata.updated());
        assertEquals(new Found<>(4, 25), metadata.part());
        assertEquals(new Found<>(4, 25), metadata.parts());
        assertTrue(metadata.standfirst().value().startsWith("The State Council Information Office on Thursday"));
        assertTrue(metadata.copyright().value().startsWith("Copyright 1995 - 2023 . All rights reserved."));
        Map<Integer, String> dropped = droppedReasons(parsed);
        assertTrue(dropped.get(1).startsWith("site section label"), dropped.toString());
        assertTrue(dropped.get(2).startsWith("site navigation"), dropped.toString());
        assertTrue(dropped.get(3).startsWith("prefix of the title"), dropped.toString());
        assertEquals("share widget", dropped.get(5));
        assertEquals(List.of(), parsed.document().preamble(), "no navigation line reaches the cover's text");
        assertEquals(
                List.of("Preface", "Following the Path of Law-Based Cyberspace Governance", "Conclusion"),
                sectionTitles(parsed));
    }

    @Test
    void a_contents_list_before_the_text_is_dropped_instead_of_making_every_section_appear_twice() {
        ParsedWhitePaper parsed = variant("xinhua-contents.txt");
        Metadata metadata = parsed.document().metadata();

        assertEquals(
                "Jointly Build a Community with a Shared Future in Cyberspace",
                metadata.title().value());
        assertEquals(new Found<>("Xinhua", 5), metadata.publisher());
        assertEquals(new Found<>(LocalDate.of(2022, 11, 7), 5), metadata.posted());
        assertEquals(LocalDate.of(2022, 11, 7), metadata.date().orElseThrow());
        Map<Integer, String> dropped = droppedReasons(parsed);
        assertEquals("site navigation above the title", dropped.get(1));
        assertEquals("editor credit", dropped.get(7));
        assertEquals("contents heading", dropped.get(9));
        for (int line = 11; line <= 14; line++) {
            assertEquals("contents list entry (the text from line 16 holds it)", dropped.get(line));
        }
        assertEquals("editor credit", dropped.get(32));
        assertEquals("site navigation links", dropped.get(34));
        assertEquals(4, parsed.document().sections().size());
        assertEquals(
                "Copyright © 2022 Xinhua News Agency. All rights reserved.",
                metadata.copyright().value());
    }

    @Test
    void the_office_above_a_month_line_is_the_issuer_and_an_unlabelled_contents_list_is_dropped() {
        ParsedWhitePaper parsed = variant("scio-office.txt");
        Metadata metadata = parsed.document().metadata();

        assertEquals(
                "China's International Development Cooperation in the New Era",
                metadata.title().value());
        assertEquals(
                new Found<>("The State Council Information Office of the People's Republic of China", 3),
                metadata.issuer());
        assertNull(metadata.publisher(), "the issuer is not made the publisher of this copy");
        assertEquals(new Found<>(YearMonth.of(2021, 1), 5), metadata.issued());
        assertEquals(List.of(7, 8, 9, 10), List.copyOf(droppedReasons(parsed).keySet()));
        assertEquals(4, parsed.document().sections().size());
        assertEquals(12, parsed.document().sections().get(0).lines().first());
    }

    @Test
    void a_line_the_importer_cannot_place_is_kept_as_text_and_reported_never_made_the_title() {
        ParsedWhitePaper parsed = variant("unplaceable.txt");
        Metadata metadata = parsed.document().metadata();

        assertEquals(new Found<>("China's Law-Based Cyberspace Governance in the New Era", 5), metadata.title());
        assertEquals(new Found<>("www.example-news.org", 1), metadata.sourceHost());
        assertEquals(new Found<>("Xinhua", 7), metadata.publisher());
        assertEquals(new Found<>(LocalDate.of(2023, 3, 16), 7), metadata.posted());
        assertEquals(
                List.of(
                        "Special Coverage",
                        "Photo taken at a press conference in Beijing on Thursday shows the white paper"),
                parsed.document().preamble().stream().map(Paragraph::text).toList());
        List<Integer> keptGuesses = parsed.guesses().stream()
                .filter(guess -> guess.what().contains("kept as text on the cover"))
                .map(Guess::line)
                .toList();
        assertEquals(List.of(3, 11), keptGuesses);
        assertEquals(
                "(c) 2023 Example News Network. All rights reserved.",
                metadata.copyright().value());
        assertEquals("site navigation links", droppedReasons(parsed).get(21));
        assertEquals(1, parsed.document().sections().get(1).intro().size(), "the footer is not Conclusion text");
    }

    @Test
    void every_line_of_every_variant_is_text_metadata_or_reported() {
        for (String name :
                List.of("china-daily-specials.txt", "xinhua-contents.txt", "scio-office.txt", "unplaceable.txt")) {
            String source = Fixtures.resource("variants/" + name);
            ParsedWhitePaper parsed = Fixtures.parse(source);
            List<String> rendered = new MarkdownPages()
                    .render(parsed.document(), name).stream()
                            .map(GeneratedPage::text)
                            .toList();
            String pages = String.join("\n", rendered);
            String[] lines = source.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int number = i + 1;
                String line = Boilerplate.trim(lines[i]).replaceFirst("^([IVX]+|\\d+)\\.\\s+", "");
                boolean reported = parsed.dropped().stream().anyMatch(d -> d.line() == number);
                boolean metadata =
                        parsed.document().metadata().entries().stream().anyMatch(e -> e.line() == number);
                boolean kept = line.isEmpty() || pages.contains(MarkdownText.inline(line)) || pages.contains(line);
                assertTrue(reported || metadata || kept, name + ":" + number + " is lost: " + line);
            }
        }
    }
}
