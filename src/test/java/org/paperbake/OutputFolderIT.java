package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.pipeline.OutputFolder;
import org.paperbake.pipeline.Site;

/**
 * A build replaces its output folder whole, so it may only ever replace a folder it built: the
 * project, its sources, a git work tree or someone's files are refused before anything is touched,
 * and what a killed build leaves beside the output is repaired by the next one.
 */
class OutputFolderIT {

    private static TestSites.Run paperbake(String... args) {
        return TestSites.run(args);
    }

    @ParameterizedTest(name = "--output {0}")
    @ValueSource(strings = {".", "..", "content", "content/out", "templates", "assets", "assets/css", "seeds/..", "./"})
    void a_build_into_the_project_or_its_sources_is_refused_and_touches_nothing(String output, @TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("project/site"));
        Map<String, String> before = TestSites.snapshot(folder);
        for (String command : List.of("build", "check")) {
            TestSites.Run run = paperbake(
                    command,
                    "--source",
                    site.toString(),
                    "--output",
                    site.resolve(output).toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("choose another --output"), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals(before, TestSites.snapshot(folder), command + " --output " + output + " changed nothing");
        }
    }

    @Test
    void the_refusal_names_the_folder_and_why(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        TestSites.Run project = paperbake("build", "--source", site.toString(), "--output", site.toString());
        assertTrue(
                project.err()
                        .contains(site + ": is the site's own folder: a build replaces its output folder whole,"
                                + " which would delete the project — choose another --output"),
                project.err());
        TestSites.Run content = paperbake(
                "build",
                "--source",
                site.toString(),
                "--output",
                site.resolve("content/out").toString());
        assertTrue(
                content.err()
                        .contains(site.resolve("content/out") + ": is inside " + site.resolve("content")
                                + ", which the site is built from"),
                content.err());
    }

    @Test
    void a_folder_of_files_paperbake_did_not_build_is_refused_and_kept(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path documents = TestSites.write(folder.resolve("documents/letter.txt"), "Dear reader")
                .getParent();
        TestSites.Run run = paperbake("build", "--source", site.toString(), "--output", documents.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(
                run.err().contains("holds files Paperbake didn't build (it has no .paperbake-output file)"), run.err());
        assertEquals("Dear reader", TestSites.read(documents.resolve("letter.txt")));
        assertEquals(List.of("letter.txt"), names(documents));
    }

    @Test
    void a_git_work_tree_a_git_folder_and_a_link_to_the_project_are_refused(@TempDir Path folder) throws IOException {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path workTree = folder.resolve("checkout");
        Files.createDirectories(workTree.resolve(".git"));
        assertTrue(paperbake("build", "--source", site.toString(), "--output", workTree.toString())
                .err()
                .contains("is a git work tree"));
        Files.createDirectories(site.resolve(".git"));
        assertTrue(paperbake(
                        "build",
                        "--source",
                        site.toString(),
                        "--output",
                        site.resolve(".git/site").toString())
                .err()
                .contains("is inside a git repository's .git folder"));
        Path link = Files.createSymbolicLink(folder.resolve("link"), site);
        Map<String, String> before = TestSites.snapshot(site);
        TestSites.Run run = paperbake("build", "--source", site.toString(), "--output", link.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is the site's own folder"), run.err());
        assertEquals(before, TestSites.snapshot(site));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void a_built_site_is_marked_and_replaced_by_the_next_build(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path output = site.resolve("output");
        new Site(site, output, line -> {}).build();
        assertTrue(OutputFolder.isBuiltSite(output));
        TestSites.write(output.resolve("stray.html"), "left by hand");
        new Site(site, output, line -> {}).build();
        assertFalse(Files.exists(output.resolve("stray.html")), "the folder is replaced whole");
        assertEquals(
                List.of(".output.lock", "output"),
                names(site).stream().filter(name -> name.contains("output")).toList());
    }

    @Test
    void the_built_folders_and_files_get_the_umask_s_default_modes_not_private_ones(@TempDir Path folder)
            throws IOException {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path output = site.resolve("output");
        new Site(site, output, line -> {}).build();
        // What this process's umask gives a new folder and file, whatever the umask is.
        Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(Files.createDirectory(site.resolve("d")));
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(Files.createFile(site.resolve("f")));
        assertEquals(folderMode, Files.getPosixFilePermissions(output), "output/");
        assertEquals(folderMode, Files.getPosixFilePermissions(output.resolve("css")), "output/css/");
        assertEquals(fileMode, Files.getPosixFilePermissions(output.resolve("index.html")), "output/index.html");
        assertEquals(fileMode, Files.getPosixFilePermissions(output.resolve(OutputFolder.MARKER)), "the marker");
    }

    @Test
    void a_build_killed_between_moving_the_old_site_aside_and_the_new_one_in_gets_the_old_site_back(
            @TempDir Path folder) throws IOException {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path output = site.resolve("output");
        new Site(site, output, line -> {}).build();
        Map<String, String> before = TestSites.snapshot(output);
        // The state a kill between the two moves leaves: the last good site aside, no output, a staging folder.
        Files.move(output, site.resolve(".output.previous"));
        TestSites.write(site.resolve(".output.staging-123/" + OutputFolder.MARKER), "");
        TestSites.write(
                site.resolve("content/conclusion.md"),
                TestSites.read(site.resolve("content/conclusion.md")).replace("type: section", "type: sectoin"));
        assertThrows(PaperbakeException.ContentProblems.class, () -> new Site(site, output, line -> {}).build());
        assertEquals(before, TestSites.snapshot(output), "the last good site is back, though this build failed");
        assertEquals(
                List.of(".output.lock", "output"),
                names(site).stream().filter(name -> name.contains("output")).toList());
    }

    @Test
    void a_staging_folder_paperbake_did_not_mark_is_left_alone(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        TestSites.write(site.resolve(".output.staging-mine/notes.txt"), "not a build's");
        new Site(site, site.resolve("output"), line -> {}).build();
        assertEquals("not a build's", TestSites.read(site.resolve(".output.staging-mine/notes.txt")));
    }

    @Test
    void an_output_folder_that_cannot_be_created_fails_with_its_own_exit_status(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        // A file where the output's parent folder should be: nothing can be written there.
        TestSites.write(folder.resolve("not-a-folder"), "a file");
        TestSites.Run run = paperbake(
                "build",
                "--source",
                site.toString(),
                "--output",
                folder.resolve("not-a-folder/output").toString());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("not-a-folder"), run.err());
    }

    @Test
    void a_second_build_into_the_same_folder_while_one_runs_is_refused(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path output = site.resolve("output");
        try (OutputFolder running =
                OutputFolder.claim(site, List.of(site.resolve("content")), output, OutputFolder.Use.REPLACE)) {
            PaperbakeException refused =
                    assertThrows(PaperbakeException.BadInput.class, () -> new Site(site, output, line -> {}).build());
            assertTrue(
                    refused.problems()
                            .get(0)
                            .format()
                            .contains("another Paperbake build or serve is building into this folder"),
                    refused.problems().toString());
        }
        new Site(site, output, line -> {}).build();
        assertTrue(OutputFolder.isBuiltSite(output));
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
