package org.paperbake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.paperbake.TestSites;

/**
 * The pinned link in headless Chromium, on a site with one tagged edition and one paragraph
 * reworded since: an unchanged paragraph offers its link in the edition, the reworded one says
 * why it has none, an old edition's page offers its own address beside the current one; and the
 * versions page's form goes to the comparison of the two texts chosen.
 */
class PinnedCitationBrowserIT {

    private static final String PAGE = "06-1-playing-an-active-role-in-rule-making.html";

    static ChromeDriver driver;
    static SiteServer server;
    static Path built;

    @BeforeAll
    static void start() throws Exception {
        Path folder = TestSites.PROJECT.resolve("target/it-sites/pinned-citation");
        org.paperbake.kernel.FileTrees.deleteRecursively(folder);
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        try (Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            commit(git, "Import", 1);
            git.tag().setName("edition-1").call();
            Path file = site.resolve("content/06-1-playing-an-active-role-in-rule-making.md");
            Files.writeString(file, Files.readString(file).replaceFirst("the main channel", "the chief channel"));
            commit(git, "Reword 6.1", 2);
        }
        built = folder.resolve("out");
        TestSites.Run run =
                TestSites.run("build", "--source", site.toString(), "--output", built.toString(), "--no-cache");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        server = SiteServer.start(built, "/", "/paperbake/");
        driver = Browser.start(TestSites.PROJECT.resolve("target/chromium-profiles"));
    }

    private static void commit(Git git, String message, int day) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent person = new PersonIdent(
                "Editor",
                "editor@example.org",
                Date.from(Instant.parse("2026-03-01T10:00:00Z").plusSeconds(86_400L * day)),
                TimeZone.getTimeZone("UTC"));
        git.commit().setMessage(message).setAuthor(person).setCommitter(person).call();
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    @BeforeEach
    void desktop() {
        Browser.resize(driver, 1280, 900);
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

    private static String pid(String paragraphId) {
        return driver.findElement(By.id(paragraphId)).getAttribute("data-pid");
    }

    @Test
    void an_unchanged_paragraph_offers_its_link_pinned_to_the_latest_edition() {
        open(PAGE);
        WebElement panel = openCitePanel("p-6-1-1");
        String pinned = server.url("/paperbake/") + "versions/edition-1/" + PAGE + "#para-" + pid("p-6-1-1");
        WebElement button = panel.findElement(By.cssSelector("button[data-cite=pinned]"));
        assertEquals("Copy link to edition-1 (2 March 2026)", button.getText());
        assertTrue(panel.findElement(By.cssSelector(".cite-links")).getText().contains(pinned));
        button.click();
        Browser.waitFor(driver).until(d -> pinned.equals(clipboard()));
        Browser.screenshot(driver, BrowserIT.SCREENSHOTS.resolve("pinned-citation-1280.png"));
    }

    @Test
    void a_paragraph_changed_since_the_latest_edition_has_no_pinned_link_and_says_why() {
        open(PAGE);
        String reworded = (String) Browser.js(
                driver,
                "return Array.from(document.querySelectorAll('p[data-pid]'))"
                        + ".find(function (p) { return p.textContent.indexOf('the chief channel') >= 0; }).id;");
        WebElement panel = openCitePanel(reworded);
        WebElement button = panel.findElement(By.cssSelector("button[data-cite=pinned]"));
        assertFalse(button.isEnabled());
        assertTrue(
                panel.findElement(By.cssSelector(".cite-links"))
                        .getText()
                        .contains(
                                "none: this paragraph has changed since edition-1 (2 March 2026), the latest edition"),
                panel.getText());
    }

    @Test
    void an_old_editions_page_offers_its_own_address_and_the_current_one() {
        Browser.resize(driver, 375, 800);
        open("versions/edition-1/" + PAGE);
        assertTrue(driver.findElement(By.cssSelector(".edition-banner"))
                .getText()
                .startsWith("This is the text as of 2 March 2026 (edition-1)."));
        WebElement panel = openCitePanel("p-6-1-1");
        String pid = pid("p-6-1-1");
        String pinned = server.url("/paperbake/") + "versions/edition-1/" + PAGE + "#para-" + pid;
        panel.findElement(By.cssSelector("button[data-cite=pinned]")).click();
        Browser.waitFor(driver).until(d -> pinned.equals(clipboard()));
        // The toast of the first copy covers the button on a phone's screen for a moment: click it as a tap would.
        Browser.js(driver, "document.querySelector('.cite-panel button[data-cite=link]').click();");
        String current = server.url("/paperbake/") + PAGE + "#para-" + pid;
        Browser.waitFor(driver).until(d -> current.equals(clipboard()));
        Browser.screenshot(driver, BrowserIT.SCREENSHOTS.resolve("edition-page-375.png"));
        assertTrue(
                Browser.axeViolations(driver).isEmpty(),
                Browser.axeViolations(driver).toString());
    }

    @Test
    void the_versions_form_goes_to_the_comparison_of_the_two_texts_chosen() {
        open("versions.html");
        WebElement form = driver.findElement(By.cssSelector("form.compare-form"));
        assertTrue(form.isDisplayed(), "script shows the form");
        new Select(form.findElement(By.name("from"))).selectByVisibleText("the current text");
        new Select(form.findElement(By.name("to"))).selectByVisibleText("edition-1");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("versions/compare/edition-1__current.html"));
        assertEquals("chief", driver.findElement(By.cssSelector(".redline ins")).getText());
        Browser.screenshot(driver, BrowserIT.SCREENSHOTS.resolve("versions-compare-1280.png"));
        open("versions.html");
        Browser.screenshot(driver, BrowserIT.SCREENSHOTS.resolve("versions-1280.png"));
    }
}
