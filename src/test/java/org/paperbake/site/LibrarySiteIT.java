package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.paperbake.TestSites;
import org.paperbake.pipeline.Site;

/**
 * The three-document library fixture ({@code sites/library}: the seed's document moved into
 * {@code cyberspace/} beside the small synthetic {@code fixture-paper/} and {@code undated-paper/},
 * whose text names no date and holds one part of three), built once and read page by page: the
 * home, each document's own cover, contents, numbering, full text, chronology, about page and
 * previous/next, the library's about page, the 404 page,
 * the shared glossary grouped by document, pinpoints naming their document, the search filter in
 * Chromium, and the redirects from the seed's old addresses.
 */
class LibrarySiteIT {

    private static final String CYBER = "cyberspace/";
    private static final String FIXTURE = "fixture-paper/";
    private static final String UNDATED = "undated-paper/";
    private static final String SECTION_VI =
            "06-increasing-international-exchanges-and-cooperation-in-law-based-cyberspace-governance.html";

    static Path output;
    static List<String> log = new ArrayList<>();
    static SiteServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void build() {
        Path source = TestSites.copyFixture("library", TestSites.PROJECT.resolve("target/it-sites/library"));
        output = source.resolve("output");
        org.paperbake.kernel.FileTrees.deleteRecursively(output);
        new Site(source, output, log::add).withEditions(true).build();
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    private static Document page(String name) {
        Path file = output.resolve(name);
        assertTrue(Files.isRegularFile(file), name + " is built");
        return Jsoup.parse(TestSites.read(file));
    }

    private static List<String> texts(Document page, String css) {
        return page.select(css).eachText();
    }

    @Test
    void the_home_lists_each_document_with_its_issuer_date_holdings_and_paragraph_count() {
        Document home = page("index.html");
        List<String> titles = texts(home, ".library-document h2");
        assertEquals(
                List.of(
                        "China's Law-Based Cyberspace Governance in the New Era",
                        "Test Fixture Paper: A Synthetic Document for the Library Tests",
                        "Undated Fixture Paper: A Synthetic Document Without Dates"),
                titles);
        Element cyber = home.selectFirst(".library-document[data-document='Cyberspace Governance']");
        assertNotNull(cyber);
        assertTrue(cyber.text().contains("State Council Information Office"), cyber.text());
        assertTrue(cyber.text().contains("16 March 2023"), cyber.text());
        assertTrue(cyber.text().contains("Section VI and the Conclusion"), cyber.text());
        assertEquals("cyberspace/index.html", cyber.selectFirst("h2 a").attr("href"));
        // The count on the home is each document's numbered paragraphs, as its own pages number them.
        for (Element document : home.select(".library-document")) {
            String folder = document.selectFirst("h2 a").attr("href").replace("index.html", "");
            assertEquals(
                    String.valueOf(pinpointsOf(folder)),
                    document.selectFirst(".paragraph-count").text(),
                    folder);
        }
        assertEquals(List.of("Documents"), texts(home, ".sidebar-title"));
    }

    /** The numbered paragraphs of a document's own pages (not its full text). */
    private static int pinpointsOf(String folder) {
        try (Stream<Path> pages = Files.list(output.resolve(folder))) {
            return pages.filter(path -> !path.getFileName().toString().equals("full.html"))
                    .mapToInt(path -> Jsoup.parse(TestSites.read(path))
                            .select("article.document-part p.para a.pin")
                            .size())
                    .sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void each_cover_shows_only_its_own_documents_contents() {
        Document cyber = page(CYBER + "index.html");
        List<String> cyberContents = cyber.select(".cover-contents a").eachAttr("href");
        assertTrue(cyberContents.contains("../cyberspace/" + SECTION_VI), cyberContents.toString());
        assertTrue(cyberContents.stream().noneMatch(href -> href.contains("fixture-paper")), cyberContents.toString());
        Document fixture = page(FIXTURE + "index.html");
        assertEquals(
                List.of("I First Things", "1.1 A Subsection", "Conclusion"),
                texts(fixture, ".cover-contents ol.toc a"));
        assertTrue(fixture.selectFirst("a.button").attr("href").endsWith("fixture-paper/full.html"));
    }

    @Test
    void previous_and_next_never_cross_from_one_document_into_another() {
        for (String folder : List.of(CYBER, FIXTURE)) {
            try (Stream<Path> pages = Files.list(output.resolve(folder))) {
                for (Path path : pages.toList()) {
                    Document page = Jsoup.parse(TestSites.read(path));
                    for (Element link : page.select("nav.pager a")) {
                        assertTrue(link.attr("href").startsWith("../" + folder), path + " links " + link.attr("href"));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertNull(page(CYBER + "conclusion.html").selectFirst("nav.pager a.next"), "the last page has no next");
        assertNull(page(FIXTURE + "index.html").selectFirst("nav.pager a.prev"), "the first page has no previous");
    }

    @Test
    void each_document_numbers_its_own_paragraphs_and_both_conclusions_are_c_1() {
        assertNotNull(page(CYBER + "conclusion.html").getElementById("p-c-1"));
        assertNotNull(page(FIXTURE + "conclusion.html").getElementById("p-c-1"));
        assertNotNull(page(FIXTURE + "01-1-a-subsection.html").getElementById("p-1-1-2"));
    }

    @Test
    void each_document_has_its_own_full_text_and_the_sidebar_shows_the_current_document() {
        Document full = page(FIXTURE + "full.html");
        assertEquals(
                List.of("I. First Things", "1.1 A Subsection", "Conclusion"),
                texts(full, "article.document-part > h2, article.document-part > h3"));
        Document subsection = page(FIXTURE + "01-1-a-subsection.html");
        List<String> sidebar = subsection.select("nav.sidebar ol.toc a").eachAttr("href");
        assertTrue(sidebar.stream().allMatch(href -> href.startsWith("../fixture-paper/")), sidebar.toString());
        assertEquals(
                "Library · Fixture Paper",
                subsection.selectFirst(".sidebar-library").text());
        assertEquals(
                List.of("Library", "Fixture Paper", "I First Things", "A Subsection"),
                texts(subsection, "nav.breadcrumbs li"));
        assertEquals("Fixture Paper", subsection.body().attr("data-document"));
    }

    @Test
    void a_term_page_groups_its_mentions_by_document_then_section_and_names_the_document_in_each_pinpoint() {
        Document china = page("glossary/china.html");
        List<String> groups = texts(china, "h3.mentions-document");
        assertEquals(List.of("Cyberspace Governance", "Fixture Paper"), groups);
        Element fixtureGroup = china.select("h3.mentions-document").get(1);
        Element section = fixtureGroup.nextElementSibling();
        assertEquals("h4", section.tagName());
        assertEquals("I First Things", section.text());
        List<String> pinpoints = texts(china, "a.pinpoint");
        assertTrue(pinpoints.contains("Fixture Paper ¶ I.1"), pinpoints.toString());
        assertTrue(
                pinpoints.stream()
                        .allMatch(p -> p.startsWith("Cyberspace Governance ¶ ") || p.startsWith("Fixture Paper ¶ ")),
                pinpoints.toString());
    }

    @Test
    void the_references_index_covers_the_whole_library_with_named_pinpoints() {
        Document references = page("references.html");
        Element asean = references
                .selectFirst("a.reference-term[href=glossary/asean.html]")
                .parent();
        // The seed names ASEAN only inside longer names: its one mention of its own is the fixture's.
        assertEquals(List.of("Fixture Paper ¶ I.2"), asean.select("a.pinpoint").eachText());
        Element china = references
                .selectFirst("a.reference-term[href=glossary/china.html]")
                .parent();
        List<String> pinpoints = china.select("a.pinpoint").eachText();
        assertTrue(pinpoints.stream().anyMatch(p -> p.startsWith("Cyberspace Governance ¶ ")), pinpoints.toString());
    }

    @Test
    void the_seeds_old_addresses_redirect_to_the_moved_pages_and_keep_the_fragment_by_script() {
        Document old = page("06-1-playing-an-active-role-in-rule-making.html");
        String target = "cyberspace/06-1-playing-an-active-role-in-rule-making.html";
        assertEquals(
                "0; url=" + target, old.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(target, old.selectFirst("a.moved-to").attr("href"));
        assertEquals("js/redirect.js", old.selectFirst("script").attr("src"));
        assertTrue(old.select("script:not([src])").isEmpty(), "no inline script");
        assertEquals(
                CYBER + "full.html", page("full.html").selectFirst("a.moved-to").attr("href"));
        assertTrue(page("index.html").select("meta[http-equiv=refresh]").isEmpty(), "the home is not a redirect");
    }

    @Test
    void in_chromium_a_redirect_keeps_the_pinpoint_and_search_filters_by_document() {
        server = SiteServer.start(output, "/");
        driver = Browser.start(TestSites.PROJECT.resolve("target/chromium-profiles"));
        Browser.resize(driver, 1280, 900);
        driver.get(server.url("/") + "06-1-playing-an-active-role-in-rule-making.html#p-6-1-2");
        Browser.waitFor(driver).until(d -> d.getCurrentUrl().contains("cyberspace/"));
        assertTrue(
                driver.getCurrentUrl().endsWith("cyberspace/06-1-playing-an-active-role-in-rule-making.html#p-6-1-2"),
                driver.getCurrentUrl());

        driver.get(server.url("/") + "search.html?q=synthetic");
        Browser.waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        List<String> all = results();
        assertTrue(all.stream().anyMatch(r -> r.startsWith("Fixture Paper ¶ ")), all.toString());

        driver.get(server.url("/") + "search.html?q=China&d=fixture-paper");
        Browser.waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        List<String> filtered = results();
        assertFalse(filtered.isEmpty());
        assertTrue(filtered.stream().allMatch(r -> r.startsWith("Fixture Paper ¶ ")), filtered.toString());
        Browser.js(
                driver,
                "var s = document.getElementById('search-document'); s.value = 'cyberspace';"
                        + " s.dispatchEvent(new Event('change'));");
        Browser.waitFor(driver).until(d -> results().stream().allMatch(r -> r.startsWith("Cyberspace Governance ¶ ")));
        assertTrue(results().size() > filtered.size(), "the seed mentions China more often than the fixture");
        screenshots();
        // The pages this library adds pass axe (WCAG 2.x A and AA) at desktop width.
        Browser.resize(driver, 1280, 900);
        List<String> violations = new ArrayList<>();
        for (String name : NEW_PAGES) {
            driver.get(server.url("/") + name);
            Browser.axeViolations(driver).forEach(v -> violations.add(name + ": " + v));
        }
        assertEquals(List.of(), violations);
    }

    /** The pages a library adds or changes: its grouped chronology, the documents' own chronologies and about pages, the about and 404 pages. */
    private static final List<String> NEW_PAGES = List.of(
            "chronology.html",
            CYBER + "chronology.html",
            FIXTURE + "chronology.html",
            UNDATED + "chronology.html",
            "about.html",
            CYBER + "about.html",
            UNDATED + "about.html",
            "404.html");

    private List<String> results() {
        return driver.findElements(By.cssSelector(".search-result .result-title .num")).stream()
                .map(element -> element.getText())
                .toList();
    }

    /** The library home, a term page, the chronologies, the about and 404 pages at desktop and phone widths, for a person to look at. */
    private void screenshots() {
        Path folder = TestSites.PROJECT.resolve("target/screenshots");
        for (int width : new int[] {1280, 375}) {
            Browser.resize(driver, width, 900);
            for (String name : List.of("index.html", "glossary/china.html")) {
                shoot(folder, name, width);
            }
            // The term page's second document group, in view: where one document's mentions end and the next begin.
            Browser.js(driver, "document.querySelectorAll('h3.mentions-document')[1].scrollIntoView();");
            writeViewport(folder.resolve("library-term-groups-" + width + ".png"));
            for (String name : NEW_PAGES) {
                shoot(folder, name, width);
            }
        }
    }

    private void shoot(Path folder, String name, int width) {
        driver.get(server.url("/") + name);
        Browser.waitFor(driver).until(d -> "complete".equals(Browser.js(driver, "return document.readyState;")));
        Browser.screenshot(
                driver,
                folder.resolve("library-" + name.replace('/', '-').replace(".html", "") + "-" + width + ".png"));
    }

    private void writeViewport(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The pinpoints of a document's own chronology, and the pages they lead to. */
    private static List<Element> chronologyItems(String folder) {
        return page(folder + "chronology.html").select("ol.chronology-list > li");
    }

    @Test
    void each_documents_chronology_holds_only_its_own_statements_with_pinpoints_naming_the_document() {
        Document library = page("chronology.html");
        int all = library.select("ol.chronology-list > li").size();
        int own = 0;
        for (String folder : List.of(CYBER, FIXTURE)) {
            String name = folder.equals(CYBER) ? "Cyberspace Governance" : "Fixture Paper";
            List<Element> items = chronologyItems(folder);
            assertFalse(items.isEmpty(), folder);
            for (Element item : items) {
                Element pin = item.selectFirst("a.pinpoint");
                assertTrue(pin.text().startsWith(name + " ¶ "), pin.text());
                assertTrue(pin.attr("href").startsWith("../" + folder), pin.attr("href"));
            }
            // The library's group of the document is the same list, from the library's folder.
            Element group = library.getElementById("chronology-" + folder.replace("/", ""))
                    .parent();
            assertEquals(
                    items.stream().map(Element::text).toList(),
                    group.select("ol.chronology-list > li").eachText());
            own += items.size();
            Document chronology = page(folder + "chronology.html");
            assertEquals(name, chronology.selectFirst("p.kicker").text());
            assertEquals("Chronology · " + name + " · A Library of White Papers (test fixture)", chronology.title());
            assertEquals(
                    "Library · " + name,
                    chronology.selectFirst(".sidebar-library").text());
        }
        assertEquals(all, own, "every statement of the library is in its document's own chronology");
    }

    @Test
    void the_librarys_chronology_groups_by_document_and_links_each_documents_own() {
        Document library = page("chronology.html");
        assertEquals(
                List.of("Cyberspace Governance", "Fixture Paper", "Undated Paper"),
                texts(library, "section.chronology-document > h2"));
        assertEquals(
                List.of("cyberspace/chronology.html", "fixture-paper/chronology.html"),
                library.select("p.chronology-count a").eachAttr("href"));
    }

    @Test
    void a_document_without_dated_statements_says_so_and_shows_no_empty_list() {
        Document own = page(UNDATED + "chronology.html");
        assertTrue(own.select("main ol").isEmpty(), "no list");
        assertEquals(
                "The text of Undated Paper has no dated statements.",
                own.selectFirst(".listing-body p").text());
        Element group = page("chronology.html")
                .getElementById("chronology-undated-paper")
                .parent();
        assertEquals(
                "Its text has no dated statements.",
                group.selectFirst("p.chronology-count").text());
        assertTrue(group.select("ol, a").isEmpty(), group.outerHtml());
    }

    @Test
    void every_page_of_a_document_links_its_own_chronology_and_its_own_about_page() {
        Document about = page("about.html");
        for (String folder : List.of(CYBER, FIXTURE, UNDATED)) {
            try (Stream<Path> pages = Files.list(output.resolve(folder))) {
                for (Path path : pages.toList()) {
                    Document document = Jsoup.parse(TestSites.read(path));
                    List<String> links = document.select("ul.sidebar-more a").eachAttr("href");
                    assertTrue(links.contains("../" + folder + "chronology.html"), path + ": " + links);
                    assertTrue(links.contains("../" + folder + "about.html"), path + ": " + links);
                    assertTrue(links.contains("../chronology.html"), "the library's chronology too: " + links);
                    assertEquals(
                            "../about.html",
                            document.selectFirst("footer.site-footer a[href$=about.html]")
                                    .attr("href"),
                            "the footer links the library's about page: " + path);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Document own = page(folder + "about.html");
            assertEquals(
                    "../" + folder + "about.html",
                    own.selectFirst("ul.sidebar-more a[aria-current=page]").attr("href"),
                    folder);
            assertEquals(
                    1, about.select("a[href='" + folder + "about.html']").size(), "the library's about page links it");
        }
        assertEquals(
                List.of("../about.html"),
                page("glossary/china.html")
                        .select("ul.sidebar-more a[href$=about.html]")
                        .eachAttr("href"),
                "a page outside the documents links the library's about page");
    }

    @Test
    void each_documents_about_page_gives_its_issuer_date_source_and_parts_present_and_missing() {
        Document cyber = page(CYBER + "about.html");
        assertEquals("About · Cyberspace Governance · A Library of White Papers (test fixture)", cyber.title());
        assertEquals("Cyberspace Governance", cyber.selectFirst("p.kicker").text());
        assertEquals(
                "Library · Cyberspace Governance",
                cyber.selectFirst(".sidebar-library").text());
        String text = cyber.selectFirst("main").text();
        assertTrue(text.contains("State Council Information Office of the People's Republic of China"), text);
        assertTrue(text.contains("16 March 2023"), text);
        assertTrue(text.contains("This library cites it as Cyberspace Governance."), text);
        assertTrue(text.contains("Section VI and the Conclusion (part 6 of 6 on the source's pages)"), text);
        assertTrue(text.contains("Not included the Preface and Sections I–V"), text);
        assertEquals(
                "https://govt.chinadaily.com.cn/",
                cyber.selectFirst("main dl.metadata dd a").attr("href"));
        Document undated = page(UNDATED + "about.html");
        assertEquals(
                List.of("Issued by", "Released", "Parts held", "Parts missing"), texts(undated, "main dl.metadata dt"));
        String undatedText = undated.selectFirst("main dl.metadata").text();
        assertTrue(undatedText.contains("Part 1 of the 3 parts of the source"), undatedText);
        assertTrue(undatedText.contains("Parts 2, 3, not yet imported"), undatedText);
        // Each document's download links, filled in by the edition stage (built with --editions).
        for (String folder : List.of(CYBER, FIXTURE, UNDATED)) {
            assertEquals(
                    2,
                    page(folder + "about.html")
                            .select("main .editions a[download]")
                            .size(),
                    folder);
        }
    }

    @Test
    void the_librarys_about_page_holds_no_documents_provenance_and_links_their_own_pages() {
        Document about = page("about.html");
        assertTrue(
                about.select("section.about-document, dl.metadata, .editions").isEmpty(), "no document's facts");
        assertEquals(
                List.of("cyberspace/about.html", "fixture-paper/about.html", "undated-paper/about.html"),
                about.select("ul.about-documents a").eachAttr("href"));
        assertEquals(
                "index.html",
                about.selectFirst("#about-source + p a").attr("href"),
                "the library's home lists the documents");
        assertTrue(about.selectFirst("#about-additions ~ ul").text().contains("Cyberspace Governance ¶ C.1"));
    }

    @Test
    void the_404_page_shows_the_librarys_documents_and_no_documents_contents() {
        Document notFound = page("404.html");
        assertEquals(List.of("Documents"), texts(notFound, ".sidebar-title"));
        assertNull(notFound.selectFirst(".sidebar-library"), "no document's sidebar");
        assertEquals(
                List.of("cyberspace/index.html", "fixture-paper/index.html", "undated-paper/index.html"),
                notFound.select("nav.sidebar ol.toc a").eachAttr("href"));
        assertEquals(
                "The library's home, which lists its 3 documents",
                notFound.selectFirst("article.not-found li a").text());
        assertTrue(notFound.select("a[href$=full.html]").isEmpty(), "no document's full text");
    }

    @Test
    void the_new_pages_are_valid_html() throws Exception {
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
        validator.setLoadEntities(false);
        List<String> errors = new ArrayList<>();
        for (String name : NEW_PAGES) {
            validator
                    .validate(output.resolve(name))
                    .lines()
                    .filter(line -> line.contains("error:") || line.contains("fatal"))
                    .forEach(line -> errors.add(name + ": " + line));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void a_library_of_one_document_keeps_one_chronology_as_a_plain_site_does() {
        Path source = TestSites.copyFixture("library", TestSites.PROJECT.resolve("target/it-sites/library-of-one"));
        org.paperbake.kernel.FileTrees.deleteRecursively(source.resolve("content/" + FIXTURE));
        org.paperbake.kernel.FileTrees.deleteRecursively(source.resolve("content/" + UNDATED));
        Path one = source.resolve("output");
        org.paperbake.kernel.FileTrees.deleteRecursively(one);
        new Site(source, one, line -> {}).build();
        assertFalse(Files.exists(one.resolve(CYBER + "chronology.html")), "no second chronology of the one document");
        Document chronology = Jsoup.parse(TestSites.read(one.resolve("chronology.html")));
        assertTrue(chronology.select("section.chronology-document").isEmpty(), "not grouped");
        assertEquals(
                page(CYBER + "chronology.html")
                        .select("ol.chronology-list > li")
                        .size(),
                chronology.select("ol.chronology-list > li").size());
        Document cover = Jsoup.parse(TestSites.read(one.resolve(CYBER + "index.html")));
        assertEquals(
                List.of("../chronology.html"),
                cover.select("ul.sidebar-more a[href$=chronology.html]").eachAttr("href"));
        // And one about page: its section of the library's, as before documents had their own.
        assertFalse(Files.exists(one.resolve(CYBER + "about.html")), "no about page of the one document");
        assertEquals(
                List.of("../about.html#about-cyberspace"),
                cover.select("ul.sidebar-more a[href*=about.html]").eachAttr("href"));
        Document about = Jsoup.parse(TestSites.read(one.resolve("about.html")));
        assertEquals(1, about.select("section.about-document").size());
        assertNotNull(about.getElementById("about-cyberspace"));
    }

    @Test
    void
            in_a_library_of_twenty_documents_the_404_lists_fifteen_the_about_page_ten_and_both_link_the_rest_to_the_home() {
        Path source = TestSites.copyFixture("library", TestSites.PROJECT.resolve("target/it-sites/library-of-twenty"));
        for (int n = 1; n <= 17; n++) {
            String folder = String.format(java.util.Locale.ROOT, "content/extra-%02d/", n);
            TestSites.write(
                    source.resolve(folder + "index.md"),
                    "---\ntitle: Extra Paper " + n + "\nshort_title: Extra " + n
                            + "\ntype: document\nstatus: published\ndate: 2024-03-01\norder: 0\n---\nA synthetic cover.\n");
            // Each paragraph's permanent id differs: two digits of the alphabet per document.
            String id = "x" + org.paperbake.kernel.ParagraphIds.ALPHABET.charAt(n) + "q7z";
            TestSites.write(
                    source.resolve(folder + "01-only.md"),
                    "---\ntitle: Only\ntype: section\nstatus: published\ndate: 2024-03-01\nnumber: \"I\"\norder: 100\n---\n"
                            + "This synthetic paragraph was written in May 2020. <!-- ¶ " + id + " -->\n");
        }
        Path twenty = source.resolve("output");
        org.paperbake.kernel.FileTrees.deleteRecursively(twenty);
        new Site(source, twenty, line -> {}).build();
        Document notFound = Jsoup.parse(TestSites.read(twenty.resolve("404.html")));
        List<Element> entries = notFound.select("nav.sidebar ol.toc > li");
        assertEquals(16, entries.size(), "15 documents and the link to the rest");
        assertEquals("… 5 more", entries.get(15).text());
        assertEquals("index.html", entries.get(15).selectFirst("a").attr("href"));
        Document chronology = Jsoup.parse(TestSites.read(twenty.resolve("chronology.html")));
        assertEquals(20, chronology.select("section.chronology-document").size());
        Document about = Jsoup.parse(TestSites.read(twenty.resolve("about.html")));
        List<Element> abouts = about.select("ul.about-documents li");
        assertEquals(11, abouts.size(), "the library's about page links ten documents' about pages and the home");
        assertEquals("10 more on the library's home", abouts.get(10).text());
        assertEquals("index.html", abouts.get(10).selectFirst("a").attr("href"));
        assertTrue(Files.isRegularFile(twenty.resolve("extra-17/about.html")), "every document has its about page");
        assertEquals(
                1,
                Jsoup.parse(TestSites.read(twenty.resolve("extra-07/chronology.html")))
                        .select("ol.chronology-list > li")
                        .size(),
                "each extra document has its one statement");
    }

    @Test
    void the_build_log_counts_every_documents_editions() {
        assertTrue(
                log.stream().anyMatch(line -> line.startsWith("Made the EPUB and PDF editions of 3 document(s)")),
                log.toString());
    }
}
