package org.paperbake.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperbake.importer.Fixtures.paper;
import static org.paperbake.importer.Fixtures.parse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhitePaperParserTest {

    private static final String CHINA_DAILY_HEADER = """
            govt.chinadaily.com.cn

            2023

            China's Law-Based Cyberspace Governance in the New Era

            Updated: Mar 17, 2023 China Daily Print
            Share - WeChat

            """;

    private static final String ONE_SECTION = """
            I. A Section

            Some text of the section.
            """;

    @Test
    void china_daily_header_lines_become_metadata_with_their_line_numbers() {
        Metadata metadata = parse(CHINA_DAILY_HEADER + ONE_SECTION).document().metadata();

        assertEquals(new Found<>("govt.chinadaily.com.cn", 1), metadata.sourceHost());
        assertEquals(new Found<>(Year.of(2023), 3), metadata.year());
        assertEquals(new Found<>("China's Law-Based Cyberspace Governance in the New Era", 5), metadata.title());
        assertEquals(new Found<>(LocalDate.of(2023, 3, 17), 7), metadata.updated());
        assertEquals(new Found<>("China Daily Print", 7), metadata.publication());
        assertEquals(new Found<>("China Daily", 7), metadata.publisher());
    }

    @Test
    void share_widget_lines_are_dropped_and_reported() {
        ParsedWhitePaper parsed =
                parse(CHINA_DAILY_HEADER.replace("Share - WeChat", "Share - WeChat\nShare - Facebook") + ONE_SECTION);

        assertEquals(
                List.of(
                        new DroppedLine(8, "Share - WeChat", "share widget"),
                        new DroppedLine(9, "Share - Facebook", "share widget")),
                parsed.dropped());
    }

    @Test
    void scio_layout_gives_a_month_date_drops_page_markers_and_invents_no_publisher() {
        ParsedWhitePaper parsed = parse(Fixtures.resource("scio-layout.txt"));
        Metadata metadata = parsed.document().metadata();

        assertEquals(new Found<>(YearMonth.of(2023, 3), 3), metadata.issued());
        assertEquals(LocalDate.of(2023, 3, 1), metadata.date().orElseThrow());
        assertNull(metadata.publisher());
        assertEquals(
                List.of(9, 19), parsed.dropped().stream().map(DroppedLine::line).toList());
        assertEquals("page marker (page 1 of 8)", parsed.dropped().get(0).reason());
        assertEquals(
                List.of(SectionKind.PREFACE, SectionKind.NUMBERED, SectionKind.CONCLUSION),
                parsed.document().sections().stream().map(Section::kind).toList());
    }

    @Test
    void pagination_with_only_a_back_arrow_is_the_last_part() {
        Metadata metadata =
                parse(paper(ONE_SECTION + "\n< 1 2 3 4 5 6\n")).document().metadata();

        assertEquals(6, metadata.part().value());
        assertEquals(6, metadata.parts().value());
        assertEquals(7, metadata.part().line());
    }

    @Test
    void pagination_with_only_a_forward_arrow_is_the_first_part() {
        Metadata metadata = parse(paper(ONE_SECTION + "\n1 2 3 >\n")).document().metadata();

        assertEquals(1, metadata.part().value());
        assertEquals(3, metadata.parts().value());
    }

    @Test
    void pagination_with_both_arrows_leaves_the_part_out_and_reports_a_guess() {
        ParsedWhitePaper parsed = parse(paper(ONE_SECTION + "\n< 1 2 3 4 >\n"));

        assertNull(parsed.document().metadata().part());
        assertEquals(4, parsed.document().metadata().parts().value());
        assertEquals(7, parsed.guesses().get(0).line());
        assertTrue(parsed.guesses().get(0).what().contains("pagination"));
    }

    @Test
    void copyright_is_kept_verbatim_and_registration_lines_are_dropped() {
        ParsedWhitePaper parsed = parse(paper(ONE_SECTION + """

                Copyright©2024 China Daily. All rights reserved.

                京ICP备13028878号-6

                京公网安备 11010502032503号
                """));

        assertEquals(
                new Found<>("Copyright©2024 China Daily. All rights reserved.", 7),
                parsed.document().metadata().copyright());
        assertEquals(
                List.of(9, 11), parsed.dropped().stream().map(DroppedLine::line).toList());
        assertTrue(parsed.dropped().stream().allMatch(d -> d.reason().contains("ICP")));
    }

    @Test
    void a_sentence_starting_with_copyright_is_text_not_metadata() {
        ParsedWhitePaper parsed = parse(paper("I. A Section\n\nCopyright protection was strengthened in 2020.\n"));

        assertNull(parsed.document().metadata().copyright());
        assertEquals(
                "Copyright protection was strengthened in 2020.",
                ((Paragraph) parsed.document().sections().get(0).intro().get(0)).text());
    }

    @Test
    void lines_of_only_non_breaking_spaces_are_dropped_and_reported() {
        ParsedWhitePaper parsed = parse(paper(ONE_SECTION + "\n\u00A0\n\n\u00A0 \u00A0\n"));

        assertEquals(
                List.of(
                        new DroppedLine(7, "\u00A0", "only non-breaking spaces"),
                        new DroppedLine(9, "\u00A0 \u00A0", "only non-breaking spaces")),
                parsed.dropped());
    }

    @Test
    void roman_numbered_headings_become_sections_with_their_numeral_and_title() {
        Document document = parse(paper("""
                IV. Fourth Things

                Text four.

                XII. Twelfth Things

                Text twelve.
                """)).document();

        assertEquals(
                List.of("IV", "XII"),
                document.sections().stream().map(Section::numeral).toList());
        assertEquals(
                List.of(4, 12),
                document.sections().stream().map(Section::arabicNumber).toList());
        assertEquals("Twelfth Things", document.sections().get(1).title());
        assertEquals(new LineRange(3, 5), document.sections().get(0).lines());
    }

    @Test
    void preface_and_conclusion_are_sections_of_their_own_kind() {
        Document document =
                parse(paper("Preface\n\nWhy.\n\nConclusion\n\nSo.\n")).document();

        assertEquals(
                List.of(SectionKind.PREFACE, SectionKind.CONCLUSION),
                document.sections().stream().map(Section::kind).toList());
        assertEquals("Conclusion", document.sections().get(1).title());
        assertNull(document.sections().get(1).numeral());
    }

    @Test
    void a_numbered_line_without_a_full_stop_is_a_subsection_heading() {
        Section section = parse(paper(ONE_SECTION + "\n2. Doing Things Well\n\nHow it is done.\n"))
                .document()
                .sections()
                .get(0);

        assertEquals(1, section.subsections().size());
        assertEquals(2, section.subsections().get(0).number());
        assertEquals("Doing Things Well", section.subsections().get(0).title());
        assertEquals(new LineRange(7, 9), section.subsections().get(0).lines());
    }

    @Test
    void a_numbered_sentence_ending_in_a_full_stop_is_a_paragraph() {
        Section section = parse(paper(ONE_SECTION + "\n1. China has done many things.\n\nMore text.\n"))
                .document()
                .sections()
                .get(0);

        assertTrue(section.subsections().isEmpty());
        assertEquals(
                "1. China has done many things.", ((Paragraph) section.intro().get(1)).text());
    }

    @Test
    void a_numbered_line_followed_directly_by_text_is_a_paragraph() {
        Section section = parse(paper(ONE_SECTION + "\n1. Short line\ncontinued on the next line\n"))
                .document()
                .sections()
                .get(0);

        assertTrue(section.subsections().isEmpty());
        assertEquals(
                "1. Short line continued on the next line",
                ((Paragraph) section.intro().get(1)).text());
    }

    @Test
    void a_panel_ends_at_a_paragraph_opening_with_a_lead_in_and_says_so() {
        ParsedWhitePaper parsed = parse(paper("""
                I. A Section

                Panel 3 A Boxed Story

                The first paragraph of the box.

                The second paragraph of the box.

                Building bridges between peoples. China has built many.
                """));
        List<Block> intro = parsed.document().sections().get(0).intro();

        Panel panel = assertInstanceOf(Panel.class, intro.get(0));
        assertEquals(3, panel.number());
        assertEquals("A Boxed Story", panel.title());
        assertEquals(2, panel.paragraphs().size());
        assertEquals(new LineRange(5, 9), panel.lines());
        Paragraph after = assertInstanceOf(Paragraph.class, intro.get(1));
        assertEquals("Building bridges between peoples.", after.leadIn());
        assertTrue(parsed.guesses()
                .contains(new Guess(11, "panel 3 ends before this paragraph, which opens with a lead-in sentence")));
    }

    @Test
    void a_panel_ends_at_the_next_heading() {
        Section section = parse(paper("""
                I. A Section

                1. First

                Panel 1 Box

                Inside the box.

                2. Second

                Outside the box.
                """)).document().sections().get(0);

        assertEquals(
                1,
                ((Panel) section.subsections().get(0).blocks().get(0))
                        .paragraphs()
                        .size());
        assertInstanceOf(Paragraph.class, section.subsections().get(1).blocks().get(0));
    }

    @Test
    void gerund_lead_ins_are_found_and_reported_as_guesses() {
        ParsedWhitePaper parsed = parse(paper(ONE_SECTION + """

                Jointly protecting the rights of minors. China cooperates with others.

                Hosting conferences. Every year since 2014, China has hosted one.
                """));
        List<Block> intro = parsed.document().sections().get(0).intro();

        assertEquals("Jointly protecting the rights of minors.", ((Paragraph) intro.get(1)).leadIn());
        assertEquals("Hosting conferences.", ((Paragraph) intro.get(2)).leadIn());
        assertEquals(List.of(7, 9), parsed.guesses().stream().map(Guess::line).toList());
    }

    @Test
    void sentences_with_a_subject_have_no_lead_in() {
        ParsedWhitePaper parsed = parse(paper(ONE_SECTION + """

                Upholding independence, it joins with other countries. More follows.

                Building platforms is a priority. More follows.

                During the year, China did much. More follows.

                Building one sentence only.
                """));

        assertTrue(parsed.document().sections().get(0).intro().stream()
                .allMatch(block -> ((Paragraph) block).leadIn() == null));
        assertTrue(parsed.guesses().isEmpty());
    }

    @Test
    void crlf_cr_and_lf_line_endings_give_the_same_document() {
        String text = Fixtures.resource("scio-layout.txt");

        ParsedWhitePaper lf = parse(text);
        assertEquals(lf, parse(text.replace("\n", "\r\n")));
        assertEquals(lf, parse(text.replace("\n", "\r")));
    }

    @Test
    void a_utf8_byte_order_mark_is_ignored() {
        byte[] text = Fixtures.resource("scio-layout.txt").getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);

        ParsedWhitePaper parsed = parse(marked);
        assertEquals(parse(text), parsed);
        assertFalse(parsed.document().title().startsWith("\uFEFF"));
    }

    @Test
    void unrecognised_lines_before_the_first_section_are_kept_on_the_cover_and_reported_as_guesses() {
        ParsedWhitePaper parsed = parse("Title Line\n\nA line of introduction the page carried.\n\n"
                + "and a fragment the page carried too\n\n" + ONE_SECTION);

        assertEquals(
                List.of("and a fragment the page carried too"),
                parsed.document().preamble().stream().map(Paragraph::text).toList());
        assertTrue(
                parsed.guesses().stream()
                        .anyMatch(g -> g.line() == 5 && g.what().contains("kept as text on the cover")),
                parsed.guesses().toString());
    }

    @Test
    void the_sentence_right_after_the_title_is_the_standfirst_not_the_document_s_text() {
        ParsedWhitePaper parsed = parse("Title Line\n\nA line of introduction the page carried.\n\n" + ONE_SECTION);

        assertEquals(
                new Found<>("A line of introduction the page carried.", 3),
                parsed.document().metadata().standfirst());
        assertEquals(List.of(), parsed.document().preamble());
        assertTrue(parsed.guesses().stream()
                .anyMatch(g -> g.line() == 3 && g.what().startsWith("standfirst")));
    }
}
