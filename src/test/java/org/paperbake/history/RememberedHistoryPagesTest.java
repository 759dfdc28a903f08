package org.paperbake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.pipeline.Site;

/**
 * {@code serve}'s Changes page and feed: remembered under what they are made of, so that an edit
 * within the text makes neither again, a part's new title makes the Changes page again (it names
 * the parts) but not the feed, and what is written is what making them afresh writes.
 */
class RememberedHistoryPagesTest {

    private static final String SUBSECTION = "content/06-2-conducting-extensive-exchanges-and-cooperation.md";

    @TempDir
    Path folder;

    private record Published(String changes, String feed) {}

    private static Published publish(Path site, Path staging, BuildMemory memory) throws Exception {
        SiteConfig config = SiteConfig.load(site);
        List<ContentFile> content = ContentReader.readAll(config.contentFolder());
        History history = GitHistory.read(config.contentFolder()).history().orElseThrow();
        HistoryPages.publish(config, history, content, staging, Shell.of(staging), memory);
        return new Published(
                Files.readString(staging.resolve("changes.html")), Files.readString(staging.resolve("changes.xml")));
    }

    @Test
    void only_what_the_changes_page_or_the_feed_shows_makes_them_again_and_they_are_made_as_afresh() throws Exception {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        try (Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("content").call();
            PersonIdent editor = new PersonIdent("Editor", "editor@example.org");
            git.commit()
                    .setMessage("Import the white paper")
                    .setAuthor(editor)
                    .setCommitter(editor)
                    .call();
            Path subsection = site.resolve(SUBSECTION);
            TestSites.write(subsection, TestSites.read(subsection) + "\nA committed sentence.\n");
            git.add().addFilepattern("content").call();
            git.commit()
                    .setMessage("Add a sentence to 6.2")
                    .setAuthor(editor)
                    .setCommitter(editor)
                    .call();
        }
        Path staging = folder.resolve("staging");
        new Site(site, staging, line -> {}).build();
        BuildMemory memory = BuildMemory.acrossBuilds();
        Published first = publish(site, staging, memory);
        assertEquals(1, memory.computedThisBuild(HistoryPages.ChangesPage.class));
        assertEquals(1, memory.computedThisBuild(HistoryPages.Feed.class));
        memory.nextBuild();

        Path subsection = site.resolve(SUBSECTION);
        TestSites.write(subsection, TestSites.read(subsection) + "\nAn uncommitted sentence.\n");
        Files.delete(staging.resolve("changes.html"));
        Files.delete(staging.resolve("changes.xml"));
        assertEquals(first, publish(site, staging, memory), "written again from what was remembered");
        assertEquals(0, memory.computedThisBuild(HistoryPages.ChangesPage.class), "an edit within the text");
        assertEquals(0, memory.computedThisBuild(HistoryPages.Feed.class));
        memory.nextBuild();

        TestSites.write(
                subsection,
                TestSites.read(subsection)
                        .replace(
                                "title: Conducting Extensive Exchanges and Cooperation",
                                "title: Conducting Extensive Exchanges and Cooperation (retitled)"));
        Published retitled = publish(site, staging, memory);
        assertEquals(1, memory.computedThisBuild(HistoryPages.ChangesPage.class), "the page names the parts");
        assertEquals(0, memory.computedThisBuild(HistoryPages.Feed.class), "the feed names no part");
        assertEquals(publish(site, staging, BuildMemory.none()), retitled);
        assertNotEquals(first.changes(), retitled.changes());
        assertTrue(retitled.changes().contains("(retitled)"), "the new title is shown");
    }
}
