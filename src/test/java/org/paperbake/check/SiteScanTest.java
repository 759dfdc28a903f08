package org.paperbake.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Problem;

/** What the scan keeps of a built site's pages, on a folder written by hand. */
class SiteScanTest {

    private static final String HEAD = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + ContentSecurityCheck.POLICY + "\">\n"
            + "<title>T</title></head>\n";

    @Test
    void a_page_keeps_its_ids_and_links_once_each_in_page_order(@TempDir Path site) throws Exception {
        Files.writeString(
                site.resolve("page.html"),
                HEAD + "<body id=\"top\"><a href=\"b.html\">b</a> <a href=\"a.html#x\">a</a>"
                        + "<a href=\"b.html\">b again</a><img src=\"i.png\" alt=\"\"><p id=\"x\">x</p></body></html>");
        SiteScan.Page page = SiteScan.of(site, BuildMemory.none()).pages().get("page.html");
        assertEquals(Set.of("top", "x"), page.ids());
        assertEquals(List.of("b.html", "a.html#x", "i.png"), page.links());
        assertEquals(List.of(), page.securityProblems());
    }

    @Test
    void a_policy_problem_is_reported_at_its_line_though_pages_are_parsed_without_positions(@TempDir Path site)
            throws Exception {
        Files.writeString(site.resolve("clean.html"), HEAD + "<body><p>fine</p></body></html>");
        Files.writeString(
                site.resolve("page.html"), HEAD + "<body>\n<p>one</p>\n<p onclick=\"x()\">two</p>\n</body></html>");
        List<String> problems = SiteScan.of(site, BuildMemory.none()).securityProblems().stream()
                .map(Problem::format)
                .toList();
        assertEquals(
                List.of(
                        "output/page.html:7: <p> has an event-handler attribute onclick= — attach the handler from a script file"
                                + " under assets/js/"),
                problems);
    }
}
