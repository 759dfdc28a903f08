package org.paperbake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the history stays linear in its length: 10,000 commits cost about ten times 1,000. */
class GitHistoryScaleTest {

    private static final int PARAGRAPHS = 20;

    @TempDir
    Path folder;

    @Test
    void ten_thousand_commits_are_read_in_time_linear_in_the_length_of_the_history() throws Exception {
        read(repository("warm-up", 500));
        long made = System.nanoTime();
        Path small = repository("small", 1_000);
        Path large = repository("large", 10_000);
        System.out.printf("Repositories written in %d ms%n", (System.nanoTime() - made) / 1_000_000);

        long smallMillis = Math.min(read(small), read(small));
        long start = System.nanoTime();
        History history = GitHistory.read(large.resolve("content")).history().orElseThrow();
        long largeMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(10_000, history.changes().size());
        assertEquals(History.Kind.IMPORT, history.changes().get(0).kind());
        assertEquals(History.Kind.CORRECTION, history.changes().get(9_999).kind());
        assertEquals(1 + 10_000 / PARAGRAPHS, history.versions().get(id(7)).size(), "every version of a paragraph");
        System.out.printf("History of 1,000 commits read in %d ms, of 10,000 in %d ms%n", smallMillis, largeMillis);
        assertTrue(
                largeMillis < 25 * Math.max(smallMillis, 20),
                "10,000 commits took " + largeMillis + " ms, 1,000 took " + smallMillis + " ms");
    }

    private static long read(Path site) {
        long start = System.nanoTime();
        GitHistory.Result result = GitHistory.read(site.resolve("content"));
        assertTrue(result.history().isPresent(), result.unavailableBecause());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A repository of {@code commits} commits, written straight into its object database: each corrects one paragraph. */
    private Path repository(String name, int commits) throws Exception {
        Path site = folder.resolve(name);
        try (Git git = Git.init()
                        .setDirectory(site.toFile())
                        .setInitialBranch("main")
                        .call();
                // One pack written as it goes, as a clone holds its objects, rather than 40,000 loose files.
                ObjectInserter inserter =
                        ((ObjectDirectory) git.getRepository().getObjectDatabase()).newPackInserter()) {
            Repository repository = git.getRepository();
            String[] paragraphs = new String[PARAGRAPHS];
            for (int i = 0; i < PARAGRAPHS; i++) {
                paragraphs[i] = "Paragraph " + i + " of the text, as it was first written. <!-- ¶ " + id(i) + " -->";
            }
            ObjectId parent = null;
            for (int c = 0; c < commits; c++) {
                if (c > 0) {
                    int which = c % PARAGRAPHS;
                    paragraphs[which] = "Paragraph " + which + " of the text, corrected " + c + " times. <!-- ¶ "
                            + id(which) + " -->";
                }
                parent = commit(inserter, page(paragraphs), parent, c);
            }
            inserter.flush();
            RefUpdate update = repository.updateRef("refs/heads/main");
            update.setNewObjectId(parent);
            update.forceUpdate();
        }
        return site;
    }

    private static String id(int paragraph) {
        return "a" + String.format("%04d", paragraph).replace('0', 'b').replace('1', 'c');
    }

    private static String page(String[] paragraphs) {
        return "---\ntitle: A Part\ntype: section\nstatus: published\ndate: 2023-03-17\nnumber: \"I\"\norder: 100\n"
                + "generated: sha256:0\n---\n"
                + String.join("\n\n", paragraphs) + "\n";
    }

    private static ObjectId commit(ObjectInserter inserter, String page, ObjectId parent, int index) throws Exception {
        ObjectId blob = inserter.insert(Constants.OBJ_BLOB, page.getBytes(StandardCharsets.UTF_8));
        TreeFormatter content = new TreeFormatter();
        content.append("a.md", FileMode.REGULAR_FILE, blob);
        ObjectId contentTree = inserter.insert(content);
        TreeFormatter root = new TreeFormatter();
        root.append("content", FileMode.TREE, contentTree);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(inserter.insert(root));
        if (parent != null) {
            commit.setParentId(parent);
        }
        PersonIdent who = new PersonIdent("Editor", "editor@example.org", 1_700_000_000_000L + index * 60_000L, 0);
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage(index == 0 ? "Import" : "Correct paragraph " + index % PARAGRAPHS);
        return inserter.insert(commit);
    }
}
