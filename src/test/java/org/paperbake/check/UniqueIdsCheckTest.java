package org.paperbake.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Problem;

/** Issue 17.7 and 17.11: ids unique on every built page and full.html, pinpoints unique across pages. */
class UniqueIdsCheckTest {

    @TempDir
    Path folder;

    private BuiltSite builtSite() {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        return new BuiltSite(
                SiteConfig.load(site),
                ContentReader.readAll(site.resolve("content")),
                site.resolve("output"),
                BuildMemory.none());
    }

    private static List<String> problems(BuiltSite site) {
        return new UniqueIdsCheck()
                .check(site).stream()
                        .map(Problem::format)
                        .map(line -> line.replaceAll("^.*/content/", "content/"))
                        .toList();
    }

    @Test
    void an_id_twice_on_the_full_text_and_a_pinpoint_on_two_pages_are_reported() {
        BuiltSite site = builtSite();
        TestSites.write(
                site.folder().resolve("full.html"),
                "<p id=\"p-c-1\">Coda</p><p id=\"p-c-1\">Conclusion</p>"
                        + "<aside id=\"panel-8\"></aside><aside id=\"panel-8\"></aside><h2 id=\"x\"></h2>");
        TestSites.write(
                site.folder().resolve("conclusion.html"),
                "<h2 id=\"page-toc-title\"></h2><p id=\"p-c-1\">a</p>" + "<p id=\"p-c-2\">b</p>");
        TestSites.write(
                site.folder().resolve("01-first-things.html"),
                "<h2 id=\"page-toc-title\"></h2><p id=\"p-c-1\">a</p>"
                        + "<p id=\"p-c-2\">b</p><aside id=\"panel-1\"></aside><h3 id=\"panel-1-title\"></h3>");
        assertEquals(
                List.of(
                        "content/conclusion.md: the paragraph or panel id 'p-c-1' (and 1 more) is also on"
                                + " 01-first-things.html, so a pinpoint names two places — give the two pages different"
                                + " numbers, and each panel its own number",
                        "output/full.html: the id 'p-c-1' (and 1 more) is used more than once on full.html, so a link to"
                                + " it is ambiguous — give each part, panel and heading its own number or title"),
                problems(site));
    }

    @Test
    void a_site_whose_ids_are_unique_has_no_problem() {
        BuiltSite site = builtSite();
        TestSites.write(site.folder().resolve("full.html"), "<p id=\"p-i-1\"></p><p id=\"p-c-1\"></p>");
        TestSites.write(
                site.folder().resolve("conclusion.html"), "<p id=\"p-c-1\"></p><h2 id=\"page-toc-title\"></h2>");
        TestSites.write(
                site.folder().resolve("01-first-things.html"), "<p id=\"p-i-1\"></p><h2 id=\"page-toc-title\"></h2>");
        assertEquals(List.of(), problems(site));
    }

    @Test
    void an_edition_under_versions_is_a_text_of_its_own_whose_pinpoints_may_repeat_the_current_ones() {
        BuiltSite site = builtSite();
        TestSites.write(site.folder().resolve("conclusion.html"), "<p id=\"p-c-1\">now</p>");
        TestSites.write(site.folder().resolve("versions/edition-1/conclusion.html"), "<p id=\"p-c-1\">then</p>");
        TestSites.write(site.folder().resolve("versions/edition-1/full.html"), "<p id=\"p-c-1\">then</p>");
        TestSites.write(site.folder().resolve("versions/edition-1/coda.html"), "<p id=\"p-c-1\">clash</p>");
        assertEquals(
                List.of("output/versions/edition-1/conclusion.html: the paragraph or panel id 'p-c-1' is also on"
                        + " versions/edition-1/coda.html, so a pinpoint names two places — give the two pages"
                        + " different numbers, and each panel its own number"),
                problems(site));
    }
}
