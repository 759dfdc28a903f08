package org.paperbake.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.kernel.BuildMemory;

class LinkCheckerTest {

    @TempDir
    Path site;

    private List<BrokenLink> brokenLinks() {
        return LinkChecker.findBrokenLinks(SiteScan.of(site, BuildMemory.none()));
    }

    @Test
    void working_relative_links_and_anchors_pass() {
        TestSites.write(
                site.resolve("index.html"),
                "<a href=\"a.html#p-1\">a</a><a href=\"glossary/x.html\">x</a>"
                        + "<a href=\"https://example.org/\">out</a><a href=\"#top\" id=\"top\">top</a>");
        TestSites.write(site.resolve("a.html"), "<p id=\"p-1\">One</p>");
        TestSites.write(site.resolve("glossary/x.html"), "<a href=\"../index.html\">back</a>");
        assertEquals(List.of(), brokenLinks());
    }

    @Test
    void a_missing_page_a_missing_anchor_and_an_absolute_link_are_each_reported() {
        TestSites.write(
                site.resolve("index.html"),
                "<a href=\"gone.html\">1</a><a href=\"a.html#p-9\">2</a>"
                        + "<a href=\"/a.html\">3</a><link rel=\"stylesheet\" href=\"css/missing.css\">");
        TestSites.write(site.resolve("a.html"), "<p id=\"p-1\">One</p>");
        List<String> problems = brokenLinks().stream()
                .map(link -> link.page() + ": " + link.message() + " — " + link.fix())
                .toList();
        assertEquals(
                List.of(
                        "index.html: the link 'gone.html' points at a page that does not exist — link to an existing page",
                        "index.html: the link 'a.html#p-9' points at an anchor that does not exist — did you mean 'a.html#p-1'?",
                        "index.html: the link '/a.html' is absolute — make it relative (for example ../a.html) so the site works under any path",
                        "index.html: the link 'css/missing.css' points at a page that does not exist — link to an existing page"),
                problems);
    }

    @Test
    void a_link_that_climbs_out_of_the_site_is_reported() {
        TestSites.write(site.resolve("index.html"), "<a href=\"../../etc/passwd\">x</a>");
        assertEquals(1, brokenLinks().size());
    }
}
