package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paperbake.TestSites;
import org.paperbake.bench.CorpusGenerator;
import org.paperbake.kernel.FileTrees;
import org.paperbake.postprocess.SearchIndexFiles;

/**
 * Search whose index comes in pieces, in headless Chromium: the seed's relevance suite on its
 * index rewritten in pieces, and a generated document of {@value #PAGES} pages (bench's corpus,
 * about 150 MB of text in one script), where no file the search can fetch exceeds {@value #BOUND}
 * bytes and a query still finds its paragraph while fetching a small part of the index.
 */
class SearchAtScaleIT {

    private static final int PAGES = 10_000;
    private static final long BOUND = 2_000_000;
    private static final String NEEDLE = "This paragraph alone names the Zanzibarian cooperation treaties.";

    static Path pieces;
    static Path large;
    static long oneScript;
    static SearchIndexFiles.Needle needle;
    static SiteServer seedServer;
    static SiteServer largeServer;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Path seed = BuiltSites.project("");
        pieces = BuiltSites.ROOT.resolve("search-pieces");
        FileTrees.deleteRecursively(pieces);
        FileTrees.copy(seed, pieces);
        SearchIndexFiles.writeInPieces(pieces);
        large = BuiltSites.ROOT.resolve("search-corpus");
        FileTrees.deleteRecursively(large);
        for (String file :
                List.of("search.html", "js/lunr.min.js", "js/search.js", "js/site.js", "js/theme.js", "css/site.css")) {
            Files.createDirectories(large.resolve(file).getParent());
            Files.copy(seed.resolve(file), large.resolve(file));
        }
        SearchIndexFiles.Needle[] found = new SearchIndexFiles.Needle[1];
        oneScript = SearchIndexFiles.writeCorpus(large, new CorpusGenerator(PAGES, 100, 42), NEEDLE, found);
        needle = found[0];
        seedServer = SiteServer.start(pieces, "/");
        largeServer = SiteServer.start(large, "/");
        driver = Browser.start(TestSites.PROJECT.resolve("target/chromium-profiles"));
        Browser.resize(driver, 1280, 900);
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, seedServer, largeServer);
    }

    /** Opens {@code search.html?q=query} on {@code server} and waits for its results. */
    private void search(SiteServer server, String query) {
        driver.get(server.url("/") + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        Browser.waitFor(driver)
                .withTimeout(Duration.ofMinutes(2))
                .until(d -> driver.findElement(By.id("search-status")).getText().contains("for “"));
    }

    @SuppressWarnings("unchecked")
    private List<String> resultLinks() {
        return (List<String>)
                Browser.js(
                        driver,
                        "var root = new URL('.', document.baseURI).href;"
                                + " return Array.prototype.map.call(document.querySelectorAll('.search-result .result-title a'),"
                                + " function (a) { var u = new URL(a.href); u.search = ''; return u.href.slice(root.length); });");
    }

    /** The index's files this page fetched: name → bytes. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> fetched() {
        return (Map<String, Long>) Browser.js(
                driver,
                "var files = {}; performance.getEntriesByType('resource').forEach(function (e) {"
                        + " if (/js\\/search(-index\\.js|\\/)/.test(e.name)) { files[e.name] = e.encodedBodySize; } });"
                        + " return files;");
    }

    @Test
    void the_relevance_suite_puts_the_same_results_first_when_the_index_is_in_pieces() throws IOException {
        assertTrue(Files.isRegularFile(pieces.resolve("js/search/w0.js")), "the seed's index is in pieces");
        List<String> failures = new ArrayList<>();
        List<SearchRelevanceIT.Case> suite = SearchRelevanceIT.suite();
        for (SearchRelevanceIT.Case query : suite) {
            boolean official = query.query().startsWith(SearchRelevanceIT.OFFICIAL);
            String words = official ? query.query().substring(SearchRelevanceIT.OFFICIAL.length()) : query.query();
            driver.get(seedServer.url("/") + "search.html?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)
                    + (official ? "&official=1" : ""));
            // A pinpoint goes straight to its paragraph: the page it lands on is the first result.
            Browser.waitFor(driver)
                    .until(d -> !driver.getCurrentUrl().contains("search.html")
                            || driver.findElement(By.id("search-status"))
                                    .getText()
                                    .contains("for “"));
            String first;
            if (driver.getCurrentUrl().contains("search.html")) {
                List<String> results = resultLinks();
                first = results.isEmpty() ? "(nothing)" : results.get(0);
            } else {
                first = driver.getCurrentUrl().substring(seedServer.url("/").length());
            }
            if (!List.of(query.expected().split(" \\| ")).contains(first)) {
                failures.add(query.query() + " → " + first + " (expected " + query.expected() + ")");
            }
        }
        assertEquals(List.of(), failures, "of " + suite.size() + " queries");
    }

    @Test
    void no_file_of_a_large_sites_index_exceeds_the_bound() throws IOException {
        assertTrue(oneScript > 50 * BOUND, "in one script the index would be " + oneScript + " bytes");
        try (Stream<Path> files = Files.list(large.resolve("js/search"))) {
            List<String> over = Stream.concat(files, Stream.of(large.resolve("js/search-index.js")))
                    .filter(file -> size(file) > BOUND)
                    .map(file -> file.getFileName() + " " + size(file))
                    .toList();
            assertEquals(List.of(), over);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_query_on_a_large_site_finds_its_paragraph_fetching_a_small_part_of_the_index() {
        search(largeServer, "zanzibarian cooperation");
        List<String> results = resultLinks();
        assertEquals(needle.url(), results.isEmpty() ? "(nothing)" : results.get(0));
        Map<String, Long> files = fetched();
        long total = files.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(files.values().stream().allMatch(bytes -> bytes <= BOUND), files.toString());
        assertTrue(total < oneScript / 20, total + " bytes fetched of " + oneScript + ": " + files.keySet());
        System.out.printf(
                "Search at %,d pages: %,d bytes in one script; the query fetched %d files, %,d bytes%n",
                PAGES, oneScript, files.size(), total);
    }

    @Test
    void a_typo_and_a_pinpoint_on_a_large_site_find_the_paragraph() {
        search(largeServer, "zanzibrian");
        assertEquals(needle.url(), resultLinks().get(0), "one letter missing");
        driver.get(largeServer.url("/") + "search.html?q="
                + URLEncoder.encode("¶ " + needle.number(), StandardCharsets.UTF_8));
        Browser.waitFor(driver)
                .withTimeout(Duration.ofMinutes(2))
                .until(ExpectedConditions.urlContains(
                        needle.url().substring(needle.url().indexOf('#'))));
        assertTrue(driver.getCurrentUrl().endsWith(needle.url()), driver.getCurrentUrl());
    }
}
