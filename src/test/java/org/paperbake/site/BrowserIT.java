package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paperbake.TestSites;
import org.paperbake.kernel.ParagraphIds;

/**
 * The built seed site in headless Chromium, served on 127.0.0.1 at the root and under
 * {@code /paperbake/} (as GitHub Pages serves a project site), and opened from disk.
 */
class BrowserIT {

    static final String SUBSECTION = "06-2-conducting-extensive-exchanges-and-cooperation.html";
    static final Path SCREENSHOTS = TestSites.PROJECT.resolve("target/screenshots");

    static Path site;
    static SiteServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        site = BuiltSites.project("");
        server = SiteServer.start(site, "/", "/paperbake/");
        driver = Browser.start(TestSites.PROJECT.resolve("target/chromium-profiles"));
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    @BeforeEach
    void forgetTheReadersChoices() {
        Browser.resize(driver, 1280, 900);
        open("/", "index.html");
        Browser.js(driver, "window.localStorage.clear();");
    }

    private void open(String root, String page) {
        driver.get(server.url(root) + page);
        Browser.waitFor(driver).until(d -> "complete".equals(Browser.js(driver, "return document.readyState;")));
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) Browser.js(
                driver,
                "var r = arguments[0].getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < window.innerHeight && r.height > 0;",
                element);
    }

    private String background(WebElement element) {
        return element.getCssValue("background-color");
    }

    /** Waits for the highlight colour (it fades in), failing after the wait's timeout. */
    private void highlighted(WebElement paragraph) {
        Browser.waitFor(driver).until(d -> "rgba(255, 241, 191, 1)".equals(background(paragraph)));
    }

    /** The width of the term tooltip js/site.js shows, 0 while it is hidden or not made yet. */
    private double tipWidth() {
        return ((Number) Browser.js(
                        driver,
                        "var tip = document.getElementById('term-tip');"
                                + " return tip && !tip.hidden ? tip.getBoundingClientRect().width : 0;"))
                .doubleValue();
    }

    private WebElement tooltip() {
        return driver.findElement(By.id("term-tip"));
    }

    /** The viewport rectangle of {@code element}: left, top, right, bottom. */
    @SuppressWarnings("unchecked")
    private List<Double> rect(WebElement element) {
        return ((List<Number>) Browser.js(
                        driver,
                        "var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];",
                        element))
                .stream().map(Number::doubleValue).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/paperbake/"})
    void searching_a_phrase_from_6_2_leads_to_its_paragraph_highlighted(String root) {
        open(root, "index.html");
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("First Light 2022", Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-result a")));
        assertTrue(driver.getCurrentUrl().startsWith(server.url(root) + "search.html?q="), driver.getCurrentUrl());
        // The glossary entry named "First Light 2022" may rank first; the paragraph must be among the results.
        WebElement first = driver.findElements(By.cssSelector(".search-result a")).stream()
                .filter(link -> link.getText().startsWith("¶ 6.2.3"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for ¶ 6.2.3"));
        assertTrue(
                first.getText().startsWith("¶ 6.2.3 6.2 Conducting Extensive Exchanges and Cooperation"),
                first.getText());
        WebElement result =
                first.findElement(By.xpath("./ancestor::*[contains(concat(' ', @class, ' '), ' search-result ')][1]"));
        List<String> marked = result.findElements(By.cssSelector(".snippet mark")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(marked.containsAll(List.of("First", "Light", "2022")), marked.toString());
        assertTrue(driver.findElement(By.id("search-status"))
                .getText()
                .matches("\\d+ results? for “First Light 2022”\\."));

        first.click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains(SUBSECTION));
        assertTrue(driver.getCurrentUrl().startsWith(server.url(root) + SUBSECTION), driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().endsWith("#p-6-2-3"), driver.getCurrentUrl());
        WebElement paragraph = driver.findElement(By.id("p-6-2-3"));
        Browser.waitFor(driver).until(d -> paragraph.getAttribute("class").contains("search-hit"));
        assertTrue(inViewport(paragraph), "the paragraph is scrolled into view");
        highlighted(paragraph);
        assertTrue(paragraph.findElements(By.tagName("mark")).stream()
                .map(WebElement::getText)
                .toList()
                .contains("Light"));
    }

    @Test
    void search_works_on_the_site_opened_from_disk() {
        driver.get(site.resolve("search.html").toUri() + "?q=cybercrime%20convention");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-result a")));
        WebElement first = driver.findElement(By.cssSelector(".search-result a"));
        assertTrue(first.getAttribute("href").startsWith("file:"), first.getAttribute("href"));
        List<String> found = driver.findElements(By.cssSelector(".search-result a .num")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(found.contains("¶ 6.1.2"), "the paragraph on the UN cybercrime convention is found: " + found);
        assertEquals(
                "cybercrime convention", driver.findElement(By.id("search-q")).getAttribute("value"));
    }

    @Test
    void search_finds_nothing_for_a_word_not_in_the_text_and_says_so() {
        open("/", "search.html?q=zanzibarian");
        assertEquals(
                "Nothing found for “zanzibarian”.",
                driver.findElement(By.id("search-status")).getText());
        assertEquals(0, driver.findElements(By.cssSelector(".search-result")).size());
    }

    @Test
    void slash_focuses_the_search_box() {
        open("/", SUBSECTION);
        new Actions(driver).sendKeys("/").perform();
        assertEquals("site-search-q", driver.switchTo().activeElement().getAttribute("id"));
        open("/", "search.html");
        new Actions(driver).sendKeys("/").perform();
        assertEquals("search-q", driver.switchTo().activeElement().getAttribute("id"));
    }

    /**
     * The official text of a content page's body paragraphs, in reading order: its Markdown with
     * the front matter, the blockquote markers, a panel's title line, editor's notes and the bold markers removed.
     */
    private static List<String> sourceParagraphs(Path markdown) {
        String body = ParagraphIds.strip(TestSites.read(markdown).split("\n---\n", 2)[1]);
        List<String> paragraphs = new ArrayList<>();
        for (String block : body.split("\n\\s*>?\\s*\n")) {
            String text =
                    block.strip().replaceFirst("^> ?", "").replace("**", "").strip();
            // An editor's note ("> [!NOTE]") is the edition's, not a paragraph of the document.
            boolean note = block.strip().toUpperCase(java.util.Locale.ROOT).startsWith("> [!NOTE]");
            if (!text.isEmpty() && !note && !block.strip().matches("> \\*\\*Panel .*\\*\\*")) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    @Test
    void selecting_and_copying_any_paragraph_gives_exactly_the_documents_text() throws Exception {
        driver.executeCdpCommand(
                "Browser.grantPermissions",
                java.util.Map.of(
                        "origin",
                        server.url("/").replaceAll("/$", ""),
                        "permissions",
                        List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        List<Path> sources;
        try (var files = Files.list(TestSites.PROJECT.resolve("content"))) {
            sources = files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> TestSites.read(f).matches("(?s).*\ntype: (section|subsection)\n.*"))
                    .sorted()
                    .toList();
        }
        assertEquals(5, sources.size(), "the seed's section and subsection pages: " + sources);
        int compared = 0;
        for (Path source : sources) {
            String page = source.getFileName().toString().replace(".md", ".html");
            open("/", page);
            @SuppressWarnings("unchecked")
            List<List<String>> shown = (List<List<String>>) Browser.js(
                    driver,
                    "return Array.from(document.querySelectorAll('p.para')).map(function (p) {"
                            + " var range = document.createRange(); range.selectNodeContents(p);"
                            + " var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                            + " return [selection.toString(), p.textContent]; });");
            List<String> official = sourceParagraphs(source);
            assertEquals(official.size(), shown.size(), page + ": paragraphs");
            for (int i = 0; i < official.size(); i++) {
                assertEquals(official.get(i), shown.get(i).get(0), page + " paragraph " + (i + 1) + ", selected");
                assertEquals(official.get(i), shown.get(i).get(1), page + " paragraph " + (i + 1) + ", textContent");
                // What the clipboard receives when the reader copies the selection with Ctrl+C.
                Browser.js(
                        driver,
                        "var p = document.querySelectorAll('p.para')[arguments[0]];"
                                + " var range = document.createRange(); range.selectNodeContents(p);"
                                + " var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);",
                        i);
                new Actions(driver)
                        .keyDown(Keys.CONTROL)
                        .sendKeys("c")
                        .keyUp(Keys.CONTROL)
                        .perform();
                Object copied = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + " navigator.clipboard.readText().then(done, function (e) { done('refused: ' + e); });");
                assertEquals(official.get(i), copied, page + " paragraph " + (i + 1) + ", copied");
                compared++;
            }
            // Find in page and reader mode see the rendered text: no definition is in it.
            String rendered = (String) Browser.js(driver, "return document.querySelector('main').innerText;");
            for (WebElement definition : driver.findElements(By.cssSelector(".term-definitions p"))) {
                String text = (String) Browser.js(driver, "return arguments[0].textContent;", definition);
                assertTrue(!rendered.contains(text), page + " shows the definition " + text);
            }
        }
        assertTrue(compared >= 15, "the seed's 15 body paragraphs, compared: " + compared);
    }

    @Test
    void a_term_definition_shows_on_hover_stays_while_the_pointer_is_on_it_and_escape_hides_it() {
        open("/", BuiltSites.TERM_FIXTURE);
        WebElement term = driver.findElement(By.cssSelector("#" + BuiltSites.TERM_PARAGRAPH + " a.term"));
        WebElement definition = driver.findElement(By.id(term.getAttribute("aria-describedby")));
        assertTrue(
                (Boolean) Browser.js(
                        driver,
                        "var d = arguments[0]; return !d.closest('p.para') && d.closest('[hidden]') !== null;",
                        definition),
                "the definition is hidden, outside the paragraph");
        assertEquals(
                definition.getAttribute("textContent"),
                accessibleDescription("#" + BuiltSites.TERM_PARAGRAPH + " a.term"),
                "a screen reader announces the definition as the link's description");
        Browser.js(driver, "arguments[0].scrollIntoView({block: 'center'});", term);
        assertEquals(0, tipWidth(), "nothing shown at first");

        new Actions(driver).moveToElement(term).perform();
        Browser.waitFor(driver).until(d -> tipWidth() > 100);
        assertTrue(
                tooltip().getText().startsWith("The use of the internet by terrorists"),
                "the short definition of the first term in the paragraph (cyberterrorism): "
                        + tooltip().getText());
        assertTrue(tooltip().findElements(By.tagName("a")).isEmpty(), "a pointer can follow the term's own link");
        // WCAG 1.4.13: the pointer moves from the word onto the tooltip, which stays.
        new Actions(driver)
                .moveToElement(
                        term,
                        0,
                        (int) Math.round((rect(term).get(3) - rect(term).get(1)) / 2) + 2)
                .moveToElement(tooltip())
                .pause(java.time.Duration.ofMillis(700))
                .perform();
        assertTrue(tipWidth() > 100, "the tooltip stays while the pointer is on it");
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
        Browser.waitFor(driver).until(d -> tipWidth() == 0);

        Browser.js(driver, "document.querySelector('#" + BuiltSites.TERM_PARAGRAPH + " a.pin').focus();");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals(term, driver.switchTo().activeElement(), "Tab moves from the paragraph number to the term");
        Browser.waitFor(driver).until(d -> tipWidth() > 100);
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        Browser.waitFor(driver).until(d -> tipWidth() == 0);
        assertEquals(term, driver.switchTo().activeElement(), "Escape dismisses without moving focus");
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void every_focused_term_shows_its_tooltip_inside_the_window_above_the_word_at_the_bottom(int width) {
        Browser.resize(driver, width, width == 375 ? 812 : 900);
        open("/", SUBSECTION);
        @SuppressWarnings("unchecked")
        List<WebElement> terms =
                (List<WebElement>) Browser.js(driver, "return document.querySelectorAll('main a.term');");
        assertTrue(terms.size() >= 10, "terms on 6.2: " + terms.size());
        int flipped = 0;
        for (WebElement term : terms) {
            // The word on the window's last line, where a tooltip below it would be cut off.
            Browser.js(
                    driver,
                    "var t = arguments[0]; t.blur();"
                            + " window.scrollBy(0, t.getClientRects()[0].bottom - document.documentElement.clientHeight + 4);"
                            + " t.focus({preventScroll: true});",
                    term);
            Browser.waitFor(driver).until(d -> tipWidth() > 50);
            List<Double> word = rect(term);
            List<Double> tip = rect(tooltip());
            double viewportHeight =
                    ((Number) Browser.js(driver, "return document.documentElement.clientHeight;")).doubleValue();
            double viewportWidth =
                    ((Number) Browser.js(driver, "return document.documentElement.clientWidth;")).doubleValue();
            String where = term.getText() + " at " + word + ", tooltip at " + tip;
            assertTrue(tip.get(0) >= 0 && tip.get(2) <= viewportWidth, "inside the window's width: " + where);
            assertTrue(tip.get(1) >= 0 && tip.get(3) <= viewportHeight, "inside the window's height: " + where);
            if (word.get(3) > viewportHeight - 50) {
                assertTrue(tip.get(3) <= word.get(1) + 1, "above the word at the window's bottom: " + where);
                if (flipped++ == 0) {
                    screenshotOfTheWindow("term-tooltip-flipped-" + width);
                }
            }
        }
        assertTrue(flipped > 0, "some term was at the window's bottom");
    }

    @Test
    void a_tap_on_a_term_shows_its_definition_with_a_link_to_the_entry_and_a_second_tap_follows_it() {
        Browser.resize(driver, 375, 812);
        open("/", BuiltSites.TERM_FIXTURE);
        WebElement term = driver.findElement(By.cssSelector("#" + BuiltSites.TERM_PARAGRAPH + " a.term"));
        Browser.js(driver, "arguments[0].scrollIntoView({block: 'center'});", term);
        String page = driver.getCurrentUrl();
        tap(term);
        Browser.waitFor(driver).until(d -> tipWidth() > 100);
        assertEquals(page, driver.getCurrentUrl(), "the first tap shows the definition in place");
        screenshotOfTheWindow("term-tooltip-tapped-375");
        WebElement entry = tooltip().findElement(By.tagName("a"));
        assertEquals(term.getAttribute("href"), entry.getAttribute("href"));
        assertTrue(entry.getText().startsWith("Glossary entry"), entry.getText());
        // Anywhere else, here the margin left of the text above the word, closes it.
        tap(3, (int) Math.round(rect(term).get(1)) - 40);
        Browser.waitFor(driver).until(d -> tipWidth() == 0);
        tap(term);
        Browser.waitFor(driver).until(d -> tipWidth() > 100);
        tap(term);
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("glossary/"));
    }

    private void screenshotOfTheWindow(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The description Chromium's accessibility tree gives the element {@code selector} finds. */
    @SuppressWarnings("unchecked")
    private String accessibleDescription(String selector) {
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of());
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
                .get("nodeId");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) driver.executeCdpCommand(
                        "Accessibility.getPartialAXTree", Map.of("nodeId", node, "fetchRelatives", false))
                .get("nodes");
        Map<String, Object> description = (Map<String, Object>) nodes.get(0).get("description");
        return description == null ? "" : (String) description.get("value");
    }

    /** A tap of a finger on the middle of {@code element}'s first line, as a phone sends it. */
    private void tap(WebElement element) {
        List<Double> r = rect(element);
        tap((int) Math.round((r.get(0) + r.get(2)) / 2), (int) Math.round(r.get(1) + 6));
    }

    /** A tap of a finger at {@code x}, {@code y} in the window. */
    private void tap(int x, int y) {
        org.openqa.selenium.interactions.PointerInput finger = new org.openqa.selenium.interactions.PointerInput(
                org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger");
        org.openqa.selenium.interactions.Sequence tap = new org.openqa.selenium.interactions.Sequence(finger, 0);
        tap.addAction(finger.createPointerMove(
                java.time.Duration.ZERO, org.openqa.selenium.interactions.PointerInput.Origin.viewport(), x, y));
        tap.addAction(finger.createPointerDown(0));
        tap.addAction(finger.createPointerUp(0));
        driver.perform(List.of(tap));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/paperbake/"})
    void the_dark_mode_toggle_persists_across_pages(String root) {
        open(root, "06-1-playing-an-active-role-in-rule-making.html");
        WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
        assertTrue(toggle.isDisplayed(), "the toggle is shown once its script runs");
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        String light = background(driver.findElement(By.tagName("html")));
        toggle.click();
        assertEquals("dark", Browser.js(driver, "return document.documentElement.getAttribute('data-theme');"));
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertEquals("rgba(17, 20, 24, 1)", background(driver.findElement(By.tagName("html"))));

        driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("06-2-"));
        assertEquals("dark", Browser.js(driver, "return document.documentElement.getAttribute('data-theme');"));
        assertEquals("rgba(17, 20, 24, 1)", background(driver.findElement(By.tagName("html"))));
        assertEquals("true", driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed"));

        driver.findElement(By.cssSelector(".theme-toggle")).click();
        open(root, "index.html");
        assertEquals(light, background(driver.findElement(By.tagName("html"))), "back to light, and that persists too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/paperbake/"})
    void sidebar_breadcrumbs_and_previous_next_lead_where_they_should(String root) {
        String base = server.url(root);
        open(root, "index.html");
        assertTrue(
                driver.findElements(By.cssSelector(".sidebar a[href='06-3-creating-platforms-for-dialogue.html']"))
                        .isEmpty(),
                "the sidebar opens only the part the reader is in");
        driver.findElement(By.cssSelector(".sidebar a[href^='06-increasing-']")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("06-increasing-"));
        driver.findElement(By.cssSelector(".sidebar a[href='06-3-creating-platforms-for-dialogue.html']"))
                .click();
        Browser.waitFor(driver).until(ExpectedConditions.urlToBe(base + "06-3-creating-platforms-for-dialogue.html"));
        assertEquals(
                "6.3 Creating Platforms for Dialogue",
                driver.findElement(By.tagName("h1")).getText());
        assertEquals(
                "6.3 Creating Platforms for Dialogue",
                driver.findElement(By.cssSelector(".sidebar a[aria-current=page]"))
                        .getText());

        driver.findElement(By.cssSelector(".breadcrumbs li:nth-child(2) a")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("06-increasing-"));
        assertTrue(driver.getCurrentUrl().startsWith(base), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("VI. Increasing International Exchanges"));

        driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
        Browser.waitFor(driver)
                .until(ExpectedConditions.urlToBe(base + "06-1-playing-an-active-role-in-rule-making.html"));
        open(root, "06-3-creating-platforms-for-dialogue.html");
        driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlToBe(base + "conclusion.html"));
        driver.findElement(By.cssSelector(".pager a[rel=prev]")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlToBe(base + "06-3-creating-platforms-for-dialogue.html"));
        driver.findElement(By.cssSelector(".breadcrumbs li:first-child a")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlToBe(base + "index.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/paperbake/"})
    void a_paragraph_number_scrolls_to_highlights_and_offers_its_pinpoint_link_to_copy(String root) {
        open(root, SUBSECTION);
        WebElement paragraph = driver.findElement(By.id("p-6-2-4"));
        String plain = background(paragraph);
        WebElement pin = paragraph.findElement(By.cssSelector("a.pin"));
        Browser.js(driver, "arguments[0].scrollIntoView({block: 'end'});", pin);
        pin.click();
        assertTrue(driver.getCurrentUrl().endsWith(SUBSECTION + "#p-6-2-4"), driver.getCurrentUrl());
        assertTrue(inViewport(paragraph));
        highlighted(paragraph);
        assertTrue(!plain.equals(background(paragraph)));
        // The number opens the cite panel (CiteBrowserIT tests it whole); its "Copy link" copies the pinpoint link.
        Browser.waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector(".cite-panel")).isEmpty());
        driver.findElement(By.cssSelector(".cite-panel button[data-cite=link]")).click();
        Browser.waitFor(driver)
                .until(d ->
                        driver.findElement(By.cssSelector(".toast")).getText().startsWith("Link to ¶ 6.2.4"));

        open(root, "full.html#p-6-2-4");
        WebElement same = driver.findElement(By.id("p-6-2-4"));
        assertTrue(inViewport(same), "the full text has the same anchor");
        highlighted(same);
    }

    @Test
    void no_page_scrolls_sideways_at_375_or_320_pixels() {
        List<String> overflowing = new ArrayList<>();
        List<String> pages = Files2.list(site, ".html");
        for (int width : new int[] {375, 320}) {
            Browser.resize(driver, width, 800);
            // Every page at the narrowest width; at 375 px one page of each kind.
            for (String page : width == 320 ? pages : onePerKind(pages)) {
                open("/", page);
                long overflow = ((Number) Browser.js(
                                driver,
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                        .longValue();
                if (overflow > 0) {
                    overflowing.add(page + " at " + width + " px by " + overflow + " px");
                }
            }
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void nothing_shifts_as_the_page_its_styles_and_scripts_load_in_light_or_dark() {
        List<String> shifts = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            open("/", "index.html");
            Browser.js(driver, "window.localStorage.setItem('paperbake-theme', arguments[0]);", theme);
            for (String page : List.of(
                    "index.html", SUBSECTION, "full.html", "search.html?q=cooperation", BuiltSites.TERM_FIXTURE)) {
                open("/", page);
                Number shift = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeAsyncScript("var done = arguments[arguments.length - 1], total = 0;"
                                + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                                + " if (!e.hadRecentInput) { total += e.value; } }); })"
                                + ".observe({type: 'layout-shift', buffered: true});"
                                + "setTimeout(function () { done(total); }, 400);");
                if (shift.doubleValue() > 0) {
                    shifts.add(theme + " " + page + ": " + shift);
                }
            }
        }
        assertEquals(List.of(), shifts, "cumulative layout shift");
    }

    private double number(String script, Object... args) {
        return ((Number) Browser.js(driver, script, args)).doubleValue();
    }

    @Test
    void on_a_320_px_phone_the_text_starts_on_the_first_screen_and_next_follows_it() {
        // The viewport of a 320 x 568 phone (iPhone SE), without the window's own bars.
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 568, "deviceScaleFactor", 2, "mobile", true));
        try {
            onAPhone();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        Browser.resize(driver, 1280, 900);
        open("/", SUBSECTION);
        assertEquals(
                true,
                Browser.js(driver, "return document.querySelector('.page-toc details').open;"),
                "a wide screen keeps the in-page contents open");
    }

    private void onAPhone() {
        open("/", SUBSECTION);
        double line = number("return parseFloat(getComputedStyle(document.querySelector('.breadcrumbs ol')).lineHeight)"
                + " || 20;");
        assertTrue(
                number("return document.querySelector('.breadcrumbs ol').getBoundingClientRect().height;") < 2 * line,
                "the breadcrumbs take one line");
        assertEquals(false, Browser.js(driver, "return document.querySelector('.page-toc details').open;"));
        double top = number("return document.querySelector('p.para').getBoundingClientRect().top;");
        double screen = number("return window.innerHeight;");
        assertTrue(
                top < screen - 2 * line,
                "the first paragraph starts on the first screen: at " + top + " px of " + screen + " px");
        double gap = number("var paras = document.querySelectorAll('article.document-part p.para');"
                + " return document.querySelector('.pager').getBoundingClientRect().top"
                + " - paras[paras.length - 1].getBoundingClientRect().bottom;");
        assertTrue(gap < 300, "Next follows the text (the term lists are closed): " + gap + " px");
        assertEquals(
                0L,
                Browser.js(
                        driver,
                        "return document.querySelectorAll('.section-terms details[open],"
                                + " .related-sections details[open]').length;"));
    }

    @Test
    void a_keyboard_reader_reaches_the_next_section_in_the_contents_in_a_few_stops() {
        open("/", SUBSECTION);
        new Actions(driver).sendKeys(Keys.TAB, Keys.TAB).perform();
        assertEquals("Skip to the contents", driver.switchTo().activeElement().getText());
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        int stops = 0;
        String next = "06-3-creating-platforms-for-dialogue.html";
        while (stops < 20
                && !String.valueOf(driver.switchTo().activeElement().getAttribute("href"))
                        .endsWith(next)) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            stops++;
        }
        assertTrue(stops <= 6, "stops after the skip link to the next section: " + stops);
    }

    @Test
    void every_page_has_no_wcag_2_2_aa_violations_in_light_and_dark() {
        List<String> pages = new ArrayList<>(Files2.list(site, ".html"));
        pages.add("search.html?q=cooperation");
        List<String> violations = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            open("/", "index.html");
            Browser.js(driver, "window.localStorage.setItem('paperbake-theme', arguments[0]);", theme);
            // Every page in the light theme; in the dark one, whose rules are colours, one page of each
            // kind (its body's class: the template that made it) is enough, and halves the test's time.
            for (String page : theme.equals("light") ? pages : onePerKind(pages)) {
                open("/", page);
                assertEquals(theme, Browser.js(driver, "return document.documentElement.getAttribute('data-theme');"));
                Browser.axeViolations(driver)
                        .forEach(violation -> violations.add(theme + " " + page + ": " + violation));
            }
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
        assertTrue(
                pages.containsAll(List.of(
                        "index.html",
                        "full.html",
                        "about.html",
                        "404.html",
                        "glossary.html",
                        "references.html",
                        "chronology.html",
                        "glossary/regional-comprehensive-economic-partnership.html")),
                "every page type was checked: " + pages);
    }

    /** The first page of each kind among {@code pages}, by its body's class, with any query kept. */
    private List<String> onePerKind(List<String> pages) {
        Map<String, String> first = new LinkedHashMap<>();
        for (String page : pages) {
            String file = page.replaceAll("\\?.*", "");
            String kind = Jsoup.parse(TestSites.read(site.resolve(file))).body().className()
                    + (page.contains("?") ? "?" : "");
            first.putIfAbsent(kind, page);
        }
        return List.copyOf(first.values());
    }

    @Test
    void screenshots_of_each_page_type_light_and_dark_desktop_and_phone_and_in_print() throws Exception {
        List<String[]> shots = List.of(
                new String[] {"cover", "index.html"},
                new String[] {"subsection", SUBSECTION + "#p-6-2-3"},
                new String[] {
                    "section",
                    "06-increasing-international-exchanges-and-cooperation-in-law-based-cyberspace-governance.html"
                },
                new String[] {"term-tooltip", BuiltSites.TERM_FIXTURE},
                new String[] {"term-page", "glossary/regional-comprehensive-economic-partnership.html"},
                new String[] {"glossary", "glossary.html"},
                new String[] {"search-results", "search.html?q=cooperation%20cybersecurity"},
                new String[] {"full-text", "full.html"},
                new String[] {"about", "about.html"},
                new String[] {"not-found", "404.html"});
        List<Path> written = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            open("/", "index.html");
            Browser.js(driver, "window.localStorage.setItem('paperbake-theme', arguments[0]);", theme);
            for (int[] size : new int[][] {{1280, 900}, {375, 812}}) {
                Browser.resize(driver, size[0], size[1]);
                for (String[] shot : shots) {
                    open("/", shot[1]);
                    if (shot[0].equals("term-tooltip")) {
                        WebElement term =
                                driver.findElement(By.cssSelector("#" + BuiltSites.TERM_PARAGRAPH + " a.term"));
                        Browser.js(driver, "arguments[0].scrollIntoView({block: 'center'});", term);
                        new Actions(driver).moveToElement(term).perform();
                        Browser.waitFor(driver).until(d -> tipWidth() > 100);
                    }
                    Path file = SCREENSHOTS.resolve(shot[0] + "-" + theme + "-" + size[0] + ".png");
                    // The tooltip and the pinpointed paragraph are shown where the reader sees them: the viewport.
                    if (shot[0].equals("term-tooltip") || shot[0].equals("subsection")) {
                        Files.createDirectories(file.getParent());
                        Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                    } else {
                        Browser.screenshot(driver, file);
                    }
                    written.add(file);
                }
            }
        }
        Browser.resize(driver, 1280, 900);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        for (String[] shot :
                List.of(new String[] {"full-text", "full.html"}, new String[] {"subsection", SUBSECTION})) {
            open("/", shot[1]);
            Path file = SCREENSHOTS.resolve(shot[0] + "-print.png");
            Browser.screenshot(driver, file);
            written.add(file);
            assertEquals(
                    "none",
                    driver.findElement(By.cssSelector(".sidebar")).getCssValue("display"),
                    "no navigation in print");
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        for (Path file : written) {
            byte[] png = Files.readAllBytes(file);
            assertTrue(png.length > 5_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', file.toString());
        }
        assertEquals(42, written.size());
    }
}
