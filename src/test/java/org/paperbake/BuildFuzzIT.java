package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.pipeline.Site;

/**
 * Whole builds of the minimal site with a random page added (fixed seed): each build ends within a
 * bound, succeeds or fails with content problems only, writes nothing outside its output folder
 * (nor leaves a staging folder), leaves the previous output byte-identical when it fails, and never
 * publishes script, handlers or script URLs that the templates didn't put there.
 */
class BuildFuzzIT {

    private static final long BOUND_MILLIS = 60_000;

    static Path root;
    static Path built;
    static int run;

    @BeforeContainer
    static void buildOnce() throws IOException {
        root = Files.createTempDirectory("paperbake-build-fuzz-");
        built = TestSites.copyFixture("minimal", root.resolve("built"));
        new Site(built, built.resolve("output"), line -> {}).build();
    }

    @Provide
    Arbitrary<String> documents() {
        return HostileDocuments.documents();
    }

    @Property(tries = 40, seed = "6007", shrinking = ShrinkingMode.OFF)
    void a_random_page_builds_safely_or_is_refused_without_changing_anything(@ForAll("documents") String document)
            throws IOException {
        Path folder = root.resolve("run-" + run++);
        Path site = copy(built, folder.resolve("site"));
        Files.write(site.resolve("content/random.md"), document.getBytes(StandardCharsets.UTF_8));
        Map<String, String> outside = snapshotOutsideOutput(folder);
        Map<String, String> output = TestSites.snapshot(site.resolve("output"));
        long start = System.nanoTime();
        try {
            new Site(site, site.resolve("output"), line -> {}).build();
            Statistics.label("outcome").collect("built");
            for (Path page : pages(site.resolve("output"))) {
                assertEquals(
                        List.of(),
                        HostileDocuments.scriptInjections(Jsoup.parse(TestSites.read(page))),
                        page.toString());
            }
        } catch (PaperbakeException.ContentProblems refused) {
            Statistics.label("outcome").collect("refused");
            assertTrue(!refused.problems().isEmpty());
            assertEquals(
                    output, TestSites.snapshot(site.resolve("output")), "a failed build leaves the previous output");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
        assertEquals(outside, snapshotOutsideOutput(folder), "nothing is written outside output/");
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("built").percentage(percent -> percent > 10);
            coverage.check("refused").percentage(percent -> percent > 10);
        });
    }

    /** Every file under {@code folder} except the site's output (which a successful build replaces). */
    private static Map<String, String> snapshotOutsideOutput(Path folder) {
        Map<String, String> files = new TreeMap<>(TestSites.snapshot(folder));
        files.keySet().removeIf(path -> path.startsWith("site/output/"));
        return files;
    }

    private static List<Path> pages(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
