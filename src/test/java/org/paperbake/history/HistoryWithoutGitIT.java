package org.paperbake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.pipeline.Site;

/**
 * The history stage reads the repository in-process and nothing of the machine around it: no
 * {@code git} process (issue 15), no system or user configuration, no probe files written into
 * {@code .git}; and without a history its pass over the pages splices the footer's link into each
 * page's text, byte for byte what parsing the page would give.
 */
class HistoryWithoutGitIT {

    @TempDir
    Path folder;

    @Test
    void a_build_reads_the_history_without_starting_a_git_process_or_writing_into_the_repository() throws Exception {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        try (Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent editor = new PersonIdent(
                    "Editor",
                    "editor@example.org",
                    Date.from(Instant.parse("2026-03-01T10:00:00Z")),
                    TimeZone.getTimeZone("UTC"));
            git.commit()
                    .setMessage("Import")
                    .setAuthor(editor)
                    .setCommitter(editor)
                    .call();
        }
        List<String> before = filesIn(site.resolve(".git"));
        // A git first on the PATH that leaves a mark if anything runs it.
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path marker = folder.resolve("git-was-run");
        Path fakeGit = bin.resolve("git");
        Files.writeString(fakeGit, "#!/bin/sh\necho \"$@\" >> '" + marker + "'\nexit 1\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeGit, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder build = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.paperbake.cli.Main",
                        "build",
                        "--no-cache",
                        "--source",
                        site.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("build.log").toFile());
        build.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        build.environment()
                .put("HOME", Files.createDirectories(folder.resolve("home")).toString());
        Process process = build.start();
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), "the build finished");
        String log = TestSites.read(folder.resolve("build.log"));
        assertEquals(0, process.exitValue(), log);
        assertTrue(log.contains("History: 1 changes, "), log);
        assertFalse(Files.exists(marker), "git was run: " + (Files.exists(marker) ? TestSites.read(marker) : ""));
        assertEquals(before, filesIn(site.resolve(".git")), "nothing written into .git");
        assertEquals(List.of(), filesIn(folder.resolve("home")), "nothing written into the home folder");
    }

    /** A last-changed line as HistoryPages writes it, with the characters that need escaping. */
    private static final String LAST_CHANGED = "<p class=\"last-changed\">The text last changed on <time"
            + " datetime=\"2026-03-02\">2 March 2026</time> in <a href=\"../changes.html#change-0a1b2c3\">Fix &amp;"
            + " \"typo\" &lt;b&gt;</a> (<a href=\"https://github.com/o/r/commit/0a1b2c3\">0a1b2c3</a>) · <a"
            + " href=\"../changes.html\">all changes</a></p>";

    @Test
    void the_spliced_footer_link_is_the_bytes_the_parsed_page_gives_on_every_page_of_the_seed_and_hostile_sites() {
        List<Path> sites = new ArrayList<>();
        Path seed = TestSites.copyProjectSite(folder.resolve("seed"));
        new Site(seed, seed.resolve("output"), line -> {}).build();
        sites.add(seed.resolve("output"));
        Path hostile = TestSites.copyFixture("editions-hostile", folder.resolve("hostile"));
        new Site(hostile, hostile.resolve("output"), line -> {}).build();
        sites.add(hostile.resolve("output"));
        int spliced = 0;
        for (Path output : sites) {
            for (Path page : PageFiles.htmlPages(output)) {
                String html = TestSites.read(page);
                for (String up : List.of("", "../")) {
                    Optional<String> fast = HistoryStage.withFooterLink(html, up);
                    if (fast.isPresent()) {
                        assertEquals(HistoryStage.withFooterLinkParsed(html, up), fast.get(), page.toString());
                        spliced++;
                    }
                    Optional<String> withHistory = HistoryStage.withHistoryLinks(html, up, LAST_CHANGED);
                    if (withHistory.isPresent()) {
                        assertEquals(
                                HistoryStage.withHistoryLinksParsed(html, up, LAST_CHANGED),
                                withHistory.get(),
                                page.toString());
                        spliced++;
                    }
                }
            }
        }
        assertTrue(spliced > 100, "the splice served the pages: " + spliced);
    }

    @Test
    void a_page_of_another_shape_is_left_to_the_parser() {
        String footer = "<footer class=\"site-footer\">\n<p>Text.</p></footer>";
        // In the form the post-processor writes pages, as Jsoup gives them.
        String plain = "<html><head></head><body><main><p>One</p></main>" + footer + "</body></html>";
        assertTrue(HistoryStage.withFooterLink(plain, "").isPresent());
        assertEquals(
                HistoryStage.withFooterLinkParsed(plain, "../"),
                HistoryStage.withFooterLink(plain, "../").orElseThrow());
        for (String other : List.of(
                "<html><body><p>No footer</p></body></html>",
                "<html><body><footer class=\"site-footer\"><p class=\"x\">Text.</p></footer></body></html>",
                "<html><body><footer class=\"site-footer\"><div><p>Text.</p></div></footer></body></html>",
                "<html><body><p class=\"site-footer\">Named</p>" + footer + "</body></html>",
                "<html><body>" + footer + footer + "</body></html>",
                "<html><body><footer class=\"site-footer\"><p>Unclosed <p>second</p></footer></body></html>",
                "<html><body><footer class=\"site-footer\"><p>Never closed</footer></body></html>")) {
            assertEquals(Optional.empty(), HistoryStage.withFooterLink(other, ""), other);
        }
    }

    @Test
    void a_listing_page_without_one_main_is_left_to_the_parser_when_there_is_a_history() {
        String footer = "<footer class=\"site-footer\">\n<p>Text.</p></footer>";
        String plain = "<html><head></head><body><main><p>One</p></main>" + footer + "</body></html>";
        assertEquals(
                HistoryStage.withHistoryLinksParsed(plain, "../", LAST_CHANGED),
                HistoryStage.withHistoryLinks(plain, "../", LAST_CHANGED).orElseThrow());
        for (String other : List.of(
                "<html><body><p>No main</p>" + footer + "</body></html>",
                "<html><body><main><p>One</p></main><main><p>Two</p></main>" + footer + "</body></html>")) {
            assertEquals(Optional.empty(), HistoryStage.withHistoryLinks(other, "", LAST_CHANGED), other);
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString())
                    .sorted()
                    .toList();
        }
    }
}
