package org.paperbake.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperbake.pipeline.Site;

/**
 * {@code paperbake bench}: generates a synthetic corpus, builds it, and prints the time of each
 * stage; optionally builds the same corpus with stock JBake and with Hugo, each in its own fresh
 * process, side by side, and prints wall time, CPU time and peak memory of each.
 */
public final class Bench {

    private static final Pattern STAGE = Pattern.compile("(.+?) in (\\d+) ms");
    private static final Pattern TIME = Pattern.compile("PBTIME (\\S+) (\\S+) (\\S+) (\\d+)");

    /** What to run; {@code documents} above 0 generates a library of that many documents instead of one of {@code pages}. */
    public record Options(
            Path project,
            int pages,
            int documents,
            int terms,
            boolean compareJBake,
            boolean compareHugo,
            int runs,
            int timeoutSeconds,
            Path keep,
            int warmRebuilds) {}

    /** One whole-process measurement; {@code finished} false when it hit the time cap. */
    public record Run(
            String tool, double wallSeconds, double cpuSeconds, long peakKilobytes, boolean finished, String note) {}

    private final Options options;
    private final PrintStream out;

    /** A benchmark printing to {@code out}. */
    public Bench(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the benchmark; returns the whole-process runs (empty without comparisons). */
    public List<Run> run() {
        Path folder = createFolder();
        try {
            long start = System.nanoTime();
            CorpusGenerator corpus = options.pages() == 0 || options.documents() > 0
                    ? null
                    : new CorpusGenerator(options.pages(), options.terms(), 7);
            BenchSite site;
            if (options.documents() > 0) {
                site = BenchSite.create(
                        options.project(),
                        folder.resolve("site"),
                        new LibraryGenerator(options.documents(), options.terms(), 7));
            } else if (corpus == null) {
                site = BenchSite.copyOf(options.project(), folder.resolve("site"));
            } else {
                site = BenchSite.create(options.project(), folder.resolve("site"), corpus);
            }
            if (options.documents() > 0) {
                out.printf(
                        Locale.ROOT,
                        "Library: %d documents of %d pages + %d glossary terms, in %s (%d ms)%n",
                        options.documents(),
                        LibraryGenerator.PAGES_PER_DOCUMENT,
                        options.terms(),
                        folder,
                        millisSince(start));
            } else if (corpus == null) {
                out.printf(Locale.ROOT, "Site: a copy of %s, content included, in %s%n", options.project(), folder);
            } else {
                out.printf(
                        Locale.ROOT,
                        "Corpus: %d document pages + %d glossary terms, about %d words a page, in %s (%d ms)%n",
                        options.pages(),
                        options.terms(),
                        CorpusGenerator.WORDS_PER_PAGE,
                        folder,
                        millisSince(start));
            }
            if (site.usedFallbackTermTemplate()) {
                out.println(
                        "  (the site has no term template yet: terms are rendered with the benchmark's plain bench-term.ftl)");
            }
            Map<String, Long> stages = buildInProcess(site.folder(), folder.resolve("out-inprocess"));
            printStages(stages);
            if (options.warmRebuilds() > 0) {
                printWarmRebuilds(site.folder(), folder.resolve("out-warm"));
            }
            List<Run> runs = new ArrayList<>();
            if (options.compareJBake() || options.compareHugo()) {
                runs = compare(site.folder(), folder, corpus);
                printRuns(runs);
            }
            return runs;
        } finally {
            if (options.keep() == null) {
                org.paperbake.kernel.FileTrees.deleteRecursively(folder);
            }
        }
    }

    /** Builds in this JVM and returns each stage's time in ms, in pipeline order, with "total" last. */
    Map<String, Long> buildInProcess(Path site, Path output) {
        List<String> lines = new ArrayList<>();
        long cpuBefore = processCpuNanos();
        new Site(site, output, lines::add).build();
        long cpu = (processCpuNanos() - cpuBefore) / 1_000_000;
        Map<String, Long> stages = new LinkedHashMap<>();
        long sum = 0;
        long total = 0;
        for (String line : lines) {
            Matcher stage = STAGE.matcher(line);
            if (!stage.matches()) {
                continue;
            }
            long millis = Long.parseLong(stage.group(2));
            if (line.startsWith("Built ")) {
                total = millis;
                continue;
            }
            String name = stageName(stage.group(1));
            stages.merge(name, millis, Long::sum);
            sum += millis;
        }
        stages.put("write (publish)", Math.max(0, total - sum));
        stages.put("total", total);
        stages.put("cpu (all threads)", cpu);
        return stages;
    }

    /**
     * Rebuilds the site in this JVM after a one-line edit of one page, as {@code serve} does (a
     * {@link Site#remembering} site that redoes only what the edit changed), and prints the median
     * and what the last rebuild redid.
     */
    private void printWarmRebuilds(Path site, Path output) {
        Site warm = Site.remembering(site, output, line -> {});
        warm.build();
        Path edited = firstSubsection(site.resolve("content"));
        List<Long> times = new ArrayList<>();
        try {
            String original = Files.readString(edited, StandardCharsets.UTF_8);
            for (int i = 0; i < options.warmRebuilds(); i++) {
                Files.writeString(edited, original + "\nAn edit, number " + i + ".\n", StandardCharsets.UTF_8);
                long start = System.nanoTime();
                warm.build();
                times.add(millisSince(start));
            }
            Files.writeString(edited, original, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Long> sorted = times.stream().sorted().toList();
        out.printf(
                Locale.ROOT,
                "Rebuild after editing %s, same JVM (as serve): median %d ms, min %d ms, max %d ms (%d rebuilds)%n",
                site.relativize(edited),
                sorted.get(sorted.size() / 2),
                sorted.get(0),
                sorted.get(sorted.size() - 1),
                sorted.size());
        out.println("  redone by the last rebuild: " + warm.redoneLastBuild().describe());
    }

    private static Path firstSubsection(Path root) {
        // In a library the numbered parts are in the documents' folders: edit the first document.
        Path content = root;
        if (!Files.isRegularFile(root.resolve("index.md"))) {
            try (Stream<Path> folders = Files.list(root)) {
                content = folders.filter(folder -> Files.isRegularFile(folder.resolve("index.md")))
                        .sorted()
                        .findFirst()
                        .orElse(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Stream<Path> files = Files.list(content)) {
            // Numbered parts (06-2-…md) are the document's sections and subsections.
            List<Path> pages = files.filter(path -> path.toString().endsWith(".md")
                            && Character.isDigit(path.getFileName().toString().charAt(0)))
                    .sorted()
                    .toList();
            return pages.isEmpty() ? content.resolve("index.md") : pages.get(pages.size() / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stageName(String description) {
        if (description.startsWith("Read")) {
            return "read";
        }
        if (description.startsWith("Baked")) {
            return "bake";
        }
        if (description.startsWith("Post-processed")) {
            return "post-process";
        }
        if (description.startsWith("Checked")) {
            return "check";
        }
        return description.replaceAll("\\d+", "N").toLowerCase(Locale.ROOT);
    }

    private void printStages(Map<String, Long> stages) {
        out.println("Paperbake, in this JVM (first build after generating the corpus):");
        stages.forEach((name, millis) -> out.printf(Locale.ROOT, "  %-20s %8d ms%n", name, millis));
    }

    private List<Run> compare(Path site, Path folder, CorpusGenerator corpus) {
        Path hugoSite = folder.resolve("hugo");
        boolean hugo = options.compareHugo() && corpus != null && hugoInstalled();
        if (options.compareHugo() && corpus == null) {
            out.println("Hugo builds only the generated one-document corpus (there is no Hugo version of the site's"
                    + " own content or of a library): left out of the comparison; compare with --pages N --terms T");
        } else if (options.compareHugo() && !hugo) {
            out.println("Hugo is not installed (apt-get install hugo): left out of the comparison");
        }
        if (hugo) {
            HugoSite.write(hugoSite, corpus);
        }
        List<List<Run>> rounds = new ArrayList<>();
        for (int round = 0; round < options.runs(); round++) {
            List<Run> runs = new ArrayList<>();
            runs.add(timeProcess(
                    "paperbake",
                    paperbakeCommand(site, folder.resolve("out-paperbake")),
                    folder.resolve("out-paperbake")));
            if (options.compareJBake()) {
                runs.add(timeProcess(
                        "stock JBake 2.7.0",
                        stockJBakeCommand(site, folder.resolve("out-jbake")),
                        folder.resolve("out-jbake")));
            }
            if (hugo) {
                runs.add(timeProcess(
                        "hugo",
                        List.of(
                                "hugo",
                                "--quiet",
                                "-s",
                                hugoSite.toString(),
                                "-d",
                                folder.resolve("out-hugo").toString()),
                        folder.resolve("out-hugo")));
            }
            rounds.add(runs);
        }
        return medians(rounds);
    }

    private static List<Run> medians(List<List<Run>> rounds) {
        List<Run> medians = new ArrayList<>();
        for (int tool = 0; tool < rounds.get(0).size(); tool++) {
            List<Run> runs = new ArrayList<>();
            for (List<Run> round : rounds) {
                runs.add(round.get(tool));
            }
            runs.sort((a, b) -> Double.compare(a.wallSeconds(), b.wallSeconds()));
            medians.add(runs.get(runs.size() / 2));
        }
        return medians;
    }

    private void printRuns(List<Run> runs) {
        out.printf(
                Locale.ROOT,
                "Whole process, each in a fresh process, side by side (median of %d run(s)):%n",
                options.runs());
        out.printf(Locale.ROOT, "  %-18s %10s %10s %12s  %s%n", "tool", "wall", "CPU", "peak RSS", "");
        for (Run run : runs) {
            out.printf(
                    Locale.ROOT,
                    "  %-18s %9.2fs %9.2fs %9d MB  %s%n",
                    run.tool(),
                    run.wallSeconds(),
                    run.cpuSeconds(),
                    run.peakKilobytes() / 1024,
                    run.finished() ? run.note() : "DID NOT FINISH: " + run.note());
        }
        Run paperbake = runs.get(0);
        for (Run other : runs.subList(1, runs.size())) {
            if (other.finished()) {
                out.printf(
                        Locale.ROOT,
                        "  paperbake / %s wall-time ratio: %.2f%n",
                        other.tool(),
                        paperbake.wallSeconds() / other.wallSeconds());
            }
        }
    }

    /**
     * The launch a user gets: the project's ./paperbake launcher when there is one, else the jar as the
     * launcher runs it. Without the build cache: every run times a whole build, not a restore.
     */
    private List<String> paperbakeCommand(Path site, Path output) {
        Path launcher = options.project().resolve("paperbake");
        if (Files.isRegularFile(launcher)
                && Files.isRegularFile(options.project().resolve("target/paperbake.jar"))) {
            return List.of(
                    "sh",
                    launcher.toString(),
                    "build",
                    "--no-cache",
                    "--source",
                    site.toString(),
                    "--output",
                    output.toString());
        }
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        Path jar = ownJar();
        if (jar != null && jar.toString().endsWith(".jar")) {
            Path archive = jar.resolveSibling("paperbake.jsa");
            if (Files.isRegularFile(archive)) {
                command.addAll(List.of(
                        "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            }
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.paperbake.cli.Main"));
        }
        command.addAll(List.of("build", "--no-cache", "--source", site.toString(), "--output", output.toString()));
        return command;
    }

    /** Stock JBake needs OrientDB, which is not on Paperbake's runtime classpath: the build copies it to target/stock-jbake-lib. */
    private static List<String> stockJBakeCommand(Path site, Path output) {
        StringBuilder classpath = new StringBuilder(System.getProperty("java.class.path"));
        Path jar = ownJar();
        if (jar != null) {
            Path stock = jar.resolveSibling("stock-jbake-lib");
            if (Files.isDirectory(stock)) {
                classpath
                        .append(File.pathSeparator)
                        .append(stock)
                        .append(File.separator)
                        .append('*');
            }
        }
        return List.of(
                javaBinary(),
                "-cp",
                classpath.toString(),
                StockJBakeMain.class.getName(),
                site.toString(),
                output.toString());
    }

    private Run timeProcess(String tool, List<String> command, Path output) {
        Path times = null;
        try {
            times = Files.createTempFile("paperbake-time", ".txt");
            List<String> timed = new ArrayList<>();
            boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
            if (gnuTime) {
                timed.addAll(List.of("/usr/bin/time", "-o", times.toString(), "-f", "PBTIME %e %U %S %M"));
            }
            timed.addAll(command);
            Path log = Files.createTempFile("paperbake-bench", ".log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(timed)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean finished = process.waitFor(options.timeoutSeconds(), TimeUnit.SECONDS);
            double wall = (System.nanoTime() - start) / 1e9;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                long pages = countPages(output.getParent());
                Files.deleteIfExists(log);
                return new Run(
                        tool,
                        wall,
                        0,
                        0,
                        false,
                        "stopped after " + options.timeoutSeconds() + " s with about " + pages + " pages written");
            }
            String output1 = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (process.exitValue() != 0) {
                return new Run(
                        tool,
                        wall,
                        0,
                        0,
                        false,
                        "failed (exit " + process.exitValue() + "): "
                                + output1.lines().limit(5).toList());
            }
            Matcher time = TIME.matcher(gnuTime ? Files.readString(times, StandardCharsets.UTF_8) : "");
            if (time.find()) {
                return new Run(
                        tool,
                        Double.parseDouble(time.group(1)),
                        Double.parseDouble(time.group(2)) + Double.parseDouble(time.group(3)),
                        Long.parseLong(time.group(4)),
                        true,
                        countPages(output) + " html files");
            }
            return new Run(
                    tool,
                    wall,
                    0,
                    0,
                    true,
                    countPages(output) + " html files (no /usr/bin/time: CPU and memory not measured)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (times != null) {
                times.toFile().delete();
            }
        }
    }

    private static long countPages(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.toString().endsWith(".html")).count();
        } catch (IOException | UncheckedIOException e) {
            // Folders come and go while a timed-out build is stopped: the count is only indicative.
            return 0;
        }
    }

    private static boolean hugoInstalled() {
        try {
            return new ProcessBuilder("hugo", "version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path createFolder() {
        try {
            if (options.keep() != null) {
                org.paperbake.kernel.FileTrees.deleteRecursively(options.keep());
                return Files.createDirectories(options.keep());
            }
            return Files.createTempDirectory("paperbake-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path ownJar() {
        try {
            return Path.of(Bench.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
