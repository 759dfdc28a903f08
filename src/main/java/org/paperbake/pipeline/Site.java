package org.paperbake.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.paperbake.content.SourceTree;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.postprocess.Glossary;
import org.paperbake.postprocess.PostProcessor;

/**
 * A site to build: a source folder (with {@code jbake.properties}, content, templates and assets)
 * and the output folder it is built into.
 *
 * <p>{@link #build()} is the whole pipeline in one place. The site is built into a staging folder
 * beside the output folder and moved into place only when every stage succeeded, so a failed build
 * leaves the last good site untouched.
 */
public final class Site {

    /** The result of a successful build. */
    public record BuildReport(int contentFiles, int pagesBaked, int pagesPostProcessed, long millis) {}

    private final Path source;
    private final Path output;
    private final Consumer<String> log;
    private final Baker baker;
    private final Memo<ContentReader.Source, ContentReader.Read> reads;
    private final PostProcessor.Memory pages;
    private final Memo<SiteScan.BuiltPage, SiteScan.Page> scans;
    private Map<String, Integer> lastBuildRedone = Map.of();

    /**
     * @param source the folder holding {@code jbake.properties}
     * @param output the folder the site is built into; replaced as a whole on success
     * @param log where the one-line-per-stage progress goes
     */
    public Site(Path source, Path output, Consumer<String> log) {
        this(source, output, log, new SiteBaker());
    }

    /**
     * A site baked by {@code baker}: keep one {@link SiteBaker} to rebuild warm, or pass JBake's
     * stock baker to compare.
     */
    public Site(Path source, Path output, Consumer<String> log, Baker baker) {
        this(source, output, log, baker, false);
    }

    private Site(Path source, Path output, Consumer<String> log, Baker baker, boolean remembering) {
        this.baker = baker;
        this.reads = remembering ? Memo.acrossBuilds() : Memo.none();
        this.pages = remembering ? PostProcessor.Memory.acrossBuilds() : PostProcessor.Memory.none();
        this.scans = remembering ? Memo.acrossBuilds() : Memo.none();
        this.source = source.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.log = log;
    }

    /**
     * A site for rebuilding again and again in one JVM ({@code serve}): each stage remembers what it
     * made of every file and page, and the next build redoes only what an edit changed — the files
     * read, the bodies and pages rendered, the pages post-processed and checked — and reuses the
     * rest. Site-wide results (cross-references, search index, links between pages) are always
     * recomputed from the pages' remembered parts. The output is byte-identical to a fresh build.
     */
    public static Site remembering(Path source, Path output, Consumer<String> log) {
        return new Site(source, output, log, SiteBaker.remembering(), true);
    }

    /**
     * What the last build had to compute rather than remember: content files read, Markdown
     * bodies and pages rendered, pages post-processed and pages scanned by the checks.
     */
    public Map<String, Integer> redoneLastBuild() {
        return lastBuildRedone;
    }

    private Map<String, Integer> countRedone() {
        Map<String, Integer> redone = new LinkedHashMap<>();
        redone.put("files read", reads.computedThisBuild());
        if (baker instanceof SiteBaker siteBaker) {
            redone.put("bodies rendered", siteBaker.renderedLastBake()[0]);
            redone.put("pages rendered", siteBaker.renderedLastBake()[1]);
        }
        redone.put("pages post-processed", pages.computedThisBuild());
        redone.put("pages checked", scans.computedThisBuild());
        return redone;
    }

    /**
     * Starts loading and initialising the libraries the stages use (SnakeYAML, Flexmark, Freemarker,
     * Jsoup) on a background thread, and returns at once. A cold build spends most of its time
     * loading classes, one after the other on the main thread while parsing the command line and
     * reading the content; on a second core this thread does it meanwhile (about a tenth of the
     * seed site's cold build). Nothing it does reaches the output.
     */
    public static void warmUpInBackground() {
        Thread warmUp = new Thread(
                () -> {
                    try {
                        ContentReader.warmUp();
                        SiteBaker.warmUp();
                        PostProcessor.warmUp();
                    } catch (RuntimeException | Error e) {
                        // Best effort only: whatever failed here fails the build itself, where it is reported.
                        return;
                    }
                },
                "paperbake-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** Reads, bakes, post-processes and checks the site, then publishes it to the output folder. */
    public BuildReport build() {
        try {
            return buildOnce();
        } finally {
            lastBuildRedone = countRedone();
            nextBuild();
        }
    }

    /** Ends a build: each stage keeps what this build used for the next one. */
    private void nextBuild() {
        reads.nextBuild();
        pages.nextBuild();
        scans.nextBuild();
        if (baker instanceof SiteBaker siteBaker) {
            siteBaker.nextBuild();
        }
    }

    private BuildReport buildOnce() {
        long start = System.nanoTime();
        SiteConfig config = timed(() -> SiteConfig.load(source), c -> "Read " + SiteConfig.FILE_NAME);
        // Claimed first: a folder the build may not replace is refused before any work, and a
        // killed build's leftovers are repaired even when this build fails.
        try (OutputFolder folder = claimOutput(config, OutputFolder.Use.REPLACE)) {
            List<ContentFile> content = timed(
                    () -> ContentReader.readAll(config.contentFolder(), reads),
                    files -> "Read " + files.size() + " content files");
            SourceTree.refuseUnsafeFiles(config);
            // Checks across glossary entries fail here, before anything is built.
            Glossary glossary = Glossary.load(content);
            return bakeAndPublish(config, content, glossary, folder, start);
        }
    }

    private BuildReport bakeAndPublish(
            SiteConfig config, List<ContentFile> content, Glossary glossary, OutputFolder folder, long start) {
        Path staging = folder.createStaging();
        try {
            int baked = timed(() -> baker.bake(config, content, staging), n -> "Baked " + n + " pages");
            PostProcessor.Result processed = postProcess(config, content, glossary, staging);
            logCoverage(processed.coverage());
            timed(() -> checkSite(config, content, staging), problems -> "Checked links");
            folder.publish(staging);
            long millis = (System.nanoTime() - start) / 1_000_000;
            log.accept("Built " + Problem.displayPath(output) + " in " + millis + " ms");
            return new BuildReport(content.size(), baked, processed.pages(), millis);
        } catch (RuntimeException | Error failure) {
            discard(folder, staging, failure);
            throw failure;
        }
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
                () -> PostProcessor.process(staging, config.host(), content, glossary, config.linkPolicy(), pages),
                result -> "Post-processed " + result.pages() + " pages (pinpoints, term links, cross-references)");
    }

    /** Coverage problems don't stop a build (the site is still correct); ./paperbake check fails on them. */
    private void logCoverage(List<Problem> coverage) {
        if (!coverage.isEmpty()) {
            log.accept("Glossary coverage: " + coverage.size() + " problem(s) (./paperbake check fails on these)");
            coverage.forEach(problem -> log.accept(problem.format()));
        }
    }

    private List<Problem> checkSite(SiteConfig config, List<ContentFile> content, Path staging) {
        List<Problem> problems = new ArrayList<>(SiteChecker.checkSources(config, content));
        BuiltSite site = new BuiltSite(config, content, staging, scans);
        problems.addAll(SiteChecker.checkBuiltSite(site));
        problems.addAll(site.scan().securityProblems());
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems("the site has " + problems.size() + " problem(s)", problems);
        }
        return problems;
    }

    /**
     * Checks the settings, every content file and the site they build, without touching the output
     * folder: the site is baked into a staging folder that is deleted afterwards. Every problem is
     * returned, not the first; the built site is checked only once the content can be read.
     *
     * @throws PaperbakeException.BadInput when the settings file or content folder is missing or unreadable
     */
    public List<Problem> check() {
        SiteConfig config;
        try {
            config = timed(() -> SiteConfig.load(source), c -> "Read " + SiteConfig.FILE_NAME);
        } catch (PaperbakeException.ContentProblems e) {
            return e.problems();
        }
        if (!Files.isDirectory(config.contentFolder())) {
            ContentReader.readAll(config.contentFolder());
        }
        List<Problem> problems = new ArrayList<>();
        List<ContentFile> content = timed(
                () -> ContentReader.readAllCollecting(config.contentFolder(), problems),
                files -> "Read " + files.size() + " content files");
        problems.addAll(timed(() -> SiteChecker.checkSources(config, content), found -> "Checked the sources"));
        try {
            SourceTree.refuseUnsafeFiles(config);
        } catch (PaperbakeException.ContentProblems e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        try (OutputFolder folder = claimOutput(config, OutputFolder.Use.STAGE_BESIDE)) {
            return checkBuiltSite(config, content, folder, problems);
        }
    }

    private List<Problem> checkBuiltSite(
            SiteConfig config, List<ContentFile> content, OutputFolder folder, List<Problem> problems) {
        Path staging = folder.createStaging();
        try {
            Glossary glossary = Glossary.load(content);
            timed(() -> baker.bake(config, content, staging), n -> "Baked " + n + " pages");
            problems.addAll(postProcess(config, content, glossary, staging).coverage());
            BuiltSite site = new BuiltSite(config, content, staging);
            problems.addAll(timed(() -> SiteChecker.checkBuiltSite(site), found -> "Checked the built site"));
            problems.addAll(site.scan().securityProblems());
        } catch (PaperbakeException.ContentProblems e) {
            problems.addAll(e.problems());
        } catch (RuntimeException | Error failure) {
            discard(folder, staging, failure);
            throw failure;
        }
        deleteStaging(folder, staging);
        return problems;
    }

    /** Runs one stage and logs its line with the time it took ("Baked 9 pages in 840 ms"). */
    private <T> T timed(Supplier<T> stage, Function<T, String> describe) {
        long start = System.nanoTime();
        T result = stage.get();
        log.accept(describe.apply(result) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return result;
    }
}
