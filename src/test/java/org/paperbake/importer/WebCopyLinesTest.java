package org.paperbake.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The patterns behind the layout variants, tried on lines of sites the fixtures don't have. */
class WebCopyLinesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Home | Specials",
                "Home -  White Papers -",
                "Home > News > White Papers",
                "Home » Documents",
                "Home / Documents /",
                "HOMEPAGE - Government - Policies",
                "English | 中文",
                "News | Business | Opinion | Culture |"
            })
    void navigation_trails_of_any_site_are_navigation(String line) {
        assertTrue(WebCopyLines.isNavigation(line, false), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "China-Africa Cooperation in the New Era",
                "China's Law-Based Cyberspace Governance in the New Era",
                "Defense - A White Paper on China's National Defense in the New Era",
                "China has explored the path | of law-based cyberspace governance since it gained full access to the internet in 1994.",
                "Xinhua | January 19, 2023"
            })
    void titles_and_sentences_are_not_navigation(String line) {
        assertFalse(WebCopyLines.isNavigation(line, false), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Xinhua | January 19, 2023;Xinhua;2023-01-19;false",
                "China Daily | Updated: 2023-03-17 07:17;China Daily;2023-03-17;true",
                "People's Daily Online | 2021-09-26 14:20;People's Daily Online;2021-09-26;false",
                "Source: Xinhua | 2023-03-16 10:42;Xinhua;2023-03-16;false",
                "(Xinhua) 10:15, March 2, 2024;Xinhua;2024-03-02;false",
                "Updated: 2024-02-29;;2024-02-29;true",
                "By CGTN  19 Jan 2023;CGTN;2023-01-19;false",
                "2022/11/07 - State Council Information Office;State Council Information Office;2022-11-07;false"
            })
    void source_and_date_lines_give_the_outlet_and_the_day(String line, String source, String day, boolean updated) {
        WebCopyLines.SourceDate found = WebCopyLines.sourceDate(line).orElseThrow(() -> new AssertionError(line));
        assertEquals(source, found.source());
        assertEquals(LocalDate.parse(day), found.date());
        assertEquals(updated, found.updated());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Marble 3, 2020 | Statues",
                "China | EU",
                "The white paper was released on January 19, 2023, in Beijing.",
                "Updated: soon"
            })
    void lines_that_only_look_dated_are_not_source_and_date_lines(String line) {
        assertEquals(Optional.empty(), WebCopyLines.sourceDate(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Full text: Jointly Build a Community;Full text:;Jointly Build a Community",
                "Full Text: China's Law-Based Cyberspace Governance;Full Text:;China's Law-Based Cyberspace Governance",
                "FULL TEXT of China's Space Program;FULL TEXT of;China's Space Program",
                "Full-text: A Title;Full-text:;A Title"
            })
    void a_full_text_prefix_is_taken_off_the_title(String line, String prefix, String title) {
        String[] found = WebCopyLines.fullTextTitle(line).orElseThrow();
        assertEquals(prefix, found[0]);
        assertEquals(title, found[1]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xi's moments", "specials", "white papers", "in focus"})
    void lower_case_labels_are_labels(String line) {
        assertTrue(WebCopyLines.isLowerCaseLabel(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Copyright 1995 - 2023 . All rights reserved.",
                "Copyright © The State Council Information Office of the People's Republic of China. All Rights Reserved.",
                "(c) 2023 Example News Network. All rights reserved.",
                "© 2021 CGTN"
            })
    void other_sites_copyright_footers_are_copyright_lines(String line) {
        assertTrue(Boilerplate.isCopyright(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "<  1  2  3  4>;0;4",
                "<  1  2  3  4;4;4",
                "1 2 3>;1;3",
                "« Prev 1 [2] 3 Next »;2;3",
                "1\u00A0 2\u00A0 3 >;1;3"
            })
    void pagination_with_irregular_spacing_arrows_or_a_marked_page_is_pagination(String line, int part, int parts) {
        Boilerplate.Pagination pagination = Boilerplate.pagination(line).orElseThrow(() -> new AssertionError(line));
        assertEquals(part, pagination.part());
        assertEquals(parts, pagination.parts());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {"January 2021;2021-01", "(March 2023);2023-03", "December 1999;1999-12"})
    void month_lines_give_the_month(String line, String month) {
        assertEquals(Optional.of(YearMonth.parse(month)), DateText.month(line, true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"Editor: Wang Ying", "[Web editor: Li Yan]", "Chief Editor: Zhang San", "(Editor: Liu Qian)"})
    void editor_credits_are_recognised(String line) {
        assertTrue(WebCopyLines.isEditorCredit(line));
    }
}
