package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.pipeline.Site;

/**
 * {@code serve}'s rebuilds of a site in a git repository: the history it remembers under the HEAD
 * commit, the parts' history pages it remembers under their text and the pages it remembers as
 * marked, give after every edit — made and left uncommitted, then committed, which moves HEAD, and
 * within a paragraph, after which the other pages are remembered — exactly the files a fresh build
 * gives.
 */
class RememberingHistoryIT {

    private static final String SUBSECTION = "content/06-2-conducting-extensive-exchanges-and-cooperation.md";
    private static final String CONCLUSION = "content/conclusion.md";

    @TempDir
    Path folder;

    private final ScriptedHistory history = new ScriptedHistory();

    @Test
    void uncommitted_and_committed_edits_rebuild_the_history_as_a_fresh_build_does() throws Exception {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        try (Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            history.commit(git, "content", "Import the white paper", "Editor");
            Site remembering = Site.remembering(site, site.resolve("output"), line -> {});
            rebuildAndCompare(remembering, site);

            edit(site, SUBSECTION, "\nAn uncommitted sentence.\n");
            rebuildAndCompare(remembering, site);

            history.commit(git, "content", "Add a sentence to 6.2", "Editor");
            rebuildAndCompare(remembering, site);
            assertTrue(
                    TestSites.read(site.resolve("output/changes.html")).contains("Add a sentence to 6.2"),
                    "the new commit is on the changes page: HEAD moved, so the history was read again");

            edit(site, CONCLUSION, "\nAnother sentence, at the end.\n");
            history.commit(git, "content", "Add a sentence to the conclusion", "Editor");
            rebuildAndCompare(remembering, site);
            rebuildAndCompare(remembering, site);

            // Within a paragraph: every page but the edited one and the full text is marked as remembered.
            Path subsection = site.resolve(SUBSECTION);
            TestSites.write(
                    subsection,
                    TestSites.read(subsection).replace("An uncommitted sentence.", "An uncommitted sentence, edited."));
            rebuildAndCompare(remembering, site);
        }
    }

    private void rebuildAndCompare(Site remembering, Path site) {
        remembering.build();
        Path fresh = folder.resolve("fresh");
        new Site(site, fresh, line -> {}).build();
        assertEquals(TestSites.snapshot(fresh), TestSites.snapshot(site.resolve("output")));
    }

    private static void edit(Path site, String file, String appended) {
        Path path = site.resolve(file);
        TestSites.write(path, TestSites.read(path) + appended);
    }
}
