package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperbake.kernel.Problem;

/** The raw-HTML, URL and nesting policy on content bodies, each problem at its file line. */
class MarkdownPolicyTest {

    /** The body starts on file line 10, as after a nine-line front matter. */
    private static List<Problem> check(String body) {
        return MarkdownPolicy.check(
                new ContentFile(Path.of("content/page.md"), "page.md", Map.of(), Map.of(), body, 10, ""));
    }

    private static Problem single(String body) {
        List<Problem> problems = check(body);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void the_allowed_inline_html_passes() {
        assertEquals(List.of(), check("""
                The <abbr title="World Internet Conference">WIC</abbr> met in 2<sup>nd</sup> place, H<sub>2</sub>O,<br>
                press <kbd>Ctrl</kbd>. <!-- an editor's note -->

                <br>
                """));
    }

    @Test
    void a_script_element_is_reported_at_its_line() {
        Problem problem = single("First line.\n\nText <script>alert(1)</script> more.\n");
        assertEquals(
                "content/page.md:12: raw HTML <script> is not allowed — content may use only <abbr title>, <sup>, <sub>,"
                        + " <br> and <kbd>; write the rest in Markdown",
                problem.format());
    }

    @Test
    void each_forbidden_element_in_an_html_block_is_reported_at_its_own_line() {
        List<Problem> problems = check("""
                Intro.

                <div>
                <iframe src="https://example.org"></iframe>
                <object data="x.swf"></object>
                <form action="https://example.org"><input name="q"></form>
                <style>p { color: red }</style>
                </div>
                """);
        assertEquals(
                List.of("12:div", "13:iframe", "14:object", "15:form", "15:input", "16:style"),
                problems.stream()
                        .map(p -> p.line() + ":" + p.message().replaceAll(".*<(\\w+)>.*", "$1"))
                        .toList());
    }

    @Test
    void event_handlers_and_style_on_allowed_elements_are_reported() {
        List<Problem> problems =
                check("A <abbr title=\"x\" onclick=\"alert(1)\" STYLE=\"color:red\" class=\"c\">x</abbr>.\n");
        assertEquals(
                List.of(
                        "the attribute onclick= on <abbr> is not allowed — remove it; scripts never run on this site",
                        "the attribute style= on <abbr> is not allowed — remove it; the site's stylesheet does all styling",
                        "the attribute class= on <abbr> is not allowed — remove it; the only attribute content HTML may carry is title= on <abbr>"),
                problems.stream().map(p -> p.message() + " — " + p.fix()).toList());
        problems.forEach(problem -> assertEquals(10, problem.line()));
    }

    @Test
    void svg_and_math_smuggling_is_reported() {
        assertEquals(
                List.of("raw HTML <svg> is not allowed", "raw HTML <script> is not allowed"),
                check("<svg><script>alert(1)</script></svg>\n").stream()
                        .map(Problem::message)
                        .toList());
        assertEquals(
                2, check("x <svg onload=alert(1)><script>1</script></svg>\n").size());
        assertEquals(
                1,
                check("x <math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>\n").stream()
                        .filter(p -> p.message().contains("<math>"))
                        .count());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](&#x6A;&#x61;vascript:alert(1))",
                "[x](java&#9;script:alert(1))",
                "[x](&#32;javascript:alert(1))",
                "[x](<javascript:alert(1)>)",
                "<javascript:alert(1)>",
                "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD4=)",
                "[x](//evil.example/page)",
                "[x](\\\\\\\\evil.example/page)",
                "[x](file:///etc/passwd)",
                "![x](data:image/svg+xml;base64,PHN2Zz4=)",
                "![x](https://tracker.example/pixel.png)",
                "![x](//tracker.example/pixel.png)",
                "![x](javascript:alert(1))"
            })
    void unsafe_urls_are_reported_however_they_are_spelt(String body) {
        Problem problem = single("Intro.\n\n" + body + "\n");
        assertEquals(12, problem.line(), problem.format());
        assertTrue(
                problem.message().startsWith("the link")
                        || problem.message().startsWith("the image")
                        || problem.message().startsWith("the URL"),
                problem.format());
    }

    @Test
    void a_reference_definition_is_reported_at_the_definition() {
        assertEquals(
                14, single("Intro.\n\n[x][r]\n\n[r]: javascript:alert(1)\n").line());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[x](06-1-playing-an-active-role-in-rule-making.html#p-6-1-2)",
                "[x](https://www.scio.gov.cn/)",
                "[x](HTTP://example.org)",
                "[x](mailto:editor@example.org)",
                "[x](#p-6-1-1)",
                "<https://example.org>",
                "![map](images/map.png)",
                "![dot](data:image/png;base64,iVBORw0KGgo=)",
                "`<script>` and `javascript:` in code are text",
                "```\n<script>alert(1)</script>\n```"
            })
    void safe_links_images_and_code_pass(String body) {
        assertEquals(List.of(), check(body + "\n"));
    }

    @Test
    void ten_thousand_nested_blockquotes_are_refused_before_parsing() {
        Problem problem = single("Intro.\n\n" + ">".repeat(10_000) + " deep\n");
        assertEquals(12, problem.line());
        assertTrue(
                problem.message().startsWith("blockquotes and lists are nested 10000 levels deep"), problem.format());
    }

    @Test
    void ten_thousand_nested_lists_on_one_line_or_by_indentation_are_refused() {
        assertEquals(10, single("- ".repeat(10_000) + "x\n").line());
        assertEquals(10, single("1. ".repeat(10_000) + "x\n").line());
        StringBuilder indented = new StringBuilder();
        for (int level = 0; level < 40; level++) {
            indented.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        Problem problem = single(indented.toString());
        assertEquals(10 + MarkdownPolicy.MAX_CONTAINER_NESTING, problem.line(), problem.format());
    }

    @Test
    void deeply_nested_brackets_and_emphasis_are_refused() {
        assertTrue(single("![".repeat(10_000) + "x" + "](a.png)".repeat(10_000) + "\n")
                .message()
                .contains("square brackets"));
        Problem emphasis = single("*a _".repeat(10_000) + "x" + "_ a*".repeat(10_000) + "\n");
        assertTrue(emphasis.message().startsWith("the text is nested"), emphasis.format());
    }

    @Test
    void thematic_breaks_and_ordinary_nesting_are_not_mistaken_for_deep_nesting() {
        assertEquals(
                List.of(),
                check("* * * * * * * * * * * * * * * * * * * *\n\n> > > quoted thrice\n\n- a\n  - b\n    - c\n"));
        assertEquals(0, MarkdownPolicy.containerDepth("* * * * * * * * * * * * * * * * * *"));
        assertEquals(3, MarkdownPolicy.containerDepth("> > - item"));
    }

    /** Issue 17.10: bidirectional overrides and isolates reorder what the page shows ("Trojan Source"). */
    @Test
    void a_direction_override_or_isolate_in_the_body_is_reported_at_its_line_and_column() {
        List<Problem> problems = check("Intro.\n\nThe fee is \u202e01$\u202c today.\nAn \u2067isolate\u2069.\n");
        assertEquals(
                List.of(
                        "content/page.md:12: an invisible direction control U+202E (RIGHT-TO-LEFT OVERRIDE) is in the"
                                + " text (column 12): it makes the page show the text in another order than it is"
                                + " written, searched and reviewed — delete it (GitHub's editor marks it as a hidden"
                                + " character); to mark the direction of a word in another script, the left-to-right"
                                + " and right-to-left marks U+200E and U+200F are allowed",
                        "content/page.md:13: an invisible direction control U+2067 (RIGHT-TO-LEFT ISOLATE) is in the"
                                + " text (column 4)"),
                problems.stream()
                        .map(p -> p.line() == 13
                                ? p.format().substring(0, p.format().indexOf(": it makes"))
                                : p.format())
                        .toList());
    }

    @Test
    void a_direction_control_in_a_front_matter_value_is_reported_at_its_key() {
        List<Problem> problems = MarkdownPolicy.check(new ContentFile(
                Path.of("content/glossary/x.md"),
                "glossary/x.md",
                Map.of("title", "X", "aliases", List.of("A\u202dB")),
                Map.of("title", 2, "aliases", 5),
                "Text.\n",
                10,
                ""));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(5, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("U+202D (LEFT-TO-RIGHT OVERRIDE) is in the text (in 'aliases')"));
    }

    @Test
    void left_to_right_and_right_to_left_marks_are_allowed() {
        assertEquals(List.of(), check("The name \u05e9\u05dc\u05d5\u05dd\u200e (2023) and \u200f, \u061c.\n"));
    }
}
