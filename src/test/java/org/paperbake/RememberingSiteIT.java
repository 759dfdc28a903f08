package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.pipeline.Redone;
import org.paperbake.pipeline.Site;

/**
 * {@code serve}'s rebuilds: a {@link Site#remembering} site, edited the ways editors and
 * maintainers edit, gives after every edit exactly the files a fresh build gives, and redoes only
 * what the edit changed. The edits run in order on one copy of the seed site, one site kept
 * across them as serve keeps it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RememberingSiteIT {

    private static final String SUBSECTION = "content/06-2-conducting-extensive-exchanges-and-cooperation.md";

    @TempDir
    static Path folder;

    static Path site;
    static Site remembering;

    @BeforeAll
    static void buildOnce() {
        site = TestSites.copyProjectSite(folder.resolve("site"));
        remembering = Site.remembering(site, site.resolve("output"), line -> {});
        remembering.build();
    }

    /** Rebuilds the remembering site and a fresh one, and compares every file. */
    private static Redone rebuildAndCompareWithAFreshBuild() {
        remembering.build();
        Path fresh = folder.resolve("fresh");
        new Site(site, fresh, line -> {}).build();
        assertEquals(TestSites.snapshot(fresh), TestSites.snapshot(site.resolve("output")));
        return remembering.redoneLastBuild();
    }

    private static void edit(String file, String from, String to) {
        Path path = site.resolve(file);
        String text = TestSites.read(path);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        TestSites.write(path, text.replace(from, to));
    }

    @Test
    @Order(1)
    void a_rebuild_without_changes_redoes_nothing() {
        Redone redone = rebuildAndCompareWithAFreshBuild();
        assertEquals(new Redone(0, 0, 0, 0, 0), redone);
    }

    @Test
    @Order(2)
    void a_one_sentence_edit_redoes_only_its_page_and_the_full_text() {
        TestSites.write(
                site.resolve(SUBSECTION),
                TestSites.read(site.resolve(SUBSECTION)) + "\nA sentence added by an editor.\n");
        Redone redone = rebuildAndCompareWithAFreshBuild();
        // edition.html lists the new sentence as a departure from the source: checked again with the
        // two pages. serve makes no editions, so no download size on the cover or the about page changes.
        assertEquals(new Redone(1, 1, 2, 2, 3), redone, "the subsection and full.html");
    }

    @Test
    @Order(3)
    void an_edit_that_mentions_a_term_refills_that_terms_page() {
        TestSites.write(
                site.resolve(SUBSECTION), TestSites.read(site.resolve(SUBSECTION)) + "\nThe BRICS met again.\n");
        Redone redone = rebuildAndCompareWithAFreshBuild();
        assertTrue(redone.pagesPostProcessed() >= 3, redone.toString());
        assertTrue(redone.pagesPostProcessed() < 20, "only the pages whose mentions changed: " + redone);
    }

    @Test
    @Order(4)
    void a_new_title_is_shown_everywhere_the_contents_are() throws IOException {
        edit(SUBSECTION, "title: Conducting Extensive Exchanges and Cooperation", "title: Conducting Many Exchanges");
        Redone redone = rebuildAndCompareWithAFreshBuild();
        assertTrue(redone.pagesRendered() > 70, "every page shows the contents: " + redone);
        assertTrue(Files.readString(site.resolve("output/conclusion.html")).contains("Conducting Many Exchanges"));
    }

    @Test
    @Order(5)
    void a_glossary_entry_edit_relinks_the_pages_that_mention_it() {
        edit("content/glossary/brics.md", "short: ", "short: Edited. ");
        rebuildAndCompareWithAFreshBuild();
    }

    @Test
    @Order(6)
    void new_and_deleted_content_files_are_picked_up() throws IOException {
        Path scaffolded = site.resolve("content/glossary/paperbake-test-term.md");
        TestSites.write(
                scaffolded,
                "---\ntitle: BRICS Summit\ntype: term\nstatus: published\ncategory: event\n"
                        + "short: A meeting of the BRICS countries.\n---\nA meeting.\n");
        edit(SUBSECTION, "The BRICS met again.", "The BRICS Summit met again.");
        rebuildAndCompareWithAFreshBuild();
        Files.delete(scaffolded);
        rebuildAndCompareWithAFreshBuild();
        assertTrue(Files.notExists(site.resolve("output/glossary/paperbake-test-term.html")));
    }

    @Test
    @Order(7)
    void template_asset_and_settings_edits_are_rebuilt() {
        edit("templates/layout.ftl", "Skip to the text", "Skip to the document");
        Redone redone = rebuildAndCompareWithAFreshBuild();
        assertTrue(redone.pagesRendered() > 80, redone.toString());
        edit("assets/css/site.css", "}", "}\n/* an edit */");
        rebuildAndCompareWithAFreshBuild();
        edit("jbake.properties", "site.title=", "site.title=Edited: ");
        rebuildAndCompareWithAFreshBuild();
    }

    @Test
    @Order(8)
    void a_broken_edit_fails_and_the_next_good_build_is_still_exact() {
        String good = TestSites.read(site.resolve(SUBSECTION));
        edit(SUBSECTION, "title: ", "title: \"unclosed ");
        assertThrows(PaperbakeException.class, () -> remembering.build());
        TestSites.write(site.resolve(SUBSECTION), good + "\n[a broken link](nowhere.html)\n");
        assertThrows(PaperbakeException.class, () -> remembering.build());
        TestSites.write(site.resolve(SUBSECTION), good);
        rebuildAndCompareWithAFreshBuild();
    }
}
