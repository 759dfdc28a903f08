package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.paperbake.TestSites;
import org.paperbake.bench.BenchSite;
import org.paperbake.bench.LibraryGenerator;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.pipeline.Site;

/**
 * Issue 14.5: a library of many documents. The same generated library is built with {@link #SMALL}
 * and with twice as many documents; no page of a document, nor the search, about, 404, glossary or
 * notes page may grow with the library, and a page of the library's home lists at most 100
 * documents. What is about the whole library grows with it and is left out: the term pages'
 * mentions, the references index (20 paragraphs a term at most), the chronology (every dated
 * statement) and the search index. The search page's document filter listed every document (63 KB
 * at a thousand) and the home listed them all on one page (566 KB); now the filter lists none above
 * 25 documents (each cover searches its own) and the home is in pages of 100.
 */
class LargeLibraryIT {

    private static final int SMALL = 60;
    private static final int LARGE = 2 * SMALL;
    private static final int TERMS = 20;

    /** The pages that must not grow, by their address in both libraries. */
    private static final List<String> BOUNDED = List.of(
            "paper-0001/index.html",
            "paper-0001/conclusion.html",
            "paper-0001/full.html",
            "search.html",
            "about.html",
            "404.html",
            "glossary.html",
            "notes.html",
            "edition.html");

    /** The pages a large library shapes differently: a cover's search form, the search page, a page of the home. */
    private static final List<String> CHANGED = List.of("paper-0017/index.html", "search.html", "library-2.html");

    @TempDir
    static Path folder;

    static Path small;
    static Path large;
    static long largeMillis;
    static SiteServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void build() {
        small = build(SMALL, "small");
        long start = System.nanoTime();
        large = build(LARGE, "large");
        largeMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    private static Path build(int documents, String name) {
        Path site = BenchSite.create(TestSites.PROJECT, folder.resolve(name), new LibraryGenerator(documents, TERMS, 7))
                .folder();
        Path output = site.resolve("output");
        try {
            new Site(site, output, line -> {}).build();
        } catch (PaperbakeException e) {
            throw new AssertionError(
                    e.problems().stream().map(p -> p.format()).toList().toString(), e);
        }
        return output;
    }

    private static Document page(Path output, String name) {
        try {
            return Jsoup.parse(Files.readString(output.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path output, String name) {
        try {
            return Files.size(output.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document 1's first subsection: its file name comes from its generated title. */
    private static String subsection(Path output) {
        try (Stream<Path> files = Files.list(output.resolve("paper-0001"))) {
            return "paper-0001/"
                    + files.map(path -> path.getFileName().toString())
                            .filter(file -> file.startsWith("01-1-"))
                            .findFirst()
                            .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void no_page_but_those_about_the_whole_library_grows_when_the_library_doubles() {
        List<String> pages = new ArrayList<>(BOUNDED);
        pages.add(subsection(large));
        Map<String, String> grown = new TreeMap<>();
        for (String name : pages) {
            long before = size(small, name);
            long after = size(large, name);
            // Digits of counts and the related sections' titles vary by a few bytes; a list of the
            // extra documents would add kilobytes.
            if (after > before + before / 50) {
                grown.put(name, before + " → " + after + " bytes");
            }
        }
        assertEquals(Map.of(), grown, "pages that grew with the library");
        System.out.println("LargeLibraryIT: " + LARGE + " documents built in " + largeMillis + " ms; a subsection is "
                + size(large, subsection(large)) + " bytes, the search page " + size(large, "search.html"));
    }

    @Test
    void a_section_s_sidebar_and_footer_stay_small_in_a_large_library() {
        Document section = page(large, subsection(large));
        assertTrue(size(large, subsection(large)) < 20_000, size(large, subsection(large)) + " bytes");
        int sidebar = section.select("nav.sidebar a").size();
        assertTrue(sidebar <= 20, sidebar + " links in the sidebar");
        assertTrue(
                section.select("footer.site-footer a").size() <= 3,
                section.select("footer.site-footer").html());
        Document about = page(large, "about.html");
        assertEquals(10, about.select("footer.site-footer cite").size(), "the footer names ten documents");
        assertTrue(
                about.select("footer.site-footer").text().contains("and " + (LARGE - 10) + " more"),
                about.select("footer.site-footer").text());
    }

    @Test
    void the_home_lists_a_hundred_documents_a_page_and_every_document_once() {
        List<String> listed = new ArrayList<>();
        List<String> homes = List.of("index.html", "library-2.html");
        for (String home : homes) {
            listed.addAll(
                    page(large, home).select("ol.library-documents > li h2 a").eachAttr("href"));
        }
        assertEquals(LARGE, listed.size());
        assertEquals(LARGE, listed.stream().distinct().count());
        assertEquals("paper-0101/index.html", listed.get(100));
        assertEquals(
                LARGE - 100,
                page(large, "library-2.html")
                        .select("ol.library-documents > li")
                        .size());
        assertEquals(
                "101",
                page(large, "library-2.html")
                        .selectFirst("ol.library-documents")
                        .attr("start"));
        assertEquals(
                List.of("library-2.html"),
                page(large, "index.html")
                        .select("nav.library-pages a[rel=next]")
                        .eachAttr("href"));
        assertEquals(
                List.of("index.html"),
                page(large, "library-2.html")
                        .select("nav.library-pages a[rel=prev]")
                        .eachAttr("href"));
        assertTrue(Files.notExists(large.resolve("library-3.html")));
        assertTrue(Files.notExists(small.resolve("library-2.html")), "up to a hundred documents fit on one page");
        assertTrue(size(large, "index.html") < 80_000, size(large, "index.html") + " bytes");
    }

    @Test
    void the_search_page_lists_no_document_and_each_cover_searches_its_own() throws IOException {
        Document search = page(large, "search.html");
        assertEquals(List.of(""), search.select("#search-document option").eachAttr("value"));
        assertTrue(search.select(".search-filter-hint").text().contains(LARGE + " documents"));
        Document cover = page(large, "paper-0017/index.html");
        assertEquals(
                "paper-0017", cover.select("form.document-search input[name=d]").attr("value"));
        assertEquals("../search.html", cover.select("form.document-search").attr("action"));
        String names = Files.readString(large.resolve("js/search-documents.js"));
        assertEquals(
                LARGE, names.lines().filter(line -> line.startsWith("\"paper-")).count());
        assertTrue(names.contains("\"paper-0017\":\""), names.substring(0, 200));
    }

    @Test
    void in_chromium_a_cover_s_search_form_searches_that_document_alone() {
        server = SiteServer.start(large, "/");
        driver = Browser.start(TestSites.PROJECT.resolve("target/chromium-profiles"));
        Browser.resize(driver, 1280, 900);
        driver.get(server.url("/") + "paper-0017/index.html");
        String shortTitle = driver.findElement(By.cssSelector("body")).getAttribute("data-document");
        driver.findElement(By.id("document-search-q")).sendKeys("cooperation");
        driver.findElement(By.cssSelector("form.document-search button")).click();
        Browser.waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("d=paper-0017"), driver.getCurrentUrl());
        assertEquals("paper-0017", Browser.js(driver, "return document.getElementById('search-document').value;"));
        List<String> labels = driver.findElements(By.cssSelector(".search-result .result-title .num")).stream()
                .map(element -> element.getText())
                .toList();
        assertTrue(labels.stream().allMatch(label -> label.startsWith(shortTitle + " ¶ ")), labels.toString());
        screenshots();
    }

    /**
     * A cover, the search page and a page of the home at desktop and phone widths, for a person to
     * look at; axe finds no WCAG violation in the cover's search form or the home's page links.
     */
    private void screenshots() {
        Path shots = TestSites.PROJECT.resolve("target/screenshots");
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {1280, 375}) {
            Browser.resize(driver, width, 900);
            for (String name : CHANGED) {
                driver.get(server.url("/") + name);
                Browser.waitFor(driver)
                        .until(d -> "complete".equals(Browser.js(driver, "return document.readyState;")));
                int at = width;
                Browser.axeViolations(driver)
                        .forEach(violation -> violations.add(name + " at " + at + ": " + violation));
                Browser.screenshot(
                        driver,
                        shots.resolve(
                                "large-library-" + name.replace('/', '-').replace(".html", "") + "-" + width + ".png"));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void the_pages_a_large_library_shapes_differently_are_valid_html() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setLoadEntities(false);
        List<String> errors = new ArrayList<>();
        for (String name : CHANGED) {
            validator
                    .validate(large.resolve(name))
                    .lines()
                    .filter(line -> line.contains("error:") || line.contains("fatal"))
                    .forEach(line -> errors.add(name + ": " + line));
        }
        assertEquals(List.of(), errors);
    }
}
