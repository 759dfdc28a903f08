package org.paperbake.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    /** Pages whose order of ids and links, nesting and policy differ, each read both ways. */
    private static final List<String> PAGES = List.of(
            HEAD + "<body id=\"top\"><a href=\"b.html\"><img id=\"i\" src=\"i.png\" alt=\"\"></a>"
                    + "<map><area href=\"m.html\"></map><link href=\"s.css\"><script src=\"s.js\"></script>"
                    + "<p id=\"x\">x <a href=\"b.html\">again</a></p><div id=\"top\"><p id=\"x\">dup</p></div>"
                    + "<table><tr><td><a href=\"t.html#c\" id=\"t\">cell</a></td></tr><a href=\"f.html\">fostered</a>"
                    + "</table><b><i><a href=\"n.html\">mis</b>nested</i></a><ul><li>one<li id=\"y\">two</ul>"
                    + "</body></html>",
            HEAD + "<body><p onclick=\"x()\">handler</p><a href=\"javascript:x()\">script URL</a></body></html>",
            "<!DOCTYPE html><html><head><title>No policy</title></head><body><a href=\"a.html\">a</a></body></html>",
            "<!DOCTYPE html><html><head><meta http-equiv=\"content-security-policy\" content=\"default-src *\">"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + ContentSecurityCheck.POLICY
                    + "\"></head><body></body></html>",
            HEAD + "<body>" + "<ol>"
                    + "<li><time>2020</time> <q>A &amp; B</q> <a class=\"pinpoint\" href=\"p.html#p-1\">¶ 1</a></li>"
                            .repeat(5000)
                    + "</ol><style>p{}</style></body></html>");

    @Test
    void a_page_read_as_a_stream_gives_what_its_whole_tree_gives(@TempDir Path site) throws Exception {
        for (int i = 0; i < PAGES.size(); i++) {
            Path file = site.resolve("page-" + i + ".html");
            Files.writeString(file, PAGES.get(i));
            assertEquals(
                    SiteScan.scanPage(file.getFileName().toString(), PAGES.get(i), new HashMap<>()),
                    SiteScan.streamPage(file.getFileName().toString(), file, new HashMap<>()),
                    "page " + i);
        }
    }

    @Test
    void a_page_above_the_streaming_size_is_scanned_as_a_stream_to_the_same_result(@TempDir Path site)
            throws Exception {
        String big = HEAD + "<body id=\"top\">"
                + "<p id=\"x\"><a href=\"b.html#x\">b</a><img src=\"i.png\" alt=\"\"></p>"
                        .repeat((int) (SiteScan.STREAMED_PAGE_BYTES / 40))
                + "</body></html>";
        Files.writeString(site.resolve("big.html"), big);
        SiteScan.Page page = SiteScan.of(site, BuildMemory.none()).pages().get("big.html");
        assertEquals(SiteScan.scanPage("big.html", big, new HashMap<>()), page);
        assertEquals(List.of("x"), page.duplicateIds());
        assertEquals(List.of("b.html#x", "i.png"), page.links());
    }

    @Test
    void a_page_handed_over_is_read_from_its_tree_while_its_file_holds_the_text_written_from_it(@TempDir Path site)
            throws Exception {
        String text = HEAD + "<body><p id=\"x\"><a href=\"b.html\">b</a></p></body></html>";
        Files.writeString(site.resolve("kept.html"), text);
        Files.writeString(site.resolve("rewritten.html"), text);
        // Trees that differ from their text show which of the two the scan read.
        Document tree = Jsoup.parse(text);
        tree.selectFirst("p").appendElement("a").attr("href", "from-the-tree.html");
        SiteScan.Handover handover = new SiteScan.Handover();
        handover.written("kept.html", tree, text);
        handover.written("rewritten.html", tree, text);
        Files.writeString(site.resolve("rewritten.html"), text.replace("b.html", "c.html"));

        SiteScan scan = SiteScan.of(site, BuildMemory.none(), handover);

        assertEquals(
                List.of("b.html", "from-the-tree.html"),
                scan.pages().get("kept.html").links());
        assertEquals(List.of("c.html"), scan.pages().get("rewritten.html").links());
        assertEquals(1, scan.pagesReadFromTrees());
    }

    @Test
    void a_tree_with_a_policy_problem_is_not_kept_so_that_its_file_is_parsed_to_locate_it(@TempDir Path site)
            throws Exception {
        String text = HEAD + "<body>\n<p onclick=\"x()\">two</p>\n</body></html>";
        Files.writeString(site.resolve("page.html"), text);
        SiteScan.Handover handover = new SiteScan.Handover();
        handover.written("page.html", Jsoup.parse(text), text);

        SiteScan scan = SiteScan.of(site, BuildMemory.none(), handover);

        assertEquals(0, scan.pagesReadFromTrees());
        assertEquals(
                List.of("output/page.html:6: <p> has an event-handler attribute onclick= — attach the handler from a"
                        + " script file under assets/js/"),
                scan.securityProblems().stream().map(Problem::format).toList());
    }
}
