package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.paperbake.TestSites;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Citing a paragraph in headless Chromium: the paragraph number opens a panel with a ready
 * citation and one address for the paragraph, copies it, and downloads BibTeX, RIS and CSL-JSON
 * that parse and carry the document's facts; by keyboard too. And the editor's note beside its
 * paragraph, and both in print.
 */
class CiteBrowserIT {

    private static final String PAGE = "06-1-playing-an-active-role-in-rule-making.html";
    private static final String SECTION =
            "06-increasing-international-exchanges-and-cooperation-in-law-based-cyberspace-governance.html";
    private static final String TITLE = "China's Law-Based Cyberspace Governance in the New Era";
    private static final String ISSUER = "State Council Information Office of the People's Republic of China";

    static ChromeDriver driver;
    static SiteServer server;

    @BeforeAll
    static void start() {
        server = SiteServer.start(BuiltSites.project(""), "/", "/paperbake/");
        driver = Browser.start(TestSites.PROJECT.resolve("target/chromium-profiles"));
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    @BeforeEach
    void desktop() {
        Browser.resize(driver, 1280, 900);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private static void open(String page) {
        driver.get(server.url("/paperbake/") + page);
        Browser.waitFor(driver).until(d -> "complete".equals(Browser.js(driver, "return document.readyState;")));
        driver.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of(
                        "origin",
                        server.url("/").replaceAll("/$", ""),
                        "permissions",
                        List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        // Downloads are caught where the page makes them: the Blob it hands to the browser.
        Browser.js(
                driver,
                "window.__downloads = []; var make = URL.createObjectURL;"
                        + " URL.createObjectURL = function (blob) { window.__downloads.push(blob); return make(blob); };");
    }

    private static WebElement openCitePanel(String paragraphId) {
        driver.findElement(By.cssSelector("#" + paragraphId + " > a.pin")).click();
        Browser.waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector(".cite-panel")).isEmpty());
        return driver.findElement(By.cssSelector(".cite-panel"));
    }

    private static String clipboard() {
        return (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(done, function (e) { done('refused: ' + e); });");
    }

    private static String downloaded(String button) {
        driver.findElement(By.cssSelector(".cite-panel button[data-cite=" + button + "]"))
                .click();
        // Percent-encoded, so that the line ends arrive as the file has them.
        String encoded = (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " window.__downloads[window.__downloads.length - 1].text().then(function (t) {"
                + " done(encodeURIComponent(t)); });");
        return java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String paragraphUrl() {
        return server.url("/paperbake/") + PAGE + "#p-6-1-1";
    }

    @Test
    void the_paragraph_number_opens_a_citation_naming_document_issuer_date_number_and_address() {
        open(PAGE);
        WebElement panel = openCitePanel("p-6-1-1");

        String citation = panel.findElement(By.cssSelector(".cite-text")).getText();
        assertEquals(
                ISSUER + ", \u201C" + TITLE
                        + "\u201D (16 March 2023), \u00B6 6.1.1, text as republished by China Daily, " + paragraphUrl(),
                citation);
        assertEquals(
                "Cite \u00B6 6.1.1",
                panel.findElement(By.cssSelector(".cite-title")).getText());
        assertEquals(
                "p-6-1-1",
                Browser.js(driver, "return document.querySelector('.cite-panel').previousElementSibling.id;"),
                "the panel follows the paragraph, outside it");
        assertFalse(
                (Boolean) Browser.js(driver, "return !!document.querySelector('#p-6-1-1 .cite-panel');"),
                "the paragraph's text stays the document's");
        Browser.waitFor(driver)
                .until(d -> "Copy citation".equals(d.switchTo().activeElement().getText()));

        driver.switchTo().activeElement().click();
        Browser.waitFor(driver).until(d -> citation.equals(clipboard()));
        panel.findElement(By.cssSelector("button[data-cite=link]")).click();
        Browser.waitFor(driver).until(d -> paragraphUrl().equals(clipboard()));
        Browser.js(driver, "document.querySelector('.cite-panel').scrollIntoView({block: 'center'});");
        viewport("cite-panel-1280.png");
    }

    @Test
    void the_same_paragraph_has_the_same_address_from_the_full_text() {
        open("full.html");
        WebElement panel = openCitePanel("p-6-1-1");

        assertTrue(
                panel.findElement(By.cssSelector(".cite-text")).getText().endsWith(", " + paragraphUrl()),
                "the section page's address, not full.html's");
    }

    @Test
    void bibtex_ris_and_csl_json_downloads_parse_and_carry_the_documents_facts() {
        open(PAGE);
        openCitePanel("p-6-1-1");

        Map<String, String> bib = bibtexFields(downloaded("bibtex"));
        assertEquals("techreport", bib.get("@type"));
        assertEquals("{" + ISSUER + "}", bib.get("author"), "an institution, kept whole in braces");
        assertEquals("{" + TITLE + "}", bib.get("title"));
        assertEquals("2023", bib.get("year"));
        assertEquals("3", bib.get("month"));
        assertEquals("2023-03-16", bib.get("date"));
        assertEquals(paragraphUrl(), bib.get("url"));
        assertTrue(bib.get("note").startsWith("\u00B6 6.1.1. Text as republished by China Daily"), bib.get("note"));

        Map<String, List<String>> ris = risFields(downloaded("ris"));
        assertEquals(List.of("RPRT"), ris.get("TY"));
        assertEquals(List.of(ISSUER), ris.get("AU"));
        assertEquals(List.of(TITLE), ris.get("TI"));
        assertEquals(List.of("2023"), ris.get("PY"));
        assertEquals(List.of("2023/03/16"), ris.get("DA"));
        assertEquals(List.of(paragraphUrl()), ris.get("UR"));
        assertEquals(List.of(""), ris.get("ER"), "the record is closed");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> csl =
                (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(downloaded("csl"));
        assertEquals(1, csl.size());
        Map<String, Object> item = csl.get(0);
        assertEquals("report", item.get("type"));
        assertEquals(TITLE, item.get("title"));
        assertEquals(List.of(Map.of("literal", ISSUER)), item.get("author"));
        assertEquals(Map.of("date-parts", List.of(List.of(2023, 3, 16))), item.get("issued"));
        assertEquals(paragraphUrl(), item.get("URL"));
        assertEquals("en", item.get("language"));
        assertEquals("China Daily", item.get("source"));
    }

    @Test
    void the_cite_panel_works_by_keyboard_and_escape_returns_to_the_number() {
        open(PAGE);
        Browser.js(driver, "document.querySelector('#p-6-1-2 > a.pin').focus();");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        Browser.waitFor(driver)
                .until(d -> "Copy citation".equals(d.switchTo().activeElement().getText()));
        assertEquals(
                "true", driver.findElement(By.cssSelector("#p-6-1-2 > a.pin")).getAttribute("aria-expanded"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("Copy link", driver.switchTo().activeElement().getText());

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        Browser.waitFor(driver)
                .until(d -> d.findElements(By.cssSelector(".cite-panel")).isEmpty());
        assertEquals("p-6-1-2", Browser.js(driver, "return document.activeElement.parentElement.id;"));
        assertEquals(
                "false", driver.findElement(By.cssSelector("#p-6-1-2 > a.pin")).getAttribute("aria-expanded"));
    }

    @Test
    void with_the_cite_panel_open_axe_finds_nothing_and_a_phone_scrolls_no_sideways() {
        open(PAGE);
        openCitePanel("p-6-1-1");
        assertEquals(List.of(), Browser.axeViolations(driver));

        Browser.resize(driver, 375, 800);
        open(PAGE);
        openCitePanel("p-6-1-1");
        Browser.js(driver, "document.querySelector('.cite-panel').scrollIntoView({block: 'center'});");
        assertEquals(
                0L,
                Browser.js(
                        driver, "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"),
                "no sideways scrolling at 375 px");
        viewport("cite-panel-375.png");
    }

    @Test
    void the_editors_note_stands_beside_its_paragraph_outside_its_text_and_citation() {
        open(SECTION);
        WebElement note = driver.findElement(By.cssSelector("aside.editor-note"));

        assertEquals(
                "Editor's note on ¶ VI.1",
                Browser.js(driver, "return arguments[0].querySelector('.editor-note-label').textContent;", note));
        String paragraph = (String) Browser.js(driver, "return document.getElementById('p-vi-1').textContent;");
        assertTrue(paragraph.startsWith("Cyberspace is a shared activity space"));
        assertFalse(paragraph.contains("edition"), paragraph);
        assertEquals("p-vi-1", Browser.js(driver, "return arguments[0].previousElementSibling.id;", note));
        WebElement panel = openCitePanel("p-vi-1");
        assertFalse(panel.getText().contains("Section VI is where this edition begins"));
        assertEquals(List.of(), Browser.axeViolations(driver));
        Browser.js(driver, "document.querySelector('.cite-close').click();");
        Browser.js(driver, "document.querySelector('aside.editor-note').scrollIntoView({block: 'center'});");
        viewport("editors-note-1280.png");
        Browser.resize(driver, 375, 800);
        Browser.js(driver, "document.querySelector('aside.editor-note').scrollIntoView({block: 'center'});");
        viewport("editors-note-375.png");
    }

    @Test
    void in_print_the_note_is_an_aside_and_the_cite_panel_is_hidden() {
        open(SECTION);
        openCitePanel("p-vi-2");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertEquals(
                "none", Browser.js(driver, "return getComputedStyle(document.querySelector('.cite-panel')).display;"));
        assertEquals(
                "block",
                Browser.js(driver, "return getComputedStyle(document.querySelector('aside.editor-note')).display;"));
        Browser.js(driver, "document.querySelector('aside.editor-note').scrollIntoView({block: 'start'});");
        viewport("editors-note-print.png");
    }

    /** What the window shows, as a PNG in target/screenshots. */
    private static void viewport(String name) {
        byte[] png =
                ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        try {
            java.nio.file.Files.createDirectories(BrowserIT.SCREENSHOTS);
            java.nio.file.Files.write(BrowserIT.SCREENSHOTS.resolve(name), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A BibTeX entry's type and fields: {@code @type{key, name = {value}, …}}. */
    private static Map<String, String> bibtexFields(String bibtex) {
        Matcher head = Pattern.compile("^@(\\w+)\\{([^,\\s]+),\\n").matcher(bibtex);
        assertTrue(head.find(), bibtex);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("@type", head.group(1));
        Matcher field =
                Pattern.compile("^  (\\w+) = \\{(.*)\\},?$", Pattern.MULTILINE).matcher(bibtex);
        while (field.find()) {
            fields.put(field.group(1), field.group(2));
        }
        assertTrue(bibtex.endsWith("\n}\n"), bibtex);
        return fields;
    }

    /** An RIS record's tags and values: {@code TY  - RPRT} lines, CRLF-ended. */
    private static Map<String, List<String>> risFields(String ris) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : ris.split("\r\n")) {
            Matcher tag = Pattern.compile("^([A-Z][A-Z0-9])  - ?(.*)$").matcher(line);
            assertTrue(tag.matches(), "an RIS line: " + line);
            fields.computeIfAbsent(tag.group(1), t -> new java.util.ArrayList<>())
                    .add(tag.group(2));
        }
        return fields;
    }
}
