package org.paperbake.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.FileTrees;
import org.paperbake.pipeline.Site;

/**
 * Edits a copy of the site in the background while the preview is idle, and rebuilds the copy as
 * {@code serve} rebuilds an edit, so that the JIT compiles the edit's path before the editor's
 * own edits come. On the seed, one edit after another, the rebuild took 207 ms (median of the first
 * 20 edits), 151 ms by the 60th and 115 ms by the 160th (issue 13): the code an edit runs — each
 * page looked up, the edited one rendered again — is compiled a little more with each, and the
 * editor's first edits were paying for it.
 *
 * <p>It never touches the site's sources or the served site: it copies the settings, content,
 * templates, assets, data and seeds (and the repository's {@code .git}, so that the history stage
 * runs as in the editor's checkout, when the site is at its top and the folder is small) into a
 * folder of its own, deleted when it ends. It rebuilds only while {@code busy} says the preview is
 * idle — no change coming in, no rebuild running, no page being fetched — and a build of the copy
 * stops at its next stage when the preview gets busy, so a real edit waits for it at most one stage.
 * A site whose sources are larger than {@link #LARGEST_SOURCES_BYTES} is not rehearsed: its copy
 * holds a second site's memory beside the served one (on the seed, the session's peak resident
 * memory was 500–690 MB against 380–400 MB without it), and a repository larger than {@link
 * #LARGEST_GIT_BYTES} is left out of the copy (its edits are rehearsed without their history).
 */
final class Rehearsal implements AutoCloseable {

    /** Edits rehearsed: about where the seed's rebuilds stopped getting faster. */
    static final int EDITS = 150;

    /** Sources larger than this (content, templates, assets, data, seeds) are not rehearsed: 16 times the seed's. */
    static final long LARGEST_SOURCES_BYTES = 4L << 20;

    /** A {@code .git} folder larger than this is not copied. */
    static final long LARGEST_GIT_BYTES = 64L << 20;

    private static final long IDLE_CHECK_MILLIS = 50;

    /** Thrown from the copy's log, between stages, when the preview gets busy. */
    private static final class Yield extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Yield() {
            super("the preview is busy", null, false, false);
        }
    }

    private final Path source;
    private final Optional<Path> scratch;
    private final BooleanSupplier busy;
    private final int edits;
    private final Consumer<String> log;
    private final Thread thread;
    private volatile boolean stopping;
    /** The copy's folder, its remembering site and the content file edited there, once prepared. */
    private Path folder;

    private Site site;
    private Path page;
    private String original;

    /**
     * @param source the site's source folder, read only to copy it
     * @param scratch a folder to make the copy in (the session's folder in memory), or empty for the temporary folder
     * @param busy whether the preview is busy now: the rehearsal waits while it is
     * @param edits how many edits to rehearse
     * @param log where the line saying it is done goes
     */
    Rehearsal(Path source, Optional<Path> scratch, BooleanSupplier busy, int edits, Consumer<String> log) {
        this.source = source;
        this.scratch = scratch;
        this.busy = busy;
        this.edits = edits;
        this.log = log;
        this.thread = new Thread(this::rehearse, "paperbake-rehearsal");
        this.thread.setDaemon(true);
    }

    /**
     * Copies the sources and builds the copy once, on the caller's thread: {@code serve}'s warm-up,
     * a full build as its throwaway build was. False, with nothing left behind, when the site is not
     * rehearsed (too large, a folder outside it, no content file) or its copy does not build.
     */
    synchronized boolean prepare() {
        if (site != null) {
            return true;
        }
        try {
            folder = scratch.isPresent()
                    ? Files.createTempDirectory(scratch.get(), "rehearsal-")
                    : Files.createTempDirectory("paperbake-serve-rehearsal-");
            Path copy = folder.resolve("site");
            Optional<Path> edited = copySources(copy);
            if (edited.isPresent()) {
                page = edited.get();
                original = Files.readString(page, StandardCharsets.UTF_8);
                Site built = Site.remembering(copy, folder.resolve("output"), line -> {
                    if (stopping || busy.getAsBoolean() && Thread.currentThread() == thread) {
                        throw new Yield();
                    }
                });
                buildWhenIdle(built);
                site = built;
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // Best effort, as the warm-up: a copy that can't be made or built (PaperbakeException), or a bug, leaves
            // the preview working all the same, its first edits a little slower.
        } catch (InterruptedException e) {
            // close(): the preview is stopping.
        }
        deleteFolder();
        return false;
    }

    /** Rehearses the edits in the background, preparing first if {@link #prepare} was not called. */
    void start() {
        thread.start();
    }

    /** Whether it is still rehearsing. */
    boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops at the copy's next stage and deletes its folder. */
    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            deleteFolder();
        }
    }

    /** Waits until {@link #isRunning} is false, at most {@code millis}. */
    boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void rehearse() {
        try {
            if (!prepare()) {
                return;
            }
            long start = System.nanoTime();
            int rehearsed = rehearseEdits();
            if (rehearsed == edits) {
                log.accept("Rehearsed " + rehearsed + " edits on a copy of the site in the background in "
                        + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)
                        + " s (so that edits are rebuilt by compiled code)");
            }
        } catch (IOException | RuntimeException e) {
            // An edit of the copy that can't be written or built, or a bug: no more rehearsal, the preview is unharmed.
        } catch (InterruptedException e) {
            // close(): the preview is stopping.
        } finally {
            synchronized (this) {
                deleteFolder();
            }
        }
    }

    /**
     * Edits and rebuilds the copy; how many edits it rebuilt before it was stopped. Of every four,
     * one adds a paragraph, two edit it and one takes it away again: both an edit within a
     * paragraph and one that changes the page's paragraphs, as an editor's saves do.
     */
    private int rehearseEdits() throws IOException, InterruptedException {
        int rehearsed = 0;
        while (rehearsed < edits && !stopping) {
            awaitIdle();
            String text =
                    rehearsed % 4 == 3 ? original : original + "\n\nA rehearsed sentence, number " + rehearsed + ".\n";
            Files.writeString(page, text, StandardCharsets.UTF_8);
            buildWhenIdle(site);
            rehearsed++;
        }
        return rehearsed;
    }

    /** Builds {@code copy}, again whole each time the preview got busy and stopped it. */
    private void buildWhenIdle(Site copy) throws InterruptedException {
        while (true) {
            try {
                copy.build();
                return;
            } catch (Yield e) {
                awaitIdle();
            }
        }
    }

    private void deleteFolder() {
        if (folder == null) {
            return;
        }
        try {
            FileTrees.deleteRecursively(folder);
        } catch (UncheckedIOException e) {
            // In the session's folder it goes with the session; in the temporary folder, with the machine's clean-up.
        }
        folder = null;
        site = null;
    }

    private void awaitIdle() throws InterruptedException {
        while (!stopping && busy.getAsBoolean()) {
            Thread.sleep(IDLE_CHECK_MILLIS);
        }
        if (stopping) {
            throw new InterruptedException("stopping");
        }
    }

    /**
     * Copies what a build reads into {@code copy}; the content file to edit there (the largest), or
     * empty when the site is not rehearsed: too large, a folder outside it, no content file.
     */
    private Optional<Path> copySources(Path copy) throws IOException {
        SiteConfig config = SiteConfig.load(source);
        List<Path> parts = new ArrayList<>();
        for (Path folder :
                List.of(config.contentFolder(), config.templateFolder(), config.assetFolder(), config.dataFolder())) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (!absolute.startsWith(source)) {
                return Optional.empty();
            }
            parts.add(absolute);
        }
        parts.add(source.resolve("seeds"));
        if (PreviewFolder.sizeOf(parts) > LARGEST_SOURCES_BYTES) {
            return Optional.empty();
        }
        Path git = source.resolve(".git");
        if (Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS)
                && PreviewFolder.sizeOf(List.of(git)) <= LARGEST_GIT_BYTES) {
            parts.add(git);
        }
        Files.createDirectories(copy);
        Files.copy(source.resolve(SiteConfig.FILE_NAME), copy.resolve(SiteConfig.FILE_NAME));
        for (Path part : parts) {
            if (Files.isDirectory(part, LinkOption.NOFOLLOW_LINKS)) {
                FileTrees.copy(part, copy.resolve(source.relativize(part)));
            }
        }
        return largestMarkdown(copy.resolve(
                source.relativize(config.contentFolder().toAbsolutePath().normalize())));
    }

    private static Optional<Path> largestMarkdown(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md"))
                    .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .max(Comparator.comparingLong((Path file) -> {
                                try {
                                    return Files.size(file);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            })
                            .thenComparing(Comparator.reverseOrder()));
        }
    }
}
