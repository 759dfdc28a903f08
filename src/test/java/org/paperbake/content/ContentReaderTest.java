package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperbake.TestSites;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

class ContentReaderTest {

    @TempDir
    Path content;

    private static final String SECTION = """
            ---
            title: First Things
            type: section
            status: published
            date: 2023-03-17
            number: "I"
            order: 100
            ---
            Body text.
            """;

    @Test
    void a_valid_page_is_read_with_typed_front_matter_and_its_body() {
        TestSites.write(content.resolve("01-first.md"), SECTION);
        ContentFile file = ContentReader.readAll(content).get(0);
        assertEquals("First Things", file.title());
        assertEquals(DocumentType.SECTION, file.type());
        assertEquals(Status.PUBLISHED, file.status());
        assertEquals(OptionalInt.of(100), file.order());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 17)), file.date());
        assertEquals("Body text.\n", file.body());
        assertEquals(9, file.bodyLine());
        assertEquals("01-first", file.slug());
        assertEquals("01-first.html", file.outputPath());
        assertEquals(7, file.lineOf("order"));
    }

    @Test
    void the_projects_own_content_is_valid() {
        List<ContentFile> files = ContentReader.readAll(TestSites.PROJECT.resolve("content"));
        assertEquals(true, files.size() >= 6, "the imported seed gives at least six pages");
    }

    @Test
    void crlf_line_endings_and_a_byte_order_mark_read_the_same() {
        TestSites.write(content.resolve("01-first.md"), "\uFEFF" + SECTION.replace("\n", "\r\n"));
        ContentFile file = ContentReader.readAll(content).get(0);
        assertEquals("First Things", file.title());
        assertEquals("Body text.\n", file.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed quote      | title: "First Things                | 2 | the quoted value on this line is never closed — end the value with the same quote mark it starts with
            duplicate key       | title: A\\ntitle: B                  | 3 | the front matter is not valid YAML: found duplicate key title — keep only one line with this key
            wrong type          | order: "ten"                        | 7 | 'order' is "ten" (text) — write a whole number
            unknown key         | categroy: concept                   | 8 | unknown front-matter key 'categroy' — did you mean 'category'?
            bad type value      | type: sectoin                       | 3 | 'type' is 'sectoin' — did you mean 'section'? use one of document, section, subsection, page, term, listing
            unknown type        | type: chapter                       | 3 | 'type' is 'chapter' — use one of document, section, subsection, page, term, listing
            bad status value    | status: publised                    | 4 | 'status' is 'publised' — did you mean 'published'? use one of published, draft
            bad date            | date: 17 March 2023                 | 5 | 'date' is "17 March 2023" (text) — write a date written YYYY-MM-DD
            """)
    void a_bad_front_matter_value_is_reported_at_its_line(String name, String line, int expectedLine, String expected) {
        String key = line.substring(0, line.indexOf(':'));
        String page = SECTION.lines()
                .map(existing -> existing.startsWith(key + ":") ? line.replace("\\n", "\n") : existing)
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow();
        if (!page.contains(line.replace("\\n", "\n"))) {
            page = page.replaceFirst("---\n", "---\n").replace("order: 100", "order: 100\n" + line);
        }
        Path file = TestSites.write(content.resolve("01-first.md"), page + "\n");
        assertEquals(List.of(file + ":" + expectedLine + ": " + expected), problemsOf(content));
    }

    @Test
    void tab_indentation_is_reported_with_its_fix() {
        Path file = TestSites.write(
                content.resolve("01-first.md"), SECTION.replace("order: 100", "order: 100\naliases:\n\t- A"));
        List<String> problems = problemsOf(content);
        assertEquals(1, problems.size());
        assertEquals(
                true, problems.get(0).startsWith(file + ":9: the front matter is not valid YAML"), problems.get(0));
        assertEquals(true, problems.get(0).endsWith("— indent with spaces, not tabs"), problems.get(0));
    }

    @Test
    void missing_required_keys_are_each_reported() {
        Path file = TestSites.write(
                content.resolve("01-first.md"), "---\ntitle: T\ntype: subsection\nstatus: published\n---\n");
        assertEquals(
                List.of(
                        file + ":1: a subsection page needs 'date' — add a line 'date: …' to the front matter",
                        file + ":1: a subsection page needs 'number' — add a line 'number: …' to the front matter",
                        file + ":1: a subsection page needs 'order' — add a line 'order: …' to the front matter",
                        file + ":1: a subsection page needs 'parent' — add a line 'parent: …' to the front matter"),
                problemsOf(content));
    }

    @Test
    void a_file_of_unknown_type_or_status_never_reaches_the_stages_and_the_valid_ones_do() {
        TestSites.write(content.resolve("01-first.md"), SECTION);
        TestSites.write(content.resolve("02-chapter.md"), SECTION.replace("type: section", "type: chapter"));
        TestSites.write(content.resolve("03-final.md"), SECTION.replace("status: published", "status: final"));
        List<Problem> problems = new ArrayList<>();
        List<ContentFile> files = ContentReader.readAllCollecting(content, problems, BuildMemory.none());
        assertEquals(
                List.of("01-first.md"),
                files.stream().map(ContentFile::relativePath).toList());
        assertEquals(DocumentType.SECTION, files.get(0).type());
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void a_glossary_entry_needs_a_known_category() {
        Path file = TestSites.write(
                content.resolve("glossary/x.md"),
                "---\ntitle: X\ntype: term\nstatus: published\ncategory: thing\nshort: An X.\n---\nAn X.\n");
        assertEquals(
                List.of(file + ":5: 'category' is 'thing' — use one of organization, agreement, initiative,"
                        + " mechanism, event, operation, place, concept"),
                problemsOf(content));
    }

    @Test
    void a_glossary_entry_may_be_never_linked_and_a_misspelt_link_setting_is_refused() {
        Path file = TestSites.write(
                content.resolve("glossary/x.md"),
                "---\ntitle: X\ntype: term\nstatus: published\ncategory: place\nshort: An X.\nlink: nevr\n---\nAn X.\n");
        assertEquals(
                List.of(file + ":7: 'link' is 'nevr' — did you mean 'never'? use one of policy, never"),
                problemsOf(content));
        TestSites.write(file, TestSites.read(file).replace("link: nevr", "link: never"));
        assertEquals(false, ContentReader.readAll(content).get(0).isLinked(), "read without a problem");
    }

    @Test
    void a_file_without_front_matter_is_told_to_add_it() {
        Path file = TestSites.write(content.resolve("notes.md"), "Just text.\n");
        assertEquals(
                List.of(file + ":1: couldn't find front matter — start the file with a line '---', the page's"
                        + " settings (title: …, type: …), and another '---'"),
                problemsOf(content));
    }

    @Test
    void unclosed_front_matter_is_reported_where_it_opens() {
        Path file = TestSites.write(content.resolve("notes.md"), "---\ntitle: T\n");
        assertEquals(
                List.of(file
                        + ":1: the front matter opened here is never closed — add a line '---' after the last setting"),
                problemsOf(content));
    }

    @Test
    void invalid_utf8_is_reported_at_its_line() throws IOException {
        Path file = content.resolve("01-first.md");
        byte[] valid = SECTION.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(valid, valid.length + 3);
        bytes[valid.length] = (byte) 0xC3;
        bytes[valid.length + 1] = (byte) 0x28;
        bytes[valid.length + 2] = '\n';
        Files.write(file, bytes);
        assertEquals(
                List.of(file + ":10: the file is not valid UTF-8 — save it as UTF-8 (GitHub's editor always does)"),
                problemsOf(content));
    }

    @Test
    void a_nul_byte_is_reported_at_its_line() {
        Path file = TestSites.write(content.resolve("01-first.md"), SECTION + "a\0b\n");
        assertEquals(
                List.of(file + ":10: the file contains a NUL byte — remove it; content files are plain UTF-8 text"),
                problemsOf(content));
    }

    @Test
    void an_oversized_file_is_refused_without_being_parsed() throws IOException {
        Path file = TestSites.write(content.resolve("01-first.md"), SECTION);
        Files.writeString(
                file, "x".repeat((int) ContentReader.MAX_FILE_BYTES), java.nio.file.StandardOpenOption.APPEND);
        assertEquals(
                List.of(file + ": the file is larger than 2 MB — split it into several pages"), problemsOf(content));
    }

    @Test
    void a_symbolic_link_in_content_is_refused() throws IOException {
        Path outside =
                TestSites.write(content.getParent().resolve(content.getFileName() + "-outside/secret.md"), SECTION);
        Path link = Files.createSymbolicLink(content.resolve("linked.md"), outside);
        assertEquals(
                List.of(link + ": content may not be a symbolic link — replace the link with the file itself"),
                problemsOf(content));
    }

    @Test
    void a_parent_that_does_not_exist_gets_a_suggestion() {
        TestSites.write(content.resolve("01-first.md"), SECTION);
        Path file = TestSites.write(content.resolve("01-1-sub.md"), """
                ---
                title: Sub
                type: subsection
                status: published
                date: 2023-03-17
                number: "1.1"
                order: 110
                parent: 01-frist
                ---
                """);
        assertEquals(
                List.of(file + ":8: the parent page '01-frist' does not exist — did you mean '01-first'?"),
                problemsOf(content));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a b.md      | a b      | a-b.md
            café.md     | café     | cafe.md
            a#b.md      | a#b      | a-b.md
            x:y.md      | x:y      | x-y.md
            %2e%2e.md   | %2e%2e   | 2e-2e.md
            Conclusion.md | Conclusion | conclusion.md
            a_b.md      | a_b      | a-b.md
            """)
    void a_file_name_that_is_not_a_slug_is_refused_with_the_slug_to_rename_to(
            String name, String shown, String suggested) {
        Path file = TestSites.write(content.resolve(name), SECTION);
        assertEquals(
                List.of(file + ":1: the name '" + shown + "' is not a page address: use lower-case ASCII letters and"
                        + " digits, words joined by hyphens — rename the file to " + suggested),
                problemsOf(content));
    }

    @Test
    void a_file_name_with_a_newline_is_refused_on_one_line() {
        Path file = TestSites.write(content.resolve("secret\nplan.md"), SECTION);
        String shown = file.toString().replace("\n", "\\n");
        assertEquals(
                List.of(shown + ":1: the name 'secret\\nplan' is not a page address: use lower-case ASCII letters"
                        + " and digits, words joined by hyphens — rename the file to secret-plan.md"),
                problemsOf(content));
    }

    @Test
    void a_folder_name_that_is_not_a_slug_is_refused_too() {
        Path file = TestSites.write(content.resolve("Glossary Terms/rcep.md"), SECTION);
        assertEquals(
                List.of(file + ":1: the name 'Glossary Terms' is not a page address: use lower-case ASCII letters and"
                        + " digits, words joined by hyphens — rename it to glossary-terms/rcep.md (below the content"
                        + " folder)"),
                problemsOf(content));
    }

    @Test
    void a_file_name_longer_than_the_bound_is_refused_before_jbake_sees_it() {
        String longName = "x".repeat(252);
        Path file = TestSites.write(content.resolve(longName + ".md"), SECTION);
        assertEquals(
                List.of(file + ":1: the name '" + longName + "' is 252 characters long, more than 150 — rename the file"
                        + " to " + "x".repeat(150) + ".md"),
                problemsOf(content));
        Files.exists(file);
    }

    @Test
    void a_name_of_exactly_the_bound_is_read() {
        TestSites.write(content.resolve("x".repeat(FileNames.MAX_SLUG_LENGTH) + ".md"), SECTION);
        assertEquals(1, ContentReader.readAll(content).size());
    }

    @Test
    void a_parent_cycle_is_reported_on_every_page_of_the_cycle() {
        TestSites.write(content.resolve("01-first.md"), SECTION);
        String sub = """
                ---
                title: Sub
                type: subsection
                status: published
                date: 2023-03-17
                number: "NUMBER"
                order: 110
                parent: PARENT
                ---
                """;
        Path a = TestSites.write(
                content.resolve("a.md"), sub.replace("NUMBER", "1.1").replace("PARENT", "b"));
        Path b = TestSites.write(
                content.resolve("b.md"), sub.replace("NUMBER", "1.2").replace("PARENT", "a"));
        Path c = TestSites.write(
                content.resolve("c.md"), sub.replace("NUMBER", "1.3").replace("PARENT", "c"));
        String fix = " — set 'parent' to a section; a section has no 'parent'";
        assertEquals(
                List.of(
                        a + ":8: the parent pages go round in a circle (a → b → a), so no part of the contents leads"
                                + " here" + fix,
                        b + ":8: the parent pages go round in a circle (a → b → a), so no part of the contents leads"
                                + " here" + fix,
                        c + ":8: the parent pages go round in a circle (c → c), so no part of the contents leads here"
                                + fix),
                problemsOf(content));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3000000000", "-3000000000", "99999999999999999999999"})
    void an_order_beyond_an_int_is_reported_as_too_large_not_as_text(String order) {
        Path file = TestSites.write(content.resolve("01-first.md"), SECTION.replace("order: 100", "order: " + order));
        assertEquals(
                List.of(file + ":7: 'order' is " + order + ", outside the whole numbers allowed (-2147483648 to"
                        + " 2147483647) — use a smaller number; only the order of the numbers counts, not their size"),
                problemsOf(content));
    }

    @Test
    void problems_in_several_files_are_all_reported() {
        TestSites.write(content.resolve("a.md"), "no front matter\n");
        TestSites.write(content.resolve("b.md"), "no front matter either\n");
        assertEquals(2, problemsOf(content).size());
    }

    @Test
    void a_missing_content_folder_is_bad_input() {
        PaperbakeException failure =
                assertThrows(PaperbakeException.BadInput.class, () -> ContentReader.readAll(content.resolve("absent")));
        assertEquals(2, failure.exitCode());
    }

    @Test
    void front_matter_keys_keep_their_file_order() {
        TestSites.write(content.resolve("01-first.md"), SECTION);
        Map<String, Object> values = ContentReader.readAll(content).get(0).frontMatter();
        assertEquals(List.of("title", "type", "status", "date", "number", "order"), List.copyOf(values.keySet()));
    }

    private static List<String> problemsOf(Path content) {
        PaperbakeException failure =
                assertThrows(PaperbakeException.ContentProblems.class, () -> ContentReader.readAll(content));
        return failure.problems().stream().map(Problem::format).toList();
    }
}
