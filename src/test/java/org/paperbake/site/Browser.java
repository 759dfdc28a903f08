package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperbake.ChromiumFlags;

/**
 * Headless Debian Chromium driven through /usr/bin/chromedriver: never a downloaded browser or
 * driver. Missing Chromium fails the tests loudly; .ci/run installs it.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private Browser() {}

    /** A fresh headless Chromium with its own profile folder below {@code profiles}. */
    static ChromeDriver start(Path profiles) {
        assertTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver;"
                        + " .ci/run installs them)");
        try {
            Files.createDirectories(profiles);
            Path profile = Files.createTempDirectory(profiles, "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(ChromiumFlags.headlessOffline(profile));
            options.addArguments("--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quits the browser and closes the servers, those of them that started. */
    static void stop(ChromeDriver driver, SiteServer... servers) {
        if (driver != null) {
            driver.quit();
        }
        for (SiteServer server : servers) {
            if (server != null) {
                server.close();
            }
        }
    }

    static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static WebDriverWait waitFor(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    static void resize(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Runs axe-core (from its WebJar) on the current page for WCAG 2.0/2.1 A and AA: one line per violation. */
    @SuppressWarnings("unchecked")
    static List<String> axeViolations(ChromeDriver driver) {
        js(driver, axeSource());
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        // WCAG 2.2 AA too; target-size (2.5.8, at least 24x24 px) is off in axe 4.6 unless enabled.
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                        + " 'wcag22aa']}, rules: {'target-size': {enabled: true}}})"
                        + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help"
                        + " + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(' | '); })); },"
                        + " function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) result;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            assertTrue(in != null, "axe-core WebJar on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of the whole page (beyond the viewport), through the DevTools protocol. */
    static void screenshot(ChromeDriver driver, Path file) {
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
