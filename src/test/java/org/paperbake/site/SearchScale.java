package org.paperbake.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures search on a built site in headless Chromium: the index's size, the time from opening
 * {@code search.html?q=…} to the results shown (loading and indexing included), and the time of
 * each further query typed. Not a test: run it by hand against a large built site, e.g. one made
 * with {@code ./paperbake bench --pages 1000 --keep DIR} and {@code ./paperbake build --source DIR/site}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) org.paperbake.site.SearchScale SITE word…
 * </pre>
 */
public final class SearchScale {

    private SearchScale() {}

    /** The index's bytes the page loaded (js/search-index.js and its pieces): their count, total and largest. */
    private static String searchBytes(ChromeDriver driver) {
        return String.valueOf(Browser.js(
                driver,
                "var files = performance.getEntriesByType('resource').filter(function (e) {"
                        + " return /js\\/search(-index\\.js|\\/)/.test(e.name); });"
                        + " var total = 0, largest = 0; files.forEach(function (e) { total += e.encodedBodySize;"
                        + " largest = Math.max(largest, e.encodedBodySize); });"
                        + " return files.length + ' files, ' + total + ' bytes, largest ' + largest;"));
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        List<String> queries = List.of(args).subList(1, args.length);
        Path index = site.resolve("js/search-index.js");
        System.out.printf("js/search-index.js: %,d bytes%n", Files.size(index));
        try (SiteServer server = SiteServer.start(site, "/")) {
            ChromeDriver driver = Browser.start(Files.createTempDirectory("search-scale"));
            try {
                long start = System.nanoTime();
                driver.get(server.url("/") + "search.html?q=" + queries.get(0));
                Browser.waitFor(driver)
                        .withTimeout(java.time.Duration.ofMinutes(10))
                        .until(d -> driver.findElement(By.id("search-status"))
                                .getText()
                                .contains("for “"));
                System.out.printf(
                        "open search.html?q=%s to results shown: %d ms (%s)%n",
                        queries.get(0),
                        (System.nanoTime() - start) / 1_000_000,
                        driver.findElement(By.id("search-status")).getText());
                Object heap = Browser.js(driver, "return performance.memory ? performance.memory.usedJSHeapSize : -1;");
                System.out.printf("JS heap after indexing: %,d bytes%n", ((Number) heap).longValue());
                System.out.printf("bytes the search page fetched for it: %s%n", searchBytes(driver));
                for (String query : queries) {
                    driver.get(server.url("/") + "search.html?q="
                            + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
                    Browser.waitFor(driver)
                            .withTimeout(java.time.Duration.ofMinutes(10))
                            .until(d -> driver.findElement(By.id("search-status"))
                                    .getText()
                                    .contains("for “"));
                    System.out.printf("fresh page, query %-30s fetched %s%n", query, searchBytes(driver));
                }
                for (String query : queries) {
                    Object took = Browser.js(
                            driver,
                            "var box = document.getElementById('search-q'); box.value = arguments[0];"
                                    + " var t = performance.now(); box.form.dispatchEvent(new Event('submit', {cancelable: true}));"
                                    + " return [performance.now() - t, document.getElementById('search-status').textContent];",
                            query);
                    System.out.printf("query %-30s %s%n", query, took);
                }
            } finally {
                driver.quit();
            }
        }
    }
}
