package org.paperbake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;

class BenchIT {

    @TempDir
    Path folder;

    @Test
    void the_benchmark_builds_the_corpus_and_prints_every_stage_and_the_total() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Bench bench = new Bench(
                new Bench.Options(TestSites.PROJECT, 12, 0, 4, false, false, 1, 60, folder.resolve("kept"), 0),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(List.of(), bench.run());
        String out = printed.toString(StandardCharsets.UTF_8);
        for (String stage : List.of("read", "bake", "post-process", "check", "write (publish)", "total")) {
            assertTrue(
                    out.lines()
                            .anyMatch(line ->
                                    line.matches("\\s+" + java.util.regex.Pattern.quote(stage) + "\\s+\\d+ ms")),
                    stage + " in:\n" + out);
        }
        assertTrue(Files.isRegularFile(folder.resolve("kept/out-inprocess/index.html")), out);
        assertTrue(Files.isRegularFile(folder.resolve("kept/out-inprocess/glossary/term-00003.html")), out);
    }

    @Test
    void with_documents_the_benchmark_builds_a_library_and_times_a_rebuild_after_editing_its_first_document() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Bench bench = new Bench(
                new Bench.Options(TestSites.PROJECT, 100, 3, 4, false, false, 1, 60, folder.resolve("kept"), 1),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(List.of(), bench.run());
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Library: 3 documents of 7 pages + 4 glossary terms"), out);
        assertTrue(out.contains("Rebuild after editing content/paper-0001/"), out);
        assertTrue(Files.isRegularFile(folder.resolve("kept/out-inprocess/paper-0003/full.html")), out);
        assertTrue(Files.isRegularFile(folder.resolve("kept/out-inprocess/js/search-documents.js")), out);
    }

    @Test
    void the_stage_times_add_up_to_the_total() {
        Path site = BenchSite.create(TestSites.PROJECT, folder.resolve("site"), new CorpusGenerator(8, 2, 7))
                .folder();
        Bench bench =
                new Bench(new Bench.Options(TestSites.PROJECT, 8, 0, 2, false, false, 1, 60, null, 0), System.out);
        Map<String, Long> stages = bench.buildInProcess(site, folder.resolve("out"));
        long parts = stages.entrySet().stream()
                .filter(entry ->
                        !entry.getKey().equals("total") && !entry.getKey().startsWith("cpu"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertEquals(stages.get("total"), parts, stages.toString());
    }

    @Test
    void comparing_with_stock_jbake_builds_the_same_pages_in_a_child_process() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Bench.Run> runs = new Bench(
                        new Bench.Options(TestSites.PROJECT, 6, 0, 2, true, false, 1, 240, null, 0),
                        new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run();
        String out = printed.toString(StandardCharsets.UTF_8);
        assertEquals(2, runs.size(), out);
        assertTrue(runs.stream().allMatch(Bench.Run::finished), out);
        assertEquals(runs.get(0).note(), runs.get(1).note(), "the same number of html files: " + out);
        assertTrue(out.contains("paperbake / stock JBake 2.7.0 wall-time ratio"), out);
    }
}
