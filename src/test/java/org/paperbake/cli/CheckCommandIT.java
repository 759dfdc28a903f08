package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperbake.TestSites;
import org.paperbake.kernel.FileTrees;

/**
 * {@code ./paperbake check} on fixtures with one kind of problem each (src/test/resources/sites-invalid/CASE:
 * the minimal site with site/ copied over it), compared with the exact expected problems and annotations.
 */
class CheckCommandIT {

    static final Path CASES = TestSites.PROJECT.resolve("src/test/resources/sites-invalid");

    record Run(int exitCode, String out, String err, String summary) {}

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list
                    .filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static Run check(Path site, Path summary) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString());
        int exit = Main.run(
                environment,
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "check",
                "--source",
                site.toString());
        String prefix = site.toAbsolutePath().normalize() + "/";
        String summaryText = Files.exists(summary) ? TestSites.read(summary) : "";
        return new Run(
                exit,
                out.toString().replace(prefix, ""),
                err.toString().replace(prefix, ""),
                summaryText.replace(prefix, ""));
    }

    private static String expected(String name, String file) {
        return TestSites.read(CASES.resolve(name).resolve(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_invalid_fixture_gives_exactly_the_expected_problems_annotations_and_summary(
            String name, @TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        TestSites.overlay("sites-invalid/" + name + "/site", site);
        Map<String, String> contentBefore = TestSites.snapshot(site.resolve("content"));
        Run run = check(site, folder.resolve("summary.md"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(expected(name, "expected-problems.txt"), run.err());
        assertEquals(expected(name, "expected-annotations.txt"), run.out());
        List<String> problems = run.err()
                .lines()
                .filter(line -> !line.startsWith("paperbake check:"))
                .toList();
        assertTrue(run.summary().startsWith("## Paperbake check: " + problems.size() + " problem(s)"), run.summary());
        assertEquals(
                problems.size(),
                run.summary().lines().filter(line -> line.startsWith("| `")).count(),
                run.summary());
        assertEquals(contentBefore, TestSites.snapshot(site.resolve("content")), "check changes no content");
        assertFalse(Files.exists(site.resolve("output")), "check builds into a temporary folder, not output/");
        try (Stream<Path> left = Files.list(site)) {
            assertTrue(
                    left.noneMatch(path -> path.getFileName().toString().contains("staging")),
                    "no staging folder is left");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_annotation_names_a_file_and_line_in_the_sources_or_says_that_a_template_made_it() throws IOException {
        for (String name : cases().toList()) {
            for (String annotation :
                    expected(name, "expected-annotations.txt").lines().toList()) {
                boolean fromTemplate =
                        annotation.contains("(not written in the content: a template or a build step made it)");
                assertTrue(
                        annotation.matches("::error file=(content|assets)/[^,:]+(,line=[1-9]\\d*)?::.+ — .+")
                                || fromTemplate
                                        && annotation.matches(
                                                "::error file=output/[^,:]+::.+ — .+; fix the template in templates/ or the step that writes it"),
                        annotation);
            }
        }
    }

    @Test
    void the_real_content_has_no_problems_and_its_built_output_is_left_alone(@TempDir Path folder) {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        TestSites.write(site.resolve("output/keep.txt"), "an earlier build");
        Run run = check(site, folder.resolve("summary.md"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("paperbake check: no problems in the settings, the content and the site they build\n", run.out());
        assertEquals("", run.err());
        assertTrue(run.summary().startsWith("## Paperbake check: no problems"), run.summary());
        assertEquals(
                Map.of("keep.txt", TestSites.snapshot(site.resolve("output")).get("keep.txt")),
                TestSites.snapshot(site.resolve("output")));
    }

    @Test
    void a_build_fails_on_the_same_located_problems_that_check_reports(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        TestSites.overlay("sites-invalid/broken-links/site", site);
        StringWriter err = new StringWriter();
        int exit = Main.run(
                Map.of(),
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true),
                "build",
                "--source",
                site.toString());
        assertEquals(1, exit);
        String prefix = site.toAbsolutePath().normalize() + "/";
        List<String> buildProblems = err.toString()
                .replace(prefix, "")
                .lines()
                .filter(line -> line.startsWith("content/"))
                .toList();
        List<String> checkProblems = expected("broken-links", "expected-problems.txt")
                .lines()
                .filter(line -> line.startsWith("content/"))
                .toList();
        assertEquals(checkProblems, buildProblems);
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void a_missing_template_folder_is_bad_input_named_in_the_settings(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        FileTrees.deleteRecursively(site.resolve("templates"));
        Run run = check(site, folder.resolve("summary.md"));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                "jbake.properties: the template folder templates does not exist — create it with the page templates"
                        + " (layout.ftl, section.ftl …), or set template.folder to the folder that holds them\n"
                        + "paperbake: no template folder — nothing was changed\n",
                run.err());
    }

    @Test
    void a_folder_without_settings_is_bad_usage(@TempDir Path folder) {
        Run run = check(folder, folder.resolve("summary.md"));
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err()
                        .startsWith(
                                "jbake.properties: there is no jbake.properties here — run Paperbake from the site's folder, or pass --source DIR\n"),
                run.err());
    }
}
