package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.pipeline.Site;

/** Builds that stop half-way, by a template failing on the last page or by the process being killed, leave the last good site. */
class InterruptedBuildIT {

    private static final String LAST_PAGE_FAILS =
            "<#if content.title == \"Conclusion\">${content.no_such_field}</#if>\n";

    @Test
    void a_template_failing_on_the_last_page_leaves_the_previous_output_intact(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path output = site.resolve("output");
        new Site(site, output, line -> {}).build();
        Map<String, String> before = TestSites.snapshot(output);
        String template = TestSites.read(site.resolve("templates/section.ftl"));
        TestSites.write(
                site.resolve("templates/section.ftl"),
                template.replaceFirst("\n", java.util.regex.Matcher.quoteReplacement("\n" + LAST_PAGE_FAILS)));
        PaperbakeException failure = assertThrows(
                PaperbakeException.ContentProblems.class, () -> new Site(site, output, line -> {}).build());
        assertEquals(
                List.of(
                        "the template failed while rendering content/conclusion.md: The following has evaluated to null or missing:"
                                + " content.no_such_field"),
                failure.problems().stream().map(Problem::message).toList());
        assertTrue(failure.problems().get(0).path().endsWith("templates/section.ftl"));
        assertEquals(2, failure.problems().get(0).line());
        assertEquals(before, TestSites.snapshot(output));
        assertEquals(List.of(), stagingFolders(site));
    }

    @Test
    void a_build_killed_mid_bake_leaves_the_previous_output_and_content_intact(@TempDir Path folder) throws Exception {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path output = site.resolve("output");
        new Site(site, output, line -> {}).build();
        Map<String, String> before = TestSites.snapshot(output);
        Map<String, String> content = TestSites.snapshot(site.resolve("content"));
        String template = TestSites.read(site.resolve("templates/section.ftl"));
        // The last page keeps the bake busy long enough to be killed in the middle of it.
        TestSites.write(
                site.resolve("templates/section.ftl"),
                template.replaceFirst(
                        "\n", "\n<#if content.title == \"Conclusion\"><#list 1..2000000000 as i></#list></#if>\n"));
        Process build = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.paperbake.cli.Main",
                        "build",
                        "--source",
                        site.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("build.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (stagingFolders(site).isEmpty() && System.nanoTime() < deadline && build.isAlive()) {
                Thread.sleep(50);
            }
            assertFalse(
                    stagingFolders(site).isEmpty(),
                    "the build reached the bake: " + TestSites.read(folder.resolve("build.log")));
            Thread.sleep(1_000);
            assertTrue(build.isAlive(), TestSites.read(folder.resolve("build.log")));
        } finally {
            build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(before, TestSites.snapshot(output), "the last good site is byte-identical");
        assertEquals(content, TestSites.snapshot(site.resolve("content")), "content/ is untouched");
        TestSites.write(site.resolve("templates/section.ftl"), template);
        new Site(site, output, line -> {}).build();
        assertEquals(before, TestSites.snapshot(output), "the next build succeeds and gives the same site");
        assertEquals(List.of(), stagingFolders(site), "the next build removed the killed build's staging folder");
    }

    private static List<String> stagingFolders(Path site) {
        try (Stream<Path> siblings = Files.list(site)) {
            return siblings.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(".output.staging-"))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
