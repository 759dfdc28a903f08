package org.paperbake.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.paperbake.kernel.Problem;

/** The built-page check behind the Content-Security-Policy: the meta present, nothing inline that it forbids. */
class ContentSecurityCheckTest {

    private static final String HEAD = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + ContentSecurityCheck.POLICY + "\">\n"
            + "<link rel=\"stylesheet\" href=\"css/site.css\"></head>\n";

    private static List<String> check(String html) {
        return ContentSecurityCheck.checkPage(
                        "output/page.html",
                        Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)))
                .stream()
                .map(Problem::format)
                .toList();
    }

    @Test
    void a_page_with_the_policy_and_only_external_script_and_json_ld_passes() {
        assertEquals(
                List.of(),
                check(HEAD + "<body><p class=\"x\">Text</p>\n<script src=\"js/site.js\"></script>\n"
                        + "<script type=\"application/ld+json\">{\"@type\": \"Article\"}</script></body></html>"));
    }

    @Test
    void a_page_without_the_policy_is_reported() {
        assertEquals(
                List.of(
                        "output/page.html: the page does not declare the site's Content-Security-Policy — render it through"
                                + " layout.ftl's page macro, whose <head> carries the policy meta"),
                check("<!DOCTYPE html>\n<html><head></head><body><p>x</p></body></html>"));
    }

    @Test
    void inline_script_style_handlers_style_attributes_and_script_urls_are_reported_at_their_lines() {
        List<String> problems = check(HEAD + "<body>\n<script>alert(1)</script>\n<style>p{}</style>\n"
                + "<p onclick=\"x()\" style=\"color:red\">t</p>\n<a href=\" JavaScript:alert(1)\">a</a>\n<base href=\"https://evil.example/\">\n"
                + "</body></html>");
        assertEquals(
                List.of(
                        "output/page.html:6: the page has an inline <script> — move the script into a file under assets/js/ and load it with <script src>",
                        "output/page.html:7: the page has an inline <style> — move the rules into a stylesheet under assets/css/",
                        "output/page.html:8: <p> has an event-handler attribute onclick= — attach the handler from a script file under assets/js/",
                        "output/page.html:8: <p> has a style= attribute — give it a class and style the class in assets/css/",
                        "output/page.html:9: <a> has a script URL in href= — link to a page or a file instead",
                        "output/page.html:10: the page has a <base> element — remove it; links are relative to the page"),
                problems);
    }

    @Test
    void the_policy_allows_nothing_from_other_origins() {
        for (String directive : ContentSecurityCheck.POLICY.split("; ")) {
            String sources = directive.substring(directive.indexOf(' ') + 1);
            assertEquals(true, sources.matches("('self'|'none')( data:)?"), directive);
        }
    }

    @Test
    void script_in_an_svg_or_xml_asset_is_reported_and_a_plain_svg_is_not() {
        assertEquals(
                List.of(),
                ContentSecurityCheck.checkActiveDocument(
                        "output/img/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>"));
        assertEquals(
                List.of(
                        "output/img/x.svg:2: the file has script in <script> — remove the script; images and documents in assets/"
                                + " are published as they are",
                        "output/img/x.svg:3: the file has script in <rect> — remove the script; images and"
                                + " documents in assets/ are published as they are"),
                ContentSecurityCheck.checkActiveDocument(
                                "output/img/x.svg",
                                "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                                        + "<script>alert(1)</script>\n<rect onclick=\"alert(1)\"/></svg>")
                        .stream()
                        .map(Problem::format)
                        .toList());
    }
}
