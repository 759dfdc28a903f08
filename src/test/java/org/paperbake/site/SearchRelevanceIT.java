package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paperbake.TestSites;

/**
 * Search on the built seed site in headless Chromium: the relevance suite of
 * {@code src/test/resources/search/relevance.tsv} (each query's expected first result), and what a
 * reader sees of pinpoints, aliases, typos, suggestions and glossary results.
 */
class SearchRelevanceIT {

    private static final String SUITE = "search/relevance.tsv";
    private static final String SUBSECTION = "06-2-conducting-extensive-exchanges-and-cooperation.html";

    static Path site;
    static SiteServer server;
    static ChromeDriver driver;

    /** One query of the suite and the result it must put first (one of them, where they are separated by " | "). */
    record Case(String query, String expected, String why) {}

    /** A query of the suite that starts so is typed with "Only the document's text" ticked. */
    static final String OFFICIAL = "official: ";

    @BeforeAll
    static void start() {
        site = BuiltSites.project("");
        server = SiteServer.start(site, "/");
        driver = Browser.start(TestSites.PROJECT.resolve("target/chromium-profiles"));
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    @BeforeEach
    void desktopWindow() {
        Browser.resize(driver, 1280, 900);
    }

    private void open(String page) {
        driver.get(server.url("/") + page);
        Browser.waitFor(driver).until(d -> "complete".equals(Browser.js(driver, "return document.readyState;")));
    }

    static List<Case> suite() {
        try (InputStream in = SearchRelevanceIT.class.getClassLoader().getResourceAsStream(SUITE)) {
            assertTrue(in != null, SUITE + " on the test classpath");
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertEquals(3, columns.length, "query, expected result, why: " + line);
                cases.add(new Case(columns[0], columns[1], columns[2]));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Types {@code query} into the search page's box as a reader would (the results follow the
     * input event) and returns the results' links relative to the site root, without their
     * {@code ?hl=} words.
     */
    @SuppressWarnings("unchecked")
    private List<String> typed(String typed) {
        boolean official = typed.startsWith(OFFICIAL);
        String query = official ? typed.substring(OFFICIAL.length()) : typed;
        Browser.js(
                driver,
                "document.getElementById('search-official').checked = arguments[1];"
                        + " document.getElementById('search-status').textContent = '';"
                        + " var box = document.getElementById('search-q'); box.value = arguments[0];"
                        + " box.dispatchEvent(new Event('input', {bubbles: true}));",
                query,
                official);
        String expectedStatus = "“" + query + "”";
        Browser.waitFor(driver)
                .until(d -> driver.findElement(By.id("search-status")).getText().contains(expectedStatus));
        return (List<String>)
                Browser.js(
                        driver,
                        "var root = new URL('.', document.baseURI).href;"
                                + " return Array.prototype.map.call(document.querySelectorAll('.search-result .result-title a'),"
                                + " function (a) { var u = new URL(a.href); u.search = ''; return u.href.slice(root.length); });");
    }

    @Test
    void every_query_of_the_relevance_suite_puts_its_expected_result_first() throws IOException {
        open("search.html");
        List<Case> suite = suite();
        assertTrue(suite.size() >= 25, "the suite has at least 25 queries: " + suite.size());
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        for (Case query : suite) {
            long start = System.nanoTime();
            List<String> results = typed(query.query());
            slowest = Math.max(slowest, System.nanoTime() - start);
            String first = results.isEmpty() ? "(nothing)" : results.get(0);
            List<String> expected = List.of(query.expected().split(" \\| "));
            boolean passed = expected.contains(first);
            int rank = results.indexOf(expected.get(0)) + 1;
            String line = (passed ? "PASS " : "FAIL ") + query.query() + " → " + first
                    + (passed ? "" : " (expected " + query.expected() + ", at " + (rank == 0 ? "—" : rank) + ")")
                    + "  [" + query.why() + "]";
            report.add(line);
            if (!passed) {
                failures.add(line);
            }
        }
        String score = "Search relevance: " + (suite.size() - failures.size()) + " of " + suite.size()
                + " queries put the expected result first (slowest query, typed to results shown: "
                + slowest / 1_000_000 + " ms including the 150 ms typing pause)";
        report.add(0, score);
        Path file = TestSites.PROJECT.resolve("target/search-relevance.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
        System.out.println(String.join("\n", report));
        assertTrue(failures.isEmpty(), score + ":\n" + String.join("\n", failures));
    }

    @Test
    void a_pinpoint_submitted_from_any_page_goes_straight_to_the_paragraph() {
        open("index.html");
        driver.findElement(By.id("site-search-q")).sendKeys("¶ 6.2.3", Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("#p-6-2-3"));
        assertEquals(server.url("/") + SUBSECTION + "#p-6-2-3", driver.getCurrentUrl());
        Browser.waitFor(driver)
                .until(d -> driver.findElement(By.id("p-6-2-3"))
                        .getAttribute("class")
                        .contains("search-hit"));
        open("search.html");
        WebElement box = driver.findElement(By.id("search-q"));
        box.sendKeys("P8.1", Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("#p-p8-1"));
    }

    @Test
    void words_of_the_text_submitted_stay_on_the_search_page() {
        open("search.html?q=" + "6.2.3%20cooperation");
        assertTrue(driver.getCurrentUrl().contains("search.html"), driver.getCurrentUrl());
        assertEquals(
                SUBSECTION + "#p-6-2-3",
                typed("6.2.3 cooperation").get(0),
                "the paragraph the number names first, then the words' results");
        assertTrue(typed("6.2.3 cooperation").size() > 1, "and the results for the words");
    }

    @Test
    void search_limited_to_the_documents_text_leaves_out_notes_and_glossary_entries_and_says_so_in_its_address() {
        open("search.html?q=Preface");
        assertEquals(
                "search-result search-result-note",
                driver.findElement(By.cssSelector(".search-result")).getAttribute("class"));
        WebElement box = driver.findElement(By.id("search-official"));
        assertEquals("checkbox", box.getAttribute("type"));
        assertEquals(
                "Only the document’s text: leave out editor’s notes and glossary entries",
                driver.findElement(By.cssSelector("label[for=search-official]")).getText());
        assertTrue(!box.isSelected(), "not ticked unless asked for");
        box.click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("official=1"));
        Browser.waitFor(driver)
                .until(d -> driver.findElement(By.id("search-status")).getText().contains("in the document’s text"));
        assertEquals(
                "Nothing found in the document’s text for “Preface”.",
                driver.findElement(By.id("search-status")).getText());
        assertEquals(server.url("/") + "search.html?q=Preface&official=1", driver.getCurrentUrl());
        open("search.html?q=INTERPOL&official=1");
        assertTrue(driver.findElement(By.id("search-official")).isSelected(), "the address ticks the box");
        List<String> kinds = driver.findElements(By.cssSelector(".search-result")).stream()
                .map(result -> result.getAttribute("class"))
                .distinct()
                .toList();
        assertEquals(List.of("search-result search-result-paragraph"), kinds, "paragraphs only");
        assertEquals(List.of(), Browser.axeViolations(driver));
        driver.findElement(By.id("search-official")).click();
        Browser.waitFor(driver).until(d -> !driver.getCurrentUrl().contains("official"));
        Browser.waitFor(driver)
                .until(d -> !driver.findElements(By.cssSelector(".search-result-term"))
                        .isEmpty());
    }

    @Test
    void an_acronym_finds_the_paragraph_that_names_its_term_and_says_why() {
        open("search.html");
        typed("Interpol");
        WebElement first = driver.findElement(By.cssSelector(".search-result"));
        assertTrue(first.getText().startsWith("¶ 6.2.3"), first.getText());
        assertEquals(
                "Names a glossary term also called INTERPOL",
                first.findElement(By.cssSelector(".result-meta")).getText());
        assertEquals(
                "INTERPOL",
                first.findElement(By.cssSelector(".result-meta mark")).getText());
    }

    @Test
    void a_typo_finds_the_word_marks_it_and_says_which_word_it_took() {
        open("search.html");
        List<String> results = typed("Shangai Cooperation");
        assertTrue(results.size() >= 2, results.toString());
        assertEquals(
                "Including words close to yours: shanghai.",
                driver.findElement(By.id("search-suggest")).getText());
        List<String> marked =
                driver.findElement(By.cssSelector(".search-result .snippet")).findElements(By.tagName("mark")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertTrue(marked.containsAll(List.of("Shanghai", "Cooperation")), marked.toString());
    }

    @Test
    void a_british_spelling_marks_the_american_word_of_the_text() {
        open("search.html");
        typed("counterterrorism manoeuvres");
        List<String> marked =
                driver.findElement(By.cssSelector(".search-result .snippet")).findElements(By.tagName("mark")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertTrue(marked.containsAll(List.of("counterterrorism", "maneuvers")), marked.toString());
    }

    @Test
    void a_search_that_finds_nothing_suggests_the_nearest_words_and_names() {
        open("search.html");
        assertEquals(List.of(), typed("Shnaghai Coprration"));
        assertEquals(
                "Nothing found for “Shnaghai Coprration”.",
                driver.findElement(By.id("search-status")).getText());
        List<WebElement> offered = driver.findElements(By.cssSelector("#search-suggest a"));
        List<String> texts = offered.stream().map(WebElement::getText).toList();
        assertTrue(texts.contains("shanghai cooperation"), texts.toString());
        assertTrue(texts.contains("Shanghai Cooperation Organization"), texts.toString());
        assertTrue(driver.findElement(By.id("search-suggest")).getText().startsWith("Did you mean "));
        offered.get(texts.indexOf("shanghai cooperation")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-result")));
        assertEquals(
                "shanghai cooperation", driver.findElement(By.id("search-q")).getAttribute("value"));
    }

    @Test
    void a_glossary_result_shows_name_category_aliases_and_definition_apart() {
        open("search.html");
        typed("INTERPOL");
        WebElement entry = driver.findElements(By.cssSelector(".search-result-term")).stream()
                .filter(result -> result.getText().contains("International Criminal Police Organization"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the INTERPOL entry is among the results"));
        assertEquals(
                "GLOSSARY International Criminal Police Organization",
                entry.findElement(By.cssSelector(".result-title")).getText());
        assertEquals(
                "Organization · also INTERPOL",
                entry.findElement(By.cssSelector(".result-meta")).getText());
        String snippet = entry.findElement(By.cssSelector(".snippet")).getText();
        assertTrue(snippet.startsWith("The international organization, known as INTERPOL"), snippet);
        assertTrue(!snippet.contains("Mentioned in") && !snippet.contains("Related terms"), snippet);
        List<String> kinds = driver.findElements(By.cssSelector(".search-result")).stream()
                .map(result -> result.getAttribute("class"))
                .toList();
        int lastParagraph = kinds.lastIndexOf("search-result search-result-paragraph");
        int firstTerm = kinds.indexOf("search-result search-result-term");
        assertTrue(lastParagraph < firstTerm, "every paragraph before every glossary entry: " + kinds);
    }

    @Test
    void a_long_list_of_results_shows_fifty_and_a_button_for_more() throws IOException {
        // The seed has fewer than 50 results for any word: the built search page over 120 paragraphs that all say
        // "alpha".
        Path large = TestSites.PROJECT.resolve("target/it-sites/search-large");
        org.paperbake.kernel.FileTrees.deleteRecursively(large);
        for (String file :
                List.of("search.html", "js/lunr.min.js", "js/search.js", "js/site.js", "js/theme.js", "css/site.css")) {
            Files.createDirectories(large.resolve(file).getParent());
            Files.copy(site.resolve(file), large.resolve(file));
        }
        StringBuilder index = new StringBuilder("window.PAPERBAKE_SEARCH = [\n");
        for (int i = 1; i <= 120; i++) {
            index.append("{\"u\":\"p.html#p-1-")
                    .append(i)
                    .append("\",\"n\":\"1.")
                    .append(i)
                    .append("\",\"s\":\"1 Part\",\"t\":\"Paragraph alpha number ")
                    .append(i)
                    .append(".\",\"k\":\"paragraph\"}")
                    .append(i < 120 ? ",\n" : "\n");
        }
        // Its inverted index (postprocess/SearchWords): "alpha" once in every entry, each four words long.
        index.append("];\nwindow.PAPERBAKE_SEARCH_WORDS = {\"alpha\":[")
                .append(String.join(",", java.util.Collections.nCopies(120, "9")))
                .append("]};\nwindow.PAPERBAKE_SEARCH_LENGTHS = [")
                .append(String.join(",", java.util.Collections.nCopies(120, "4")))
                .append("];\n");
        Files.writeString(large.resolve("js/search-index.js"), index);
        try (SiteServer local = SiteServer.start(large, "/")) {
            driver.get(local.url("/") + "search.html?q=alpha");
            Browser.waitFor(driver)
                    .until(d ->
                            driver.findElement(By.id("search-status")).getText().startsWith("120"));
            assertEquals(
                    50, driver.findElements(By.cssSelector(".search-result")).size());
            WebElement more = driver.findElement(By.id("search-more"));
            assertEquals("Show 50 more results", more.getText());
            more.click();
            assertEquals(
                    100, driver.findElements(By.cssSelector(".search-result")).size());
            assertEquals("¶ 1.51 1 Part", driver.switchTo().activeElement().getText(), "focus on the first new result");
            driver.findElement(By.id("search-more")).click();
            assertEquals(
                    120, driver.findElements(By.cssSelector(".search-result")).size());
            assertTrue(driver.findElements(By.id("search-more")).isEmpty(), "no button once every result is shown");
        }
    }

    @Test
    void the_results_the_suite_shows_have_no_accessibility_violations() {
        for (String query : List.of("Interpol", "Shnaghai%20Coprration", "Shangai%20Cooperation")) {
            open("search.html?q=" + query);
            assertEquals(List.of(), Browser.axeViolations(driver), query);
        }
    }

    @Test
    void screenshots_of_results_on_a_desktop_and_a_phone() {
        for (int width : new int[] {1280, 375}) {
            Browser.resize(driver, width, 900);
            open("search.html?q=Interpol");
            Browser.screenshot(driver, BrowserIT.SCREENSHOTS.resolve("search-interpol-" + width + ".png"));
            open("search.html?q=Shnaghai%20Coprration");
            Browser.screenshot(driver, BrowserIT.SCREENSHOTS.resolve("search-suggestions-" + width + ".png"));
            assertTrue(Files.exists(BrowserIT.SCREENSHOTS.resolve("search-interpol-" + width + ".png")));
        }
    }
}
