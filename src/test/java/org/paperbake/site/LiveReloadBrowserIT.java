package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperbake.TestSites;
import org.paperbake.serve.DevServer;

/**
 * {@code serve} in Chromium, driven through Selenium: a page left open reloads itself after an
 * edit of its content file — the first edit after start, and the next — and shows the new text.
 * A correctness test: its bound is generous for a busy CI machine, and the latency figures come
 * from {@link ServeLatency}.
 */
class LiveReloadBrowserIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String PAGE = "01-1-a-subsection";

    @TempDir
    Path folder;

    private DevServer server;
    private ChromeDriver driver;

    @BeforeEach
    void start() {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        server = new DevServer(site, site.resolve("output"), 0, line -> {});
        server.start();
        driver = Browser.start(TestSites.PROJECT.resolve("target/chromium-profiles"));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        server.close();
    }

    @Test
    void the_open_page_reloads_itself_with_the_edited_text_after_each_edit() {
        driver.get(server.url() + PAGE + ".html");
        double firstLoad = awaitLoadShowing("A paragraph after the panel.");
        Path file = folder.resolve("site/content/" + PAGE + ".md");

        TestSites.write(file, TestSites.read(file).replace("A paragraph after the panel.", "A first edit, shown."));
        double reloaded = awaitLoadShowing("A first edit, shown.");
        assertTrue(reloaded > firstLoad, "a new load of the page, not the old one: " + firstLoad + " then " + reloaded);

        TestSites.write(file, TestSites.read(file).replace("A first edit, shown.", "A second edit, shown too."));
        awaitLoadShowing("A second edit, shown too.");
        assertEquals(
                server.url() + PAGE + ".html", driver.getCurrentUrl(), "the page reloaded itself; nothing navigated");
        assertEquals("reload", Browser.js(driver, "return performance.getEntriesByType('navigation')[0].type;"));
    }

    @Test
    void a_reload_takes_unchanged_stylesheets_and_scripts_from_the_browsers_cache_and_an_edited_one_anew() {
        driver.get(server.url() + PAGE + ".html");
        awaitLoadShowing("A paragraph after the panel.");
        Path content = folder.resolve("site/content/" + PAGE + ".md");
        TestSites.write(content, TestSites.read(content).replace("A paragraph after the panel.", "An edit, shown."));
        awaitLoadShowing("An edit, shown.");
        assertEquals(
                "site.css 0, site.js 0, live-reload.js 0",
                transfers("css/site.css", "js/site.js", "live-reload.js"),
                "none of them fetched again for the reload");
        assertEquals("", probe(), "the rule is not there before the edit");

        Path css = folder.resolve("site/assets/css/site.css");
        TestSites.write(css, TestSites.read(css) + "\n:root { --edited-in-preview: navy; }\n");
        new WebDriverWait(driver, WITHIN)
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the open page never applied the edited stylesheet")
                .until(d -> probe().equals("navy"));
        assertTrue(
                transfers("css/site.css").matches("site\\.css [1-9][0-9]*"),
                "the edited stylesheet came from the server: " + transfers("css/site.css"));
    }

    /** The edited stylesheet's custom property on the open page, "" until it applies. */
    private String probe() {
        return Browser.js(
                        driver,
                        "return getComputedStyle(document.documentElement).getPropertyValue('--edited-in-preview').trim();")
                .toString();
    }

    /** The bytes each named file of the open page's last load took over the network ("site.css 0, ..."). */
    private String transfers(String... ends) {
        StringBuilder out = new StringBuilder();
        for (String end : ends) {
            Object size = Browser.js(
                    driver,
                    "var end = '/' + arguments[0];"
                            + " var entry = performance.getEntriesByType('resource').filter(function (e) {"
                            + " return e.name.split('?')[0].endsWith(end); })[0];"
                            + " return entry ? entry.transferSize : 'not loaded';",
                    end);
            out.append(out.length() == 0 ? "" : ", ")
                    .append(end.substring(end.lastIndexOf('/') + 1))
                    .append(' ')
                    .append(size);
        }
        return out.toString();
    }

    @Test
    void a_failed_rebuild_shows_its_problems_over_the_last_good_page_until_a_fix_reloads_it() {
        driver.get(server.url() + "conclusion.html");
        awaitLoadShowing("The end, in one paragraph.");
        Path file = folder.resolve("site/content/conclusion.md");
        String good = TestSites.read(file);

        TestSites.write(file, good.replace("order: 200", "ordr: 200"));
        Object box = new WebDriverWait(driver, WITHIN)
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the page never showed the failed rebuild's problems")
                .until(d -> Browser.js(
                        driver,
                        "var box = document.querySelector('.paperbake-build-error[role=alert]');"
                                + " return box ? box.textContent : null;"));
        String problems = box.toString();
        assertTrue(
                problems.startsWith("The rebuild failed — this is the last good site")
                        && problems.contains(
                                "conclusion.md:7: unknown front-matter key 'ordr' — did you mean 'order'?"),
                problems);
        assertTrue(
                (Boolean) Browser.js(
                        driver, "return document.body.textContent.indexOf('The end, in one paragraph.') >= 0;"),
                "the last good page stays below the problems");

        TestSites.write(file, good.replace("The end, in one paragraph.", "The end, fixed."));
        awaitLoadShowing("The end, fixed.");
        assertEquals(0L, Browser.js(driver, "return document.querySelectorAll('.paperbake-build-error').length;"));
    }

    /** Waits for the page to have fired its load event showing {@code text}; returns when that load began (ms). */
    private double awaitLoadShowing(String text) {
        Object origin = new WebDriverWait(driver, WITHIN)
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the open page never showed '" + text + "' after its load event")
                .until(d -> Browser.js(
                        driver,
                        "var nav = performance.getEntriesByType('navigation')[0];"
                                + "return document.body.textContent.indexOf(arguments[0]) >= 0"
                                + " && nav && nav.loadEventEnd > 0 ? performance.timeOrigin : null;",
                        text));
        return ((Number) origin).doubleValue();
    }
}
