package org.paperbake.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.ScriptedHistory;
import org.paperbake.TestSites;
import org.paperbake.check.BuiltSite;
import org.paperbake.check.SiteScan;
import org.paperbake.kernel.BuildMemory;

/**
 * The built site's check reads the pages the history stage wrote from the trees it wrote them
 * from, not by parsing them again — and reads from them exactly what parsing their files gives,
 * on the seed site with a history (departures marked, history pages, a page rewritten after the
 * stage) and on a library, in a build and in the rebuilds of {@code serve}.
 */
class CheckOnTreesIT {

    private static final String RULE_MAKING = "content/06-1-playing-an-active-role-in-rule-making.md";

    @TempDir
    Path folder;

    private final ScriptedHistory history = new ScriptedHistory();

    /** What one check read, and what parsing every file of the same site gives. */
    private record Read(SiteScan fromTheBuild, SiteScan fromTheFiles) {}

    private final List<Read> reads = new ArrayList<>();

    private void readBothWays(BuiltSite site) {
        reads.add(new Read(site.scan(), SiteScan.of(site.folder(), BuildMemory.none())));
    }

    @Test
    void the_seed_sites_pages_read_from_the_history_stages_trees_are_what_their_files_hold() throws Exception {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        history.importInto(site, "Import the white paper");
        editAndCommit(site);

        new Site(site, site.resolve("output"), line -> {})
                .afterEachCheck(this::readBothWays)
                .build();

        Read read = reads.get(0);
        assertEquals(read.fromTheFiles().pages(), read.fromTheBuild().pages());
        assertEquals(read.fromTheFiles().securityProblems(), read.fromTheBuild().securityProblems());
        long historyPages = read.fromTheFiles().pages().keySet().stream()
                .filter(path -> path.startsWith("changes/"))
                .count();
        long departingPages = read.fromTheFiles().pages().values().stream()
                .filter(page -> page.links().stream().anyMatch(link -> link.startsWith("edition.html#dep-")))
                .count();
        assertTrue(historyPages > 0 && departingPages > 0, "the site has history pages and marked departures");
        assertTrue(
                read.fromTheBuild().pagesReadFromTrees() > historyPages + departingPages,
                read.fromTheBuild().pagesReadFromTrees() + " pages read from trees");
        assertTrue(
                read.fromTheBuild().pagesReadFromTrees()
                        < read.fromTheBuild().pages().size(),
                "the pages the history stage splices without a tree, and those rewritten after it, are parsed");
    }

    @Test
    void a_librarys_pages_and_serves_rebuilds_read_from_the_trees_what_their_files_hold() throws Exception {
        Path site = TestSites.copyFixture("library", folder.resolve("library"));
        history.importInto(site, "Import the library");
        Site serving =
                Site.remembering(site, site.resolve("output"), line -> {}).afterEachCheck(this::readBothWays);
        serving.build();
        Path part = site.resolve("content/cyberspace/06-1-playing-an-active-role-in-rule-making.md");
        String text = Files.readString(part);
        assertTrue(text.contains("the main channel"), "the library holds the sentence the test edits");
        Files.writeString(part, text.replace("the main channel", "the principal channel"));
        serving.build();

        assertEquals(2, reads.size());
        for (Read read : reads) {
            assertEquals(read.fromTheFiles().pages(), read.fromTheBuild().pages());
            assertEquals(
                    read.fromTheFiles().securityProblems(), read.fromTheBuild().securityProblems());
        }
        assertTrue(reads.get(0).fromTheBuild().pagesReadFromTrees() > 0, "the first build reads trees");
    }

    /** A wording change to the seed's text, committed: its paragraph departs from the official source. */
    private void editAndCommit(Path site) throws Exception {
        Path file = site.resolve(RULE_MAKING);
        String text = Files.readString(file);
        assertTrue(text.contains("the main channel"), "the seed holds the sentence the test edits");
        Files.writeString(file, text.replace("the main channel", "the principal channel"));
        try (Git git = Git.open(site.toFile())) {
            history.commit(git, ".", "Fix a typo (#3)", "Editor");
        }
    }
}
