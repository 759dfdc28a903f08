package org.paperbake.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paperbake.bake.Baker;
import org.paperbake.bake.SiteBaker;
import org.paperbake.check.BuiltSite;
import org.paperbake.check.SiteChecker;
import org.paperbake.check.SiteScan;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.content.ParagraphIdCheck;
import org.paperbake.content.SourceTree;
import org.paperbake.edition.Editions;
import org.paperbake.history.GitHistory;
import org.paperbake.history.HistoryStage;
import org.paperbake.history.PointInTime;
import org.paperbake.history.PointInTimePages;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.FileTrees;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.postprocess.DraftEntry;
import org.paperbake.postprocess.Glossary;
import org.paperbake.postprocess.PostProcessor;
import org.paperbake.postprocess.UncoveredName;

/**
 * A site to build: a source folder (with {@code jbake.properties}, content, templates and assets)
 * and the output folder it is built into.
 *
 * <p>One list of stages is the whole pipeline in one place, one timed log line per stage: read the
 * settings, claim the output folder, read the content, check the sources, bake, post-process,
 * check the built site, then publish it ({@link #build()}) or delete it ({@link #check()}). The two
 * differ only in what a stage's problems do: a build stops at the first stage that finds any, a
 * check collects them and goes on with every stage that can still run. The site is built into a
 * staging folder beside the output folder and moved into place only when every stage succeeded,
 * so a failed build leaves the last good site untouched.
 */
public final class Site {

    /** The result of a successful build. */
    public record BuildReport(int contentFiles, int pagesBaked, int pagesPostProcessed, long millis) {}

    /**
     * The glossary work a site's text asks for.
     *
     * @param uncovered the names no published or draft entry covers, with every paragraph they are in
     * @param drafts the draft entries, each with the paragraphs that mention it
     */
    public record GlossaryWork(List<UncoveredName> uncovered, List<DraftEntry> drafts) {}

    /**
     * What a check found.
     *
     * @param problems every problem
     * @param glossary the glossary work, when the site could be built far enough to read its text
     */
    public record CheckReport(List<Problem> problems, Optional<GlossaryWork> glossary) {}

    /** What a build without {@code --editions} says of them (a check, and {@code serve}, never make them). */
    static final String NO_EDITIONS =
            "Editions: not made (./paperbake build --editions makes the EPUB and PDF of each document)";

    /** Opened when a build is sure to run its stages; the background warm-up waits for it. */
    private static final CountDownLatch STAGES_STARTED = new CountDownLatch(1);

    private final Path source;
    private final Path output;
    private final Consumer<String> log;
    private final Baker baker;
    private final BuildMemory memory;
    private final BuildCache cache;
    private final boolean editions;
    private Redone lastBuildRedone = Redone.NOTHING;
    private Consumer<BuiltSite> afterCheck = site -> {};

    /**
     * @param source the folder holding {@code jbake.properties}
     * @param output the folder the site is built into; replaced as a whole on success
     * @param log where the one-line-per-stage progress goes
     */
    public Site(Path source, Path output, Consumer<String> log) {
        this(source, output, log, new SiteBaker());
    }

    /** A site baked by {@code baker}, such as JBake's stock baker to compare with. */
    public Site(Path source, Path output, Consumer<String> log, Baker baker) {
        this(source, output, log, baker, BuildMemory.none(), BuildCache.off(), false);
    }

    /**
     * A site whose build first looks for its sources in {@code cache}: unchanged sources restore
     * the site built from them before, byte for byte, and a build that succeeds stores its site
     * there. A check never uses the cache, since it reports what a build only logs.
     */
    public Site(Path source, Path output, Consumer<String> log, BuildCache cache) {
        this(source, output, log, new SiteBaker(), BuildMemory.none(), cache, false);
    }

    private Site(
            Path source,
            Path output,
            Consumer<String> log,
            Baker baker,
            BuildMemory memory,
            BuildCache cache,
            boolean editions) {
        this.source = source.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.log = log;
        this.baker = baker;
        this.memory = memory;
        this.cache = cache;
        this.editions = editions;
    }

    /**
     * This site, built with its EPUB and PDF editions ({@code build --editions}) or without them.
     * The editions are a publishing product, made for the published site only: they cost more than
     * the rest of a small site's build (openhtmltopdf lays out every page), so a plain build, a check
     * and {@code serve} leave them out, and the pages then link no download.
     */
    public Site withEditions(boolean on) {
        return new Site(source, output, log, baker, memory, cache, on);
    }

    /**
     * A site for rebuilding again and again in one JVM ({@code serve}): each stage remembers what it
     * made of every file and page, and the next build redoes only what an edit changed — the files
     * read, the bodies and pages rendered, the pages post-processed and checked, the pages the
     * history stage marks and the parts' history pages — and reuses the rest, with the Freemarker
     * set-up (its parsed templates) and the git history (under the HEAD commit). Site-wide results
     * (cross-references, search index, links between pages) are always recomputed from the pages'
     * remembered parts. The output is byte-identical to a fresh build.
     */
    public static Site remembering(Path source, Path output, Consumer<String> log) {
        return new Site(source, output, log, new SiteBaker(), BuildMemory.acrossBuilds(), BuildCache.off(), false);
    }

    /**
     * Has {@code inspect} look at each built site once it is checked, before it is published: tests
     * compare what the check read with the files.
     */
    Site afterEachCheck(Consumer<BuiltSite> inspect) {
        afterCheck = inspect;
        return this;
    }

    /** What the last build or check had to compute rather than remember. */
    public Redone redoneLastBuild() {
        return lastBuildRedone;
    }

    /**
     * Starts loading and initialising the libraries the stages use (SnakeYAML, Flexmark, Freemarker,
     * Jsoup) on a background thread, and returns at once. A cold build spends most of its time
     * loading classes, one after the other on the main thread while parsing the command line and
     * reading the content; on a second core this thread does it meanwhile (about a tenth of the
     * seed site's cold build). With the cache on it waits until the cache has missed: a build that
     * the cache restores needs none of those libraries, and both cores for hashing and checking files.
     * Nothing it does reaches the output.
     */
    public static void warmUpInBackground() {
        Thread warmUp = new Thread(
                () -> {
                    try {
                        STAGES_STARTED.await();
                        ContentReader.warmUp();
                        SiteBaker.warmUp();
                        PostProcessor.warmUp();
                    } catch (InterruptedException | RuntimeException | Error e) {
                        // Best effort only: whatever failed here fails the build itself, where it is reported.
                        return;
                    }
                },
                "paperbake-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /**
     * Reads, bakes, post-processes and checks the site, then publishes it to the output folder.
     *
     * @throws PaperbakeException the problems of the first stage that found any
     */
    public BuildReport build() {
        // Every stage's problems are thrown in a build, so a run that returns has its report.
        return run(new Findings(Mode.BUILD)).orElseThrow();
    }

    /**
     * Checks the settings, every content file and the site they build, without touching the output
     * folder: the site is baked into a staging folder that is deleted afterwards. Every problem is
     * returned, not the first; the site is built and checked only once the sources are sound.
     *
     * @throws PaperbakeException.BadInput when the settings file or content folder is missing or unreadable
     */
    public List<Problem> check() {
        return checkReport().problems();
    }

    /**
     * Checks the site as {@link #check} does, and gives the glossary work its text asks for as well:
     * the names no entry covers and the drafts to finish.
     *
     * @throws PaperbakeException.BadInput when the settings file or content folder is missing or unreadable
     */
    public CheckReport checkReport() {
        Findings findings = new Findings(Mode.CHECK);
        run(findings);
        return new CheckReport(findings.problems(), Optional.ofNullable(findings.glossaryWork));
    }

    /** What a run of the stages is for. */
    private enum Mode {
        /** Stop at the first stage that finds a problem; publish the site. */
        BUILD(OutputFolder.Use.REPLACE),
        /** Collect the problems of every stage that can still run; delete the site. */
        CHECK(OutputFolder.Use.STAGE_BESIDE);

        private final OutputFolder.Use use;

        Mode(OutputFolder.Use use) {
            this.use = use;
        }
    }

    /** The problems a run has found, and the failure policy of its mode. */
    private static final class Findings {
        private final Mode mode;
        private final List<Problem> problems = new ArrayList<>();
        private GlossaryWork glossaryWork;

        Findings(Mode mode) {
            this.mode = mode;
        }

        /** Adds the problems a stage found; a build stops here, throwing them with {@code summary}. */
        void add(List<Problem> found, String summary) {
            if (found.isEmpty()) {
                return;
            }
            if (mode == Mode.BUILD) {
                throw new PaperbakeException.ContentProblems(summary, found);
            }
            problems.addAll(found);
        }

        /**
         * Runs a stage that throws its problems; in a check they are added and the result is empty,
         * since the stages that need it can't run.
         */
        <T> Optional<T> attempt(Supplier<T> stage) {
            try {
                return Optional.of(stage.get());
            } catch (PaperbakeException.ContentProblems e) {
                if (mode == Mode.BUILD) {
                    throw e;
                }
                problems.addAll(e.problems());
                return Optional.empty();
            }
        }

        boolean any() {
            return !problems.isEmpty();
        }

        List<Problem> problems() {
            return problems;
        }
    }

    /** Runs the stages once; whatever the result, each stage keeps what this run used for the next one. */
    private Optional<BuildReport> run(Findings findings) {
        try {
            return runStages(findings);
        } finally {
            lastBuildRedone = Redone.countedIn(memory);
            memory.nextBuild();
        }
    }

    /**
     * The stages, in order, each logged with its time. The report is empty for a check, whose site
     * is deleted, and when a check has to stop early: the bake needs sound sources, and each later
     * stage the one before it.
     */
    private Optional<BuildReport> runStages(Findings findings) {
        long start = System.nanoTime();
        if (findings.mode != Mode.BUILD || !cache.isOn()) {
            // Nothing can be restored: the stages will run.
            STAGES_STARTED.countDown();
        }
        Optional<SiteConfig> settings =
                findings.attempt(() -> timed(() -> SiteConfig.load(source), c -> "Read " + SiteConfig.FILE_NAME));
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        SiteConfig config = settings.get();
        // Claimed before the content is read: a folder the run may not use is refused before any
        // work, and a killed build's leftovers are repaired even when this run fails.
        try (OutputFolder folder = claimOutput(config, findings.mode.use)) {
            long keyStart = System.nanoTime();
            Optional<String> key = findings.mode == Mode.BUILD ? cacheKey(config) : Optional.empty();
            if (key.isPresent()) {
                long keyMillis = (System.nanoTime() - keyStart) / 1_000_000;
                Optional<BuildReport> restored = restoreFromCache(key.get(), keyMillis, folder, start);
                if (restored.isPresent()) {
                    return restored;
                }
            }
            STAGES_STARTED.countDown();
            CompletableFuture<GitHistory.Result> historyRead = readHistoryMeanwhile(config);
            List<ContentFile> content =
                    timed(() -> readContent(config, findings), files -> "Read " + files.size() + " content files");
            Optional<Glossary> sound = timed(
                    () -> checkSources(config, content, findings),
                    glossary -> "Checked the sources (output paths, numbers, file types, the glossary)");
            if (findings.any() || sound.isEmpty()) {
                return Optional.empty();
            }
            reportParagraphIds(content, findings);
            Glossary glossary = sound.get();
            Path staging = folder.createStaging();
            // The pages the history stage writes from its trees, read there for the built site's check.
            SiteScan.Handover handover = new SiteScan.Handover();
            try {
                List<String> coverageLines = new ArrayList<>();
                Optional<Integer> baked = findings.attempt(
                        () -> timed(() -> baker.bake(config, content, staging, memory), n -> "Baked " + n + " pages"));
                Optional<PostProcessor.Result> processed =
                        baked.flatMap(n -> findings.attempt(() -> postProcess(config, content, glossary, staging)));
                processed.ifPresent(result -> {
                    findings.glossaryWork = new GlossaryWork(result.uncovered(), result.drafts());
                    coverageLines.addAll(reportCoverage(result.coverage(), findings));
                    coverageLines.addAll(reportDrafts(result.drafts(), findings));
                    coverageLines.addAll(history(config, content, staging, handover, historyRead));
                    coverageLines.addAll(versions(config, content, staging, findings));
                    if (editions) {
                        timed(() -> Editions.make(staging, content, memory), Site::describeEditions);
                    } else {
                        Editions.unlink(staging, content);
                        log.accept(NO_EDITIONS);
                    }
                    timed(
                            () -> checkBuiltSite(config, content, staging, handover, findings),
                            pages -> "Checked the links, the reachability and the Content-Security-Policy of " + pages
                                    + " pages");
                });
                if (findings.mode == Mode.CHECK || processed.isEmpty()) {
                    deleteStaging(folder, staging);
                    return Optional.empty();
                }
                BuildCache.Report report = new BuildCache.Report(
                        content.size(), baked.get(), processed.get().pages(), coverageLines);
                key.ifPresent(k -> storeInCache(k, staging, report));
                folder.publish(staging);
                return Optional.of(built(report, start));
            } catch (RuntimeException | Error failure) {
                discard(folder, staging, failure);
                throw failure;
            }
        }
    }

    /** Logs that the site is built and gives its report. */
    private BuildReport built(BuildCache.Report report, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.accept("Built " + Problem.displayPath(output) + " in " + millis + " ms");
        return new BuildReport(report.contentFiles(), report.pagesBaked(), report.pagesPostProcessed(), millis);
    }

    /**
     * The cache key of the site's sources, or empty when there is no cache or it can't be used
     * here — said in the log, and the site is built as without one.
     */
    private Optional<String> cacheKey(SiteConfig config) {
        if (!cache.isOn()) {
            return Optional.empty();
        }
        Optional<String> unusable = cache.unusableBecause(config, output);
        if (unusable.isPresent()) {
            log.accept("Cache: off — "
                    + Problem.at(
                                    cache.folder(),
                                    0,
                                    unusable.get(),
                                    "choose another --cache folder, or build with --no-cache")
                            .format());
            return Optional.empty();
        }
        try {
            return Optional.of(cache.key(config, editions));
        } catch (IOException | UncheckedIOException e) {
            // The stages read the same files and report what is wrong with them.
            log.accept("Cache: off — the sources can't be read to key the cache (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /**
     * Publishes the site stored under {@code key}, through a staging folder as a build does, or
     * leaves the output as it is when it already holds exactly that site; empty, with nothing
     * published, when there is no such entry or it is damaged (then it is deleted).
     */
    private Optional<BuildReport> restoreFromCache(String key, long keyMillis, OutputFolder folder, long start) {
        long lookUpStart = System.nanoTime();
        Optional<BuildCache.Entry> entry = cache.lookUp(key);
        if (entry.isEmpty()) {
            log.accept("Cache: miss " + shortKey(key) + " (sources hashed in " + keyMillis + " ms); building");
            return Optional.empty();
        }
        if (cache.isHeldBy(entry.get(), folder.path())) {
            cache.markUsed(entry.get());
            log.accept("Cache: hit " + shortKey(key) + " — sources hashed in " + keyMillis + " ms; "
                    + Problem.displayPath(output) + " already holds this site ("
                    + entry.get().files().size() + " files checked in "
                    + (System.nanoTime() - lookUpStart) / 1_000_000 + " ms) and is left as it is");
            entry.get().report().logLines().forEach(log);
            return Optional.of(built(entry.get().report(), start));
        }
        Path staging = folder.createStaging();
        try {
            Optional<BuildCache.Placed> placed = cache.restore(entry.get(), staging);
            if (placed.isEmpty()) {
                deleteStaging(folder, staging);
                log.accept("Cache: miss " + shortKey(key) + " — its entry was damaged and is deleted; building");
                return Optional.empty();
            }
            log.accept("Cache: hit " + shortKey(key) + " — sources hashed in " + keyMillis + " ms, "
                    + placed.get().describe() + " from the cache and checked in "
                    + (System.nanoTime() - lookUpStart) / 1_000_000 + " ms");
            entry.get().report().logLines().forEach(log);
            folder.publish(staging);
            return Optional.of(built(entry.get().report(), start));
        } catch (RuntimeException | Error failure) {
            discard(folder, staging, failure);
            throw failure;
        }
    }

    /** Stores the built site; a cache that can't take it is logged, and the build goes on. */
    private void storeInCache(String key, Path staging, BuildCache.Report report) {
        long storeStart = System.nanoTime();
        cache.store(
                        key,
                        staging,
                        report,
                        placed -> log.accept("Cache: stored " + shortKey(key) + " in "
                                + (System.nanoTime() - storeStart) / 1_000_000 + " ms (" + placed.describe() + ")"))
                .ifPresent(reason -> log.accept("Cache: not stored — " + reason));
    }

    /** Enough of a key to tell entries apart in the log. */
    private static String shortKey(String key) {
        return key.substring(0, 12);
    }

    private List<ContentFile> readContent(SiteConfig config, Findings findings) {
        List<Problem> problems = new ArrayList<>();
        List<ContentFile> content = ContentReader.readAllCollecting(config.contentFolder(), problems, memory);
        findings.add(problems, "content has " + problems.size() + " problem(s)");
        return content;
    }

    /**
     * The checks that need only the sources: pages that would be published at one address, numbers
     * used twice, files that don't belong in content/, names two glossary entries claim. Empty when
     * the glossary can't be made.
     */
    private Optional<Glossary> checkSources(SiteConfig config, List<ContentFile> content, Findings findings) {
        List<Problem> problems = new ArrayList<>(SiteChecker.checkSources(config, content));
        try {
            SourceTree.refuseUnsafeFiles(config);
        } catch (PaperbakeException.ContentProblems e) {
            problems.addAll(e.problems());
        }
        Optional<Glossary> glossary;
        try {
            glossary = Optional.of(Glossary.load(content, memory));
        } catch (PaperbakeException.ContentProblems e) {
            problems.addAll(e.problems());
            glossary = Optional.empty();
        }
        findings.add(problems, "the site has " + problems.size() + " problem(s)");
        return glossary;
    }

    private OutputFolder claimOutput(SiteConfig config, OutputFolder.Use use) {
        return OutputFolder.claim(
                source, List.of(config.contentFolder(), config.templateFolder(), config.assetFolder()), output, use);
    }

    /**
     * Deletes the staging folder of a failed build. Stages run on all cores, and when one page fails
     * the others may still be writing: wait for them first. A folder that can't be deleted is
     * reported with the failure, never instead of it.
     */
    private static void discard(OutputFolder folder, Path staging, Throwable failure) {
        try {
            deleteStaging(folder, staging);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void deleteStaging(OutputFolder folder, Path staging) {
        ForkJoinPool.commonPool().awaitQuiescence(30, TimeUnit.SECONDS);
        folder.discard(staging);
    }

    private PostProcessor.Result postProcess(
            SiteConfig config, List<ContentFile> content, Glossary glossary, Path staging) {
        return timed(
                () -> PostProcessor.process(staging, config.host(), content, glossary, config.linkPolicy(), memory),
                result -> "Post-processed " + result.pages() + " pages (pinpoints, term links, cross-references)");
    }

    /**
     * A paragraph without a permanent identifier, or with a repeated one, still builds (it keeps its
     * positional anchor), so that an editor's pull request is never blocked by it; the build logs
     * it and ./paperbake check fails on it.
     */
    private void reportParagraphIds(List<ContentFile> content, Findings findings) {
        List<Problem> problems = ParagraphIdCheck.check(content, memory);
        if (!ParagraphIdCheck.anyIds(content) && content.stream().anyMatch(ParagraphIdCheck::carriesIds)) {
            log.accept("Paragraph identifiers: none yet — ./paperbake ids repair gives every paragraph its permanent"
                    + " identifier");
            return;
        }
        if (findings.mode == Mode.CHECK) {
            findings.add(problems, "the paragraph identifiers have " + problems.size() + " problem(s)");
        } else if (!problems.isEmpty()) {
            log.accept("Paragraph identifiers: " + problems.size()
                    + " problem(s) (./paperbake check fails on these; ./paperbake ids repair fixes them)");
            problems.forEach(problem -> log.accept(problem.format()));
        }
    }

    /**
     * The history stage: the departures from the official source, and the record of changes when the
     * repository's history can be read; without it, says once why and leaves the history out.
     */
    private List<String> history(
            SiteConfig config,
            List<ContentFile> content,
            Path staging,
            SiteScan.Handover handover,
            CompletableFuture<GitHistory.Result> historyRead) {
        List<String> lines = new ArrayList<>();
        long start = System.nanoTime();
        GitHistory.Result read = joined(historyRead);
        read.history()
                .ifPresentOrElse(
                        h -> {},
                        () -> lines.add("History: unavailable — " + read.unavailableBecause()
                                + "; the pages are built without the record of changes"));
        HistoryStage.Result result =
                HistoryStage.run(config, content, staging, read.history(), memory, handover::written);
        lines.add("History: " + result.changes() + " changes, " + result.departures()
                + " departures from the official source, " + result.pagesWritten() + " pages written in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        lines.forEach(log);
        return lines;
    }

    /**
     * Reads the repository's record of changes on a thread of its own while the content is read,
     * checked, baked and post-processed, which don't need it: walking the history was a fifth of the
     * seed's build, on a core the stages left half idle. The read is the same whenever it is made.
     */
    private CompletableFuture<GitHistory.Result> readHistoryMeanwhile(SiteConfig config) {
        return CompletableFuture.supplyAsync(() -> GitHistory.read(config.contentFolder(), memory), read -> {
            Thread reader = new Thread(read, "paperbake-history");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /** The history read, or what reading it threw, as if it had been read here. */
    private static GitHistory.Result joined(CompletableFuture<GitHistory.Result> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * The point-in-time editions: each tag or listed day's text built by the same read, bake and
     * post-process stages, from the content as its commit held it and today's templates and
     * assets, then moved under {@code versions/}. A listed day no commit is as old as is a problem
     * of the settings; without a history there are no editions, said in one line.
     */
    private List<String> versions(SiteConfig config, List<ContentFile> content, Path staging, Findings findings) {
        long start = System.nanoTime();
        PointInTime.Plan plan = PointInTime.plan(config);
        findings.add(
                plan.problems(),
                SiteConfig.FILE_NAME + " has " + plan.problems().size() + " problem(s)");
        List<String> lines = new ArrayList<>();
        plan.leftOut().forEach(line -> lines.add("Versions: " + line));
        if (plan.editions().isEmpty()) {
            if (!plan.none().isEmpty()) {
                lines.add("Versions: none — " + plan.none());
            }
            lines.forEach(log);
            return lines;
        }
        PointInTimePages pages = PointInTimePages.start(config, content, staging);
        int built = 0;
        for (PointInTime.Edition edition : plan.editions()) {
            Optional<String> leftOut = buildEdition(config, edition, pages);
            if (leftOut.isPresent()) {
                lines.add("Versions: " + PointInTime.printable(edition.name()) + " left out — " + leftOut.get());
            } else {
                built++;
            }
        }
        PointInTimePages.Result result = pages.finish();
        lines.add("Versions: " + built + " edition(s) under " + PointInTime.FOLDER + "/ with today's templates and"
                + " assets, " + result.comparisons() + " comparison pages, " + result.bytes() + " bytes, in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        lines.forEach(log);
        return lines;
    }

    /**
     * Builds one edition in a temporary folder and installs it; empty when it is built, else why it
     * is left out (its content breaks today's rules, or its templates fail on it).
     */
    private Optional<String> buildEdition(SiteConfig config, PointInTime.Edition edition, PointInTimePages pages) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("paperbake-edition-");
            Path site = folder.resolve("site");
            Path built = folder.resolve("built");
            PointInTime.writeSite(edition, config, site);
            SiteConfig settings = SiteConfig.load(site);
            List<Problem> problems = new ArrayList<>();
            List<ContentFile> content =
                    ContentReader.readAllCollecting(settings.contentFolder(), problems, BuildMemory.none());
            if (!problems.isEmpty()) {
                return Optional.of("its content has " + problems.size() + " problem(s) under today's rules, the"
                        + " first: " + problems.get(0).message());
            }
            Glossary glossary = Glossary.load(content);
            baker.bake(settings, content, built, BuildMemory.none());
            PostProcessor.process(built, config.host(), content, glossary, settings.linkPolicy(), BuildMemory.none());
            pages.install(edition, content, built);
            return Optional.empty();
        } catch (PaperbakeException.ContentProblems e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                FileTrees.deleteRecursively(folder);
            }
        }
    }

    /**
     * Coverage problems don't stop a build (the site is still correct), which logs them;
     * ./paperbake check fails on them.
     */
    private List<String> reportCoverage(List<Problem> coverage, Findings findings) {
        List<String> lines = new ArrayList<>();
        if (findings.mode == Mode.CHECK) {
            findings.add(coverage, "the glossary's coverage has " + coverage.size() + " problem(s)");
        } else if (!coverage.isEmpty()) {
            lines.add("Glossary coverage: " + coverage.size() + " problem(s) (./paperbake check fails on these)");
            coverage.forEach(problem -> lines.add(problem.format()));
            lines.forEach(log);
        }
        // The lines a restored build logs again.
        return lines;
    }

    /** A build logs how many drafts are left to finish; a check gives them with its report. */
    private List<String> reportDrafts(List<DraftEntry> drafts, Findings findings) {
        if (findings.mode == Mode.CHECK || drafts.isEmpty()) {
            return List.of();
        }
        String line = "Glossary work: " + drafts.size() + " draft entr" + (drafts.size() == 1 ? "y" : "ies")
                + " to finish, not published (./paperbake check lists them)";
        log.accept(line);
        return List.of(line);
    }

    /** Links and anchors, pages no navigation reaches, and the Content-Security-Policy; the number of pages checked. */
    private int checkBuiltSite(
            SiteConfig config, List<ContentFile> content, Path staging, SiteScan.Handover handover, Findings findings) {
        BuiltSite site = new BuiltSite(config, content, staging, memory, handover);
        List<Problem> problems = new ArrayList<>(SiteChecker.checkBuiltSite(site));
        problems.addAll(site.scan().securityProblems());
        afterCheck.accept(site);
        findings.add(problems, "the site has " + problems.size() + " problem(s)");
        return site.scan().pages().size();
    }

    private static String describeEditions(Editions.Result editions) {
        String made = "Made the EPUB and PDF editions of " + editions.editions().size() + " document(s)";
        return editions.tooLong().isEmpty()
                ? made
                : made + " (none for " + String.join(", ", editions.tooLong()) + ": longer than " + Editions.MAX_WORDS
                        + " words)";
    }

    /** Runs one stage and logs its line with the time it took ("Baked 9 pages in 840 ms"). */
    private <T> T timed(Supplier<T> stage, Function<T, String> describe) {
        long start = System.nanoTime();
        T result = stage.get();
        log.accept(describe.apply(result) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return result;
    }
}
