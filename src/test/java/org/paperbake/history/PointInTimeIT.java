package org.paperbake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.ScriptedHistory;
import org.paperbake.TestSites;

/**
 * Point-in-time editions, from a repository the test writes with JGit: an import, a typo fix, a
 * paragraph inserted, a tag, a split, a second tag, a listed day, with the built pages checked
 * after each step; the same history built twice; a day before the first commit; hostile tag names;
 * a new tag missing the build cache; and a site without history.
 */
class PointInTimeIT {

    private static final String RULE_MAKING = "content/06-1-playing-an-active-role-in-rule-making.md";
    private static final String RULE_MAKING_PAGE = "06-1-playing-an-active-role-in-rule-making.html";
    private static final String EXCHANGES = "content/06-2-conducting-extensive-exchanges-and-cooperation.md";
    private static final String EXCHANGES_PAGE = "06-2-conducting-extensive-exchanges-and-cooperation.html";

    @TempDir
    Path folder;

    private final ScriptedHistory history = new ScriptedHistory();

    @Test
    void tags_and_listed_days_become_frozen_editions_with_banners_comparisons_and_pinned_links() throws Exception {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        try (Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            history.commit(git, ".", "Import the white paper", "Editor");
            TestSites.Run untagged = build(site, "1");
            assertTrue(untagged.out().contains("Versions: none — no tag matches edition-*"), untagged.out());
            assertFalse(Files.exists(folder.resolve("out1/versions.html")));
            assertFalse(Files.exists(folder.resolve("out1/versions")));

            edit(site, RULE_MAKING, "the main channel", "the principal channel");
            history.commit(git, ".", "Fix a typo", "Editor");
            edit(site, RULE_MAKING, "the principal channel", "the principal channel");
            insertFirst(site, EXCHANGES, "A paragraph the edition inserts before the others.");
            assertEquals(
                    0,
                    TestSites.run("ids", "repair", "--source", site.toString()).exitCode());
            history.commit(git, ".", "Insert a paragraph", "Editor");
            git.tag().setName("edition-1").call();
            firstEdition(site);

            edit(
                    site,
                    EXCHANGES,
                    "in the rule of law in cyberspace, China",
                    "in the rule of law in cyberspace.\n\nChina");
            assertEquals(
                    0,
                    TestSites.run("ids", "repair", "--source", site.toString()).exitCode());
            history.commit(git, ".", "Split a paragraph of 6.2", "Editor");
            git.tag().setName("edition-2").call();
            edit(site, RULE_MAKING, "the principal channel", "the chief channel");
            history.commit(git, ".", "Reword 6.1", "Editor");
            // The day of the split's commit: the dated edition is edition-2's text (listed before it, by name).
            edit(site, "jbake.properties", "glossary.link_policy", "editions.dates=2026-03-05\nglossary.link_policy");
            history.commit(git, ".", "List a dated edition", "Editor");
            laterEditions(site);

            sameHistoryBuildsTheSameBytes(site);
            aDayBeforeTheFirstCommitIsASettingsProblem(site);
            aNewTagMissesTheCache(git, site);
        }
    }

    private void firstEdition(Path site) throws Exception {
        TestSites.Run run = build(site, "2");
        assertTrue(run.out().contains("Versions: 1 edition(s) under versions/"), run.out());
        Document list = page("2", "versions.html");
        assertEquals(
                "edition-1",
                list.selectFirst(".versions-table tbody tr:nth-child(2) th a").text());
        assertEquals(
                "versions/edition-1/index.html",
                list.selectFirst(".versions-table tbody tr:nth-child(2) th a").attr("href"));
        assertEquals(
                "2026-03-04",
                list.selectFirst(".versions-table tbody tr:nth-child(2) time").attr("datetime"));

        Document old = page("2", "versions/edition-1/" + RULE_MAKING_PAGE);
        Element banner = old.selectFirst("main > aside.edition-banner");
        assertNotNull(banner, "every page of an edition has the banner");
        assertEquals(
                "This is the text as of 4 March 2026 (edition-1). Read the current text of this page → · all versions",
                banner.text());
        assertEquals(
                "../../" + RULE_MAKING_PAGE,
                banner.selectFirst("a.edition-current").attr("href"));
        assertTrue(old.selectFirst("article").text().contains("the principal channel"));
        assertSharedAssets(folder.resolve("out2"), "versions/edition-1/" + RULE_MAKING_PAGE, old);
        assertFalse(Files.exists(folder.resolve("out2/versions/edition-1/css")), "no copy of the assets");
        assertFalse(Files.exists(folder.resolve("out2/versions/edition-1/robots.txt")));
        Document glossaryTerm = page("2", "versions/edition-1/glossary/brics.html");
        assertNotNull(glossaryTerm.selectFirst("aside.edition-banner"));
        assertSharedAssets(folder.resolve("out2"), "versions/edition-1/glossary/brics.html", glossaryTerm);

        // Nothing changed since the tag: each current paragraph is pinned to edition-1.
        Document now = page("2", RULE_MAKING_PAGE);
        Element paragraph = now.selectFirst("article p[data-pid][data-pinned]");
        assertNotNull(paragraph, now.select("article p[data-pid]").outerHtml());
        assertEquals("versions/edition-1/" + RULE_MAKING_PAGE, paragraph.attr("data-pinned"));
        assertEquals("edition-1 (4 March 2026)", paragraph.attr("data-pinned-edition"));
        assertNotNull(now.selectFirst("footer.site-footer a[href=versions.html]"));
        Document same = page("2", "versions/compare/edition-1__current.html");
        assertEquals(
                "no change to the text.", same.selectFirst(".compare-summary").text());
    }

    private void laterEditions(Path site) throws Exception {
        build(site, "3");
        Document list = page("3", "versions.html");
        List<String> names = list.select(".versions-table tbody th a").eachText();
        assertEquals(List.of("the current text", "edition-2", "2026-03-05", "edition-1"), names);
        assertEquals(
                "edition-1 2026-03-05 edition-2 the current text",
                String.join(
                        " ",
                        list.select(".compare-form select[name=from] option").eachText()));
        assertNotNull(list.selectFirst("form.compare-form[hidden]"), "without script the form stays hidden");
        assertEquals(6, list.select(".compare-links li a").size(), "every pair of four texts");

        // Each edition keeps its own words.
        assertTrue(page("3", "versions/edition-1/" + RULE_MAKING_PAGE)
                .selectFirst("article")
                .text()
                .contains("the principal channel"));
        assertTrue(page("3", "versions/2026-03-05/" + RULE_MAKING_PAGE)
                .selectFirst("article")
                .text()
                .contains("the principal channel"));
        assertTrue(page("3", RULE_MAKING_PAGE).selectFirst("article").text().contains("the chief channel"));

        // The split, section by section, as a word-level redline.
        Document split = page("3", "versions/compare/edition-1__edition-2.html");
        assertEquals(
                "1 paragraph changed, 1 added, 0 removed.",
                split.selectFirst(".compare-summary").text());
        Element section = split.selectFirst(".compare-section");
        assertTrue(section.selectFirst("h2").text().contains("Conducting Extensive Exchanges"), section.text());
        Element cut = section.selectFirst("[data-action=changed] .redline");
        assertTrue(cut.selectFirst("del").text().endsWith(","), cut.outerHtml());
        assertTrue(cut.text().contains("in the rule of law in cyberspace"), cut.outerHtml());
        // ids repair keeps the identifier on the second half, so the first half is the new paragraph.
        assertEquals(
                "As a longstanding supporter of international exchanges and cooperation in the rule of law in"
                        + " cyberspace.",
                section.selectFirst("[data-action=added] .redline ins").text());
        Document reworded = page("3", "versions/compare/edition-2__current.html");
        assertEquals("principal", reworded.selectFirst(".redline del").text());
        assertEquals("chief", reworded.selectFirst(".redline ins").text());

        // The reworded paragraph has no pinned link, and says why; an unchanged one is pinned to the newest.
        Document now = page("3", RULE_MAKING_PAGE);
        Element changed = now.select("article p[data-pid]").stream()
                .filter(p -> p.text().contains("the chief channel"))
                .findFirst()
                .orElseThrow();
        assertNull(changed.attributes().get("data-pinned").isEmpty() ? null : changed.attr("data-pinned"));
        assertEquals(
                "this paragraph has changed since edition-2 (5 March 2026), the latest edition",
                changed.attr("data-pinned-none"));
        Element unchanged = page("3", EXCHANGES_PAGE).selectFirst("article p[data-pid][data-pinned]");
        assertEquals("versions/edition-2/" + EXCHANGES_PAGE, unchanged.attr("data-pinned"));
    }

    private void sameHistoryBuildsTheSameBytes(Path site) throws Exception {
        build(site, "3b");
        List<Path> files = files(folder.resolve("out3"));
        assertEquals(files, files(folder.resolve("out3b")));
        for (Path file : files) {
            assertEquals(
                    -1L,
                    Files.mismatch(
                            folder.resolve("out3").resolve(file),
                            folder.resolve("out3b").resolve(file)),
                    file.toString());
        }
    }

    private void aDayBeforeTheFirstCommitIsASettingsProblem(Path site) throws Exception {
        String settings = Files.readString(site.resolve("jbake.properties"));
        Files.writeString(site.resolve("jbake.properties"), settings.replace("2026-03-05", "2026-03-05, 2020-01-01"));
        TestSites.Run run = TestSites.run(
                "build",
                "--source",
                site.toString(),
                "--output",
                folder.resolve("out3").toString(),
                "--no-cache");
        assertNotEquals(0, run.exitCode());
        int line = (int) settings.lines()
                        .takeWhile(l -> !l.startsWith("editions.dates"))
                        .count()
                + 1;
        assertTrue(
                run.err()
                        .contains("jbake.properties:" + line + ": 'editions.dates' lists 2020-01-01, which is before"
                                + " the first commit (2026-03-02)"),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(Files.exists(folder.resolve("out3/versions/2026-03-05/index.html")), "the last good site stays");
        Files.writeString(site.resolve("jbake.properties"), settings);
    }

    private void aNewTagMissesTheCache(Git git, Path site) throws Exception {
        Path cache = folder.resolve("cache");
        String[] args = {
            "build",
            "--source",
            site.toString(),
            "--output",
            folder.resolve("out4").toString(),
            "--cache",
            cache.toString()
        };
        assertEquals(0, TestSites.run(args).exitCode());
        assertTrue(TestSites.run(args).out().contains("Cache: hit"));
        git.tag().setName("edition-3").call();
        TestSites.Run tagged = TestSites.run(args);
        assertTrue(tagged.out().contains("Cache: miss"), tagged.out());
        assertTrue(Files.exists(folder.resolve("out4/versions/edition-3/index.html")));
    }

    @Test
    void hostile_tag_names_are_escaped_and_given_safe_folders() throws Exception {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        edit(site, "jbake.properties", "glossary.link_policy", "editions.tags=*\nglossary.link_policy");
        try (Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            history.commit(git, ".", "Import the white paper", "Editor");
            List<String> hostile = List.of(
                    "<script>alert(1)</script>",
                    "edition-ünïcödé-🙂",
                    "Edition-1",
                    "edition-1",
                    "current",
                    "x".repeat(200));
            for (String name : hostile) {
                git.tag().setName(name).call();
            }
            // Git refuses "../x" and a 300-character name as a file; a packed ref can still hold them.
            Path packed = site.resolve(".git/packed-refs");
            String head = git.getRepository().resolve("HEAD").name();
            Files.writeString(
                    packed,
                    "# pack-refs with: peeled fully-peeled sorted \n" + head + " refs/tags/../x\n" + head
                            + " refs/tags/" + "y".repeat(300) + "\n");
            TestSites.Run run = build(site, "h");
            Document list = page("h", "versions.html");
            assertTrue(list.select("script:not([src])").isEmpty(), "no script from a tag name");
            List<String> names = list.select(".versions-table tbody th a").eachText();
            assertTrue(names.contains("<script>alert(1)</script>"), names.toString());
            assertTrue(names.contains("edition-ünïcödé-🙂"), names.toString());
            for (Element link : list.select(".versions-table tbody th a")) {
                String href = link.attr("href");
                assertTrue(
                        href.equals("index.html") || href.matches("versions/[a-z0-9][a-z0-9.-]{0,60}/index.html"),
                        href);
                assertTrue(Files.isRegularFile(folder.resolve("outh").resolve(href)), href);
            }
            assertEquals(
                    names.size(),
                    list.select(".versions-table tbody th a").eachAttr("href").stream()
                            .distinct()
                            .count(),
                    "no two editions share a folder");
            try (Stream<Path> made = Files.list(folder.resolve("outh/versions"))) {
                made.forEach(made1 -> assertTrue(
                        made1.getFileName().toString().matches("[a-z0-9][a-z0-9.-]{0,60}"), made1.toString()));
            }
            assertFalse(Files.exists(folder.resolve("outh/x")));
            assertTrue(run.out().contains("Versions: "), run.out());
        }
    }

    @Test
    void a_site_without_history_has_no_versions_and_says_so_once() throws Exception {
        Path site = TestSites.copyProjectSite(folder.resolve("plain"));
        TestSites.Run run = build(site, "n");
        assertEquals(
                1,
                run.out().lines().filter(line -> line.contains("unavailable")).count(),
                run.out());
        assertTrue(run.out().contains("History: unavailable — the site is not in a git repository"), run.out());
        assertFalse(run.out().contains("Versions:"), run.out());
        assertFalse(Files.exists(folder.resolve("outn/versions.html")));
        assertFalse(Files.exists(folder.resolve("outn/versions")));
    }

    /** Every stylesheet, script and icon an edition's page links resolves to the site's one copy. */
    private static void assertSharedAssets(Path out, String path, Document page) {
        List<Element> linked = page.select("link[href], script[src]");
        assertFalse(linked.isEmpty());
        for (Element element : linked) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            if (url.startsWith("http") || url.startsWith("#") || url.isEmpty()) {
                continue;
            }
            Path target = out.resolve(path)
                    .getParent()
                    .resolve(url.replaceAll("[?#].*", ""))
                    .normalize();
            assertTrue(Files.isRegularFile(target), url + " from " + path);
            assertFalse(target.startsWith(out.resolve("versions")) && url.contains("css/"), url);
        }
    }

    private TestSites.Run build(Path site, String name) {
        TestSites.Run run = TestSites.run(
                "build",
                "--source",
                site.toString(),
                "--output",
                folder.resolve("out" + name).toString(),
                "--no-cache");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return run;
    }

    private Document page(String build, String page) throws Exception {
        return Jsoup.parse(Files.readString(folder.resolve("out" + build).resolve(page)));
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .sorted()
                    .toList();
        }
    }

    private static void edit(Path site, String file, String from, String to) throws Exception {
        String text = Files.readString(site.resolve(file));
        assertTrue(text.contains(from), from);
        Files.writeString(site.resolve(file), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    private static void insertFirst(Path site, String file, String paragraph) throws Exception {
        String text = Files.readString(site.resolve(file));
        int body = text.indexOf("\n---\n", 3) + 5;
        Files.writeString(site.resolve(file), text.substring(0, body) + paragraph + "\n\n" + text.substring(body));
    }
}
