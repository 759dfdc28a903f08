package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.kernel.Problem;

class ParagraphIdCheckTest {

    @TempDir
    Path folder;

    @Test
    void a_missing_a_malformed_and_a_repeated_identifier_are_each_reported_on_their_line_with_the_fix()
            throws IOException {
        write("a.md", "First. <!-- ¶ aaaaa -->\n\nNo identifier here.\n");
        write("b.md", "Copied. <!-- ¶ aaaaa -->\n\nBad. <!-- ¶ lllll -->\n");
        write("term.md", "A definition without one.\n", "term");

        List<String> problems = ParagraphIdCheck.check(ContentReader.readAll(folder)).stream()
                .map(Problem::format)
                .toList();

        assertEquals(3, problems.size(), problems.toString());
        assertEquals(
                true,
                problems.get(0).matches(".*a\\.md:11: this paragraph has no identifier .*ids repair.*"),
                problems.get(0));
        assertEquals(
                true,
                problems.get(1).matches(".*b\\.md:9: the paragraph identifier 'aaaaa' is also used at .*a\\.md:9 .*"),
                problems.get(1));
        assertEquals(
                true,
                problems.get(2).matches(".*b\\.md:11: the paragraph identifier 'lllll' is not .*"),
                problems.get(2));
    }

    private void write(String name, String body) throws IOException {
        write(name, body, "page");
    }

    private void write(String name, String body, String type) throws IOException {
        String front = type.equals("term")
                ? "---\ntitle: Some Term\ntype: term\nstatus: published\ncategory: concept\nshort: A term.\n---\n"
                : "---\ntitle: Page " + name.charAt(0) + "\ntype: page\nstatus: published\ndate: 2023-03-17\norder: "
                        + name.length() + "\nnumber: \"" + name.length() + "\"\n---\n";
        Files.writeString(folder.resolve(name), front + body);
    }
}
