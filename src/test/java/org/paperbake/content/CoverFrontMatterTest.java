package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/** The cover's citation facts are typed front matter: the issuer, the date of issue, the source page, the parts held. */
class CoverFrontMatterTest {

    @TempDir
    Path content;

    private static String cover(String extra) {
        return "---\ntitle: A White Paper\ntype: document\nstatus: published\ndate: 2023-03-17\norder: 0\n"
                + "issuer: State Council Information Office of the People's Republic of China\n" + extra + "---\n";
    }

    @Test
    void the_citation_facts_are_read_typed() throws Exception {
        TestSites.write(
                content.resolve("index.md"),
                cover("issued: 2023-03-16\nsource_url: https://govt.chinadaily.com.cn/a/b.html\n"
                        + "holds: Section VI and the Conclusion\nomitted: the Preface and Sections I–V\n"));

        ContentFile file = ContentReader.readAll(content).get(0);

        assertEquals(LocalDate.of(2023, 3, 16), file.frontMatter().get("issued"));
        assertEquals(
                "https://govt.chinadaily.com.cn/a/b.html", file.frontMatter().get("source_url"));
        assertEquals("the Preface and Sections I–V", file.frontMatter().get("omitted"));
    }

    @Test
    void a_source_url_that_is_not_a_web_address_is_refused_at_its_line() {
        Path file = TestSites.write(content.resolve("index.md"), cover("source_url: javascript:alert(1)\n"));

        assertEquals(
                List.of(file + ":8: 'source_url' is 'javascript:alert(1)', which is not a web address — write the"
                        + " page's full address, starting with https:// (or http://)"),
                problemsOf(content));
    }

    @Test
    void an_issue_date_written_as_words_is_refused() {
        Path file = TestSites.write(content.resolve("index.md"), cover("issued: 16 March 2023\n"));

        assertEquals(
                List.of(file + ":8: 'issued' is \"16 March 2023\" (text) — write a date written YYYY-MM-DD"),
                problemsOf(content));
    }

    private static List<String> problemsOf(Path content) {
        PaperbakeException failure =
                assertThrows(PaperbakeException.ContentProblems.class, () -> ContentReader.readAll(content));
        return failure.problems().stream().map(Problem::format).toList();
    }
}
