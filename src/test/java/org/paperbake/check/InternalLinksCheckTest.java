package org.paperbake.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestPage;
import org.paperbake.TestSites;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Problem;

class InternalLinksCheckTest {

    @TempDir
    Path folder;

    private BuiltSite builtSite(String markdownBody) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        TestPage.conclusion().body(markdownBody).writeTo(site.resolve("content/conclusion.md"));
        List<ContentFile> content = ContentReader.readAll(site.resolve("content"));
        return new BuiltSite(SiteConfig.load(site), content, site.resolve("output"), BuildMemory.none());
    }

    @Test
    void a_broken_link_in_markdown_is_reported_on_its_line_even_as_a_reference_or_an_image() {
        BuiltSite site =
                builtSite("Intro.\n\n![a chart](img/chart.png)\n\n- a list with [a link][ref]\n\n[ref]: gone.html#x\n");
        TestSites.write(
                site.folder().resolve("conclusion.html"),
                "<img src=\"img/chart.png\"><a href=\"gone.html#x\">a link</a>");
        TestSites.write(site.folder().resolve("index.html"), "<a href=\"conclusion.html\">c</a>");
        List<String> problems = new InternalLinksCheck()
                .check(site).stream()
                        .map(Problem::format)
                        .map(line -> line.substring(line.indexOf("conclusion.md")))
                        .toList();
        assertEquals(
                List.of(
                        "conclusion.md:11: the link 'img/chart.png' points at a page that does not exist — link to an existing page",
                        "conclusion.md:15: the link 'gone.html#x' points at a page that does not exist — link to an existing page"),
                problems);
    }

    @Test
    void a_broken_link_a_template_writes_on_every_page_is_reported_once() {
        BuiltSite site = builtSite("No links here.\n");
        for (String page : List.of("index.html", "conclusion.html", "glossary/x.html")) {
            String root = page.contains("/") ? "../" : "";
            TestSites.write(site.folder().resolve(page), "<nav><a href=\"" + root + "search.html\">Search</a></nav>");
        }
        List<Problem> problems = new InternalLinksCheck().check(site);
        assertEquals(
                List.of(
                        "output/conclusion.html: the link 'search.html' points at a page that does not exist"
                                + " (not written in the content: a template or a build step made it, on 2 pages) — link to an existing page;"
                                + " fix the template in templates/ or the step that writes it",
                        "output/glossary/x.html: the link '../search.html' points at a page that does not exist"
                                + " (not written in the content: a template or a build step made it) — link to an existing page;"
                                + " fix the template in templates/ or the step that writes it"),
                problems.stream().map(Problem::format).toList());
    }
}
