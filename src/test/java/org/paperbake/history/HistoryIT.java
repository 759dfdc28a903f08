package org.paperbake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.ScriptedHistory;
import org.paperbake.TestSites;
import org.paperbake.kernel.ParagraphIds;

/**
 * The record of changes, built from a repository the test writes with JGit: an import, a typo fix,
 * a paragraph inserted before others, a split, a removal, a glossary edit and a tag, with the pages
 * checked after each step; hostile commit messages and authors; the same history built twice; a
 * rewritten history; and the same site without history.
 */
class HistoryIT {

    private static final String RULE_MAKING = "content/06-1-playing-an-active-role-in-rule-making.md";
    private static final String EXCHANGES = "content/06-2-conducting-extensive-exchanges-and-cooperation.md";
    private static final String CONCLUSION = "content/conclusion.md";

    @TempDir
    Path folder;

    private final ScriptedHistory history = new ScriptedHistory();

    @Test
    void each_scripted_change_is_on_the_changes_page_and_every_old_anchor_still_leads_somewhere() throws Exception {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        try (Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            history.commit(git, ".", "Import the white paper", "Importer");
            Document changes = build(site, "1").changes;
            assertEquals(
                    "import", changes.selectFirst("section.change .change-kind").text());
            Document conclusion = page(site, "1", "conclusion.html");
            assertTrue(conclusion.selectFirst("p.last-changed").text().contains("Import the white paper"));

            fixATypo(git, site);
            insertAndSplit(git, site);
            removeEditGlossaryAndTag(git, site);
            buildAgainAndRewrite(git, site);
        }
    }

    private void fixATypo(Git git, Path site) throws Exception {
        // A typo fix, by a hostile author with a hostile message.
        edit(site, RULE_MAKING, "the main channel", "the principal channel");
        history.commit(git, ".", "Fix a typo <script>alert(1)</script> (#3)", "\"><img src=x onerror=alert(1)>");
        Built typo = build(site, "2");
        Element fix = typo.changes.selectFirst("section.change");
        assertEquals("correction", fix.selectFirst(".change-kind").text());
        assertEquals(
                "Fix a typo <script>alert(1)</script> (#3)",
                fix.selectFirst(".change-title").text());
        assertTrue(typo.changes.select("script:not([src])").isEmpty(), "no script from a commit message");
        assertTrue(typo.changes.select("img").isEmpty(), "no element from an author's name");
        assertEquals("main", fix.selectFirst(".redline del").text());
        assertEquals("principal", fix.selectFirst(".redline ins").text());
        assertNotNull(fix.selectFirst("a[href=https://github.com/paperbake/paperbake/pull/3]"));
        fix.select("a[href^=http]")
                .forEach(link -> assertTrue(
                        link.attr("href").startsWith("https://github.com/paperbake/paperbake/"), link.outerHtml()));
        Document edition = page(site, "2", "edition.html");
        assertEquals(
                "wording", edition.selectFirst("#dep-p-6-1-2 .departure-kind").text());
        assertNotNull(page(site, "2", "06-1-playing-an-active-role-in-rule-making.html")
                .selectFirst("#p-6-1-2 a.departure[href=edition.html#dep-p-6-1-2]"));
    }

    private void insertAndSplit(Git git, Path site) throws Exception {
        // A paragraph inserted before the others: numbers shift, identities stay.
        String firstId = idOfParagraph(site, RULE_MAKING, 0);
        insertFirst(site, RULE_MAKING, "A paragraph the edition inserts before the others.");
        assertEquals(
                0, TestSites.run("ids", "repair", "--source", site.toString()).exitCode());
        history.commit(git, ".", "Insert a paragraph before the others", "Editor");
        Document ruleMaking = page(site, "3", "06-1-playing-an-active-role-in-rule-making.html");
        Element moved = ruleMaking.getElementById(ParagraphIds.anchor(firstId)).parent();
        assertEquals("p-6-1-2", moved.id(), "the first paragraph is now the second, under the same identifier");
        assertEquals(
                "added by this edition",
                page(site, "3", "edition.html")
                        .selectFirst("#dep-p-6-1-1 .departure-kind")
                        .text());

        // A paragraph split in two.
        edit(site, EXCHANGES, "in the rule of law in cyberspace, China", "in the rule of law in cyberspace.\n\nChina");
        assertEquals(
                0, TestSites.run("ids", "repair", "--source", site.toString()).exitCode());
        history.commit(git, ".", "Split the first paragraph of 6.2", "Editor");
        Built split = build(site, "4");
        assertEquals(
                "structure",
                split.changes.selectFirst("section.change .change-kind").text());
        assertTrue(split.changes.selectFirst("section.change").text().contains("split"), split.changes.text());
    }

    private void removeEditGlossaryAndTag(Git git, Path site) throws Exception {
        // The last paragraph of the Conclusion removed: its anchors land on a note.
        String lastId = idOfParagraph(site, CONCLUSION, 1);
        removeParagraph(site, CONCLUSION, 1);
        history.commit(git, ".", "Remove the Conclusion's last paragraph", "Editor");
        Document removed = page(site, "5", "conclusion.html");
        Element note = removed.getElementById(ParagraphIds.anchor(lastId));
        assertNotNull(note, "the removed paragraph's identifier lands on a note");
        assertTrue(note.text().contains("was removed on"), note.text());
        assertTrue(note.text().contains("Remove the Conclusion's last paragraph"), note.text());
        assertNotNull(note.getElementById("p-c-2"), "its old positional anchor lands on the note too");

        // A glossary edit, then a tag.
        edit(site, "content/glossary/brics.md", "short: ", "short: Edited. ");
        history.commit(git, ".", "Glossary: BRICS", "Editor");
        git.tag().setName("edition-2026-03").call();
        Built glossary = build(site, "6");
        assertEquals(
                "glossary",
                glossary.changes.selectFirst("section.change .change-kind").text());
        Document history = page(site, "6", "changes/06-1-playing-an-active-role-in-rule-making.html");
        Element versions = history.getElementById(HistoryPages.HISTORY_PREFIX + idOfParagraph(site, RULE_MAKING, 2));
        assertEquals(2, versions.select("ol.version-list > li").size(), versions.outerHtml());
        String feed = Files.readString(folder.resolve("out6/changes.xml"));
        assertTrue(feed.contains("&lt;script&gt;"), "the feed escapes the message");
        assertFalse(feed.contains("<script>"));
    }

    private void buildAgainAndRewrite(Git git, Path site) throws Exception {
        // The same history builds the same bytes.
        build(site, "6again");
        assertEquals(TestSites.snapshot(folder.resolve("out6")), TestSites.snapshot(folder.resolve("out6again")));

        // A rewritten history: the last commit amended.
        git.commit()
                .setAmend(true)
                .setMessage("Glossary: BRICS, reworded")
                .setAuthor(history.person("Editor"))
                .setCommitter(history.person("Editor"))
                .call();
        Built rewritten = build(site, "7");
        assertEquals(
                "Glossary: BRICS, reworded",
                rewritten.changes.selectFirst(".change-title").text());
        assertFalse(rewritten.changes.text().contains("Glossary: BRICS Edited"));
    }

    @Test
    void a_librarys_part_history_pages_sit_in_their_documents_folder_and_link_from_there() throws Exception {
        Path site = TestSites.copyFixture("library", folder.resolve("library"));
        history.importInto(site, "Import the library");
        String part = "cyberspace/06-1-playing-an-active-role-in-rule-making";

        Document partHistory = page(site, "library", "changes/" + part + ".html");

        assertNotNull(partHistory.selectFirst("link[rel=stylesheet][href=../../css/site.css]"), "the site's style");
        assertNotNull(partHistory.selectFirst("main a[href=../../" + part + ".html]"), "the part it is the history of");
        assertNotNull(partHistory.selectFirst("main a[href=../../changes.html]"), "the changes page");
        Element version = partHistory.selectFirst("section.versions h2 a[href^=../../" + part + ".html#]");
        assertNotNull(version, "each paragraph's heading links to it in the part");
        assertNotNull(
                page(site, "library", part + ".html").selectFirst("a[href^=../changes/" + part + ".html#]"),
                "the part links to its history page");
    }

    @Test
    void a_folder_outside_git_and_a_shallow_clone_build_without_history_and_say_so_once() throws Exception {
        Path plain = TestSites.copyProjectSite(folder.resolve("plain"));
        TestSites.Run run = TestSites.run(
                "build",
                "--source",
                plain.toString(),
                "--output",
                plain.resolve("out").toString(),
                "--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        String log = run.out() + run.err();
        assertEquals(1, log.split("History: unavailable", -1).length - 1, log);
        assertFalse(Files.exists(plain.resolve("out/changes.html")));
        assertTrue(Files.exists(plain.resolve("out/edition.html")), "the official source comparison needs no history");
        assertTrue(Files.readString(plain.resolve("out/conclusion.html")).contains("edition.html"));
        assertFalse(Files.readString(plain.resolve("out/conclusion.html")).contains("last-changed"));

        Path shallow = TestSites.copyProjectSite(folder.resolve("shallow"));
        try (Git git = Git.init().setDirectory(shallow.toFile()).call()) {
            history.commit(git, ".", "Import", "Importer");
            Files.writeString(
                    shallow.resolve(".git/shallow"),
                    git.getRepository().resolve("HEAD").name() + "\n");
        }
        TestSites.Run shallowRun = TestSites.run(
                "build",
                "--source",
                shallow.toString(),
                "--output",
                shallow.resolve("out").toString(),
                "--no-cache");
        assertEquals(0, shallowRun.exitCode(), shallowRun.err());
        assertTrue((shallowRun.out() + shallowRun.err()).contains("shallow clone"), shallowRun.out());
        assertFalse(Files.exists(shallow.resolve("out/changes.html")));
    }

    private record Built(Document changes) {}

    private Built build(Path site, String name) throws Exception {
        TestSites.Run run = TestSites.run(
                "build",
                "--source",
                site.toString(),
                "--output",
                folder.resolve("out" + name).toString(),
                "--no-cache");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return new Built(page(site, name, "changes.html"));
    }

    private Document page(Path site, String build, String page) throws Exception {
        Path out = folder.resolve("out" + build);
        if (!Files.exists(out)) {
            TestSites.Run run =
                    TestSites.run("build", "--source", site.toString(), "--output", out.toString(), "--no-cache");
            assertEquals(0, run.exitCode(), run.out() + run.err());
        }
        return Jsoup.parse(Files.readString(out.resolve(page)));
    }

    private static void edit(Path site, String file, String from, String to) throws Exception {
        String text = Files.readString(site.resolve(file));
        assertTrue(text.contains(from), from);
        Files.writeString(site.resolve(file), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    private static String body(Path site, String file) throws Exception {
        String text = Files.readString(site.resolve(file));
        return text.substring(text.indexOf("\n---\n", 3) + 5);
    }

    private static String idOfParagraph(Path site, String file, int index) throws Exception {
        return ParagraphIds.blocks(body(site, file)).get(index).id().orElseThrow();
    }

    private static void insertFirst(Path site, String file, String paragraph) throws Exception {
        String text = Files.readString(site.resolve(file));
        int body = text.indexOf("\n---\n", 3) + 5;
        Files.writeString(site.resolve(file), text.substring(0, body) + paragraph + "\n\n" + text.substring(body));
    }

    private static void removeParagraph(Path site, String file, int index) throws Exception {
        String text = Files.readString(site.resolve(file));
        int body = text.indexOf("\n---\n", 3) + 5;
        ParagraphIds.Block block = ParagraphIds.blocks(text.substring(body)).get(index);
        String[] lines = text.substring(body).split("\n", -1);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i < block.firstLine() - 1 || i > block.lastLine() - 1) {
                kept.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        Files.writeString(
                site.resolve(file), text.substring(0, body) + kept.toString().stripTrailing() + "\n");
    }
}
