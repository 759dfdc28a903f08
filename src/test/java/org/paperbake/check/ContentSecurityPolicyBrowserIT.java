package org.paperbake.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperbake.ChromiumFlags;
import org.paperbake.TestSites;
import org.paperbake.pipeline.Site;

/**
 * Loads every page of the real site in headless Chromium, served from loopback and opened from disk,
 * and checks that the Content-Security-Policy blocks nothing the site needs: no violation in the
 * console, and the stylesheet applied.
 */
class ContentSecurityPolicyBrowserIT {

    @TempDir
    static Path folder;

    static Path output;
    static HttpServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildServeAndStartBrowser() throws IOException {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        output = site.resolve("output");
        new Site(site, output, line -> {}).build();
        // The JDK server's timeouts are fixed for the JVM by the first server made: the preview's, not the defaults.
        org.paperbake.serve.DevServer.installTimeouts();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = output.resolve(exchange.getRequestURI().getPath().substring(1))
                    .normalize();
            boolean found = file.startsWith(output) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            exchange.getResponseHeaders()
                    .set(
                            "Content-Type",
                            name.endsWith(".css")
                                    ? "text/css"
                                    : name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(ChromiumFlags.headlessOffline(folder.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build(),
                options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> output.relativize(path).toString())
                    .sorted()
                    .toList();
        }
    }

    /** Loads a URL and returns the console messages about the Content-Security-Policy. */
    private static List<String> violationsLoading(String url) {
        return violationsLoading(url, 0);
    }

    /**
     * Loads a URL and returns the console messages about the Content-Security-Policy, waiting up to
     * 10 s for {@code expected} of them: the browser hands its console to the driver asynchronously,
     * and on a loaded machine a violation can arrive after the page has loaded.
     */
    private static List<String> violationsLoading(String url, int expected) {
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(url);
        List<String> violations = new ArrayList<>();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .pollingEvery(Duration.ofMillis(100))
                    .until(driver -> {
                        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                                .map(LogEntry::getMessage)
                                .filter(message -> message.contains("Content Security Policy"))
                                .forEach(violations::add);
                        return violations.size() >= expected;
                    });
        } catch (TimeoutException e) {
            // Fewer than expected: the caller's assertion says which arrived.
        }
        return violations;
    }

    /** The browser's default body margin is 8px; site.css sets 0, so 0px means the stylesheet was applied. */
    private static String bodyMargin() {
        return String.valueOf(
                ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).marginTop;"));
    }

    @Test
    void every_page_served_over_http_loads_without_a_policy_violation_and_with_its_stylesheet() throws IOException {
        List<String> pages = pages();
        assertTrue(pages.size() >= 7, pages.toString());
        for (String page : pages) {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
            assertEquals(List.of(), violationsLoading(url), page);
            assertEquals("0px", bodyMargin(), page);
        }
    }

    @Test
    void every_page_opened_from_disk_loads_without_a_policy_violation() throws IOException {
        for (String page : pages()) {
            assertEquals(
                    List.of(), violationsLoading(output.resolve(page).toUri().toString()), page);
            assertEquals("0px", bodyMargin(), page);
        }
    }

    @Test
    void the_browser_reports_what_the_policy_blocks_so_the_checks_above_can_fail() throws IOException {
        String page = TestSites.read(output.resolve("index.html"));
        Files.writeString(
                output.resolve("probe.html"),
                page.replace(
                        "</head>",
                        "<style>body { color: red }</style><script>document.title = 'ran';</script></head>"));
        List<String> violations =
                violationsLoading("http://127.0.0.1:" + server.getAddress().getPort() + "/probe.html", 2);
        Files.delete(output.resolve("probe.html"));
        assertEquals(2, violations.size(), violations.toString());
        assertFalse("ran".equals(browser.getTitle()));
        assertTrue(String.join("\n", violations).contains("style-src"), violations.toString());
        assertTrue(String.join("\n", violations).contains("script-src"), violations.toString());
    }
}
