package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** Every generated page passes the Nu Html Checker (run in-process, offline) with zero errors. */
class HtmlValidityIT {

    private static List<String> errorsIn(Path site) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setLoadEntities(false);
        List<String> errors = new ArrayList<>();
        List<String> pages = Files2.list(site, ".html");
        assertTrue(pages.size() >= 11, "the site has its pages: " + pages);
        for (String page : pages) {
            String report = validator.validate(site.resolve(page));
            report.lines()
                    .filter(line -> line.contains("error:") || line.contains("fatal"))
                    .forEach(line -> errors.add(page + ": " + line));
        }
        return errors;
    }

    @Test
    void every_page_of_the_seed_site_is_valid_html() throws Exception {
        assertEquals(List.of(), errorsIn(BuiltSites.project("")));
    }

    @Test
    void every_page_is_valid_with_a_host_set_too_canonical_base_and_all() throws Exception {
        assertEquals(List.of(), errorsIn(BuiltSites.project("https://example.org/paperbake/")));
    }

    @Test
    void no_page_has_inline_script_inline_style_or_event_handlers_so_a_strict_csp_can_apply() {
        Path site = BuiltSites.project("");
        List<String> found = new ArrayList<>();
        for (String page : Files2.list(site, ".html")) {
            org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(org.paperbake.TestSites.read(site.resolve(page)));
            document.select("script:not([src]):not([type=application/ld+json]), style, [style]")
                    .forEach(element -> found.add(page + ": " + element.tagName() + " " + element.attributes()));
            document.getAllElements()
                    .forEach(element -> element.attributes().forEach(attribute -> {
                        if (attribute
                                .getKey()
                                .toLowerCase(java.util.Locale.ROOT)
                                .startsWith("on")) {
                            found.add(page + ": " + attribute);
                        }
                    }));
            // Links (<a href>, such as "Edit this page") are navigations, not requests; loaded resources are.
            document.select("[src^=http], [src^=//], link[href^=http], link[href^=//]")
                    .forEach(element -> found.add(page + ": a request leaves the site: " + element));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void the_validator_reports_an_error_in_an_invalid_page(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        org.paperbake.TestSites.write(
                folder.resolve("a.html"), "<!DOCTYPE html><html lang=en><title>x</title><p><div></span>");
        org.paperbake.TestSites.write(folder.resolve("b.html"), "<!DOCTYPE html><html lang=en><title>x</title><p>ok");
        for (int i = 0; i < 9; i++) {
            org.paperbake.TestSites.write(
                    folder.resolve("c" + i + ".html"), "<!DOCTYPE html><html lang=en><title>x</title><p>ok");
        }
        List<String> errors = errorsIn(folder);
        assertTrue(
                !errors.isEmpty() && errors.stream().allMatch(error -> error.startsWith("a.html")), errors.toString());
    }
}
