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
import org.paperbake.kernel.PaperbakeException;
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
 * memory was 530–600 MB against 380–400 MB without it), and a repository larger than {@link
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
        this.thread.setPriority(Thread.MIN_PRIORITY);
    }

    void start() {
        thread.start();
    }

    /** Whether it is still rehearsing. */
    boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops at the copy's next stage and waits for its folder to be deleted. */
    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@link #isRunning} is false, at most {@code millis}. */
    boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void rehearse() {
        Path folder = null;
        try {
            folder = scratch.isPresent()
                    ? Files.createTempDirectory(scratch.get(), "rehearsal-")
                    : Files.createTempDirectory("paperbake-serve-rehearsal-");
            Path copy = folder.resolve("site");
            Optional<Path> page = copySources(copy);
            if (page.isEmpty()) {
                return;
            }
            long start = System.nanoTime();
            int rehearsed = rehearse(copy, folder.resolve("output"), page.get());
            if (rehearsed == edits) {
                log.accept("Rehearsed " + rehearsed + " edits on a copy of the site in the background in "
                        + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)
                        + " s (so that edits are rebuilt by compiled code)");
            }
        } catch (IOException | UncheckedIOException | PaperbakeException e) {
            // A copy that can't be made or built: the preview works all the same, its first edits a little slower.
        } catch (InterruptedException e) {
            // close(): the preview is stopping.
        } finally {
            if (folder != null) {
                try {
                    FileTrees.deleteRecursively(folder);
                } catch (UncheckedIOException e) {
                    // In the session's folder it goes with the session; in the temporary folder, with the machine's
                    // clean-up.
                }
            }
        }
    }

    /** Builds the copy once, then edits and rebuilds it; how many edits it rebuilt before it was stopped. */
    private int rehearse(Path copy, Path output, Path page) throws IOException, InterruptedException {
        Site site = Site.remembering(copy, output, line -> {
            if (stopping || busy.getAsBoolean()) {
                throw new Yield();
            }
        });
        String original = Files.readString(page, StandardCharsets.UTF_8);
        int rehearsed = -1;
        while (rehearsed < edits && !stopping) {
            awaitIdle();
            if (rehearsed >= 0) {
                // A paragraph added at the first edit, then edited: what an editor's saves do.
                Files.writeString(
                        page,
                        original + "\n\nA rehearsed sentence, number " + rehearsed + ".\n",
                        StandardCharsets.UTF_8);
            }
            try {
                site.build();
                rehearsed++;
            } catch (Yield e) {
                // Built again, whole, once the preview is idle.
            }
        }
        return rehearsed;
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
        long bytes = 0;
        for (Path part : parts) {
            bytes += sizeOf(part);
        }
        if (bytes > LARGEST_SOURCES_BYTES) {
            return Optional.empty();
        }
        Path git = source.resolve(".git");
        if (Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS) && sizeOf(git) <= LARGEST_GIT_BYTES) {
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

    private static long sizeOf(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
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
