package org.paperbake.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the site's sources — the content, template and asset folders (with their subfolders) and
 * the settings file — and runs a rebuild once changes stop arriving for a short while, so that an
 * editor's save (often several file events) costs one rebuild.
 */
final class SiteWatcher implements AutoCloseable {

    /**
     * Quiet time after the last change before rebuilding: long enough to gather one save's events
     * (an editor's write, rename and attribute change arrive within a millisecond or two of each
     * other), short enough not to count in the write-to-reload time (issue 13: within 200 ms; it
     * was 25 ms of it). A change that arrives during the rebuild causes another one, so waiting
     * longer would gain nothing.
     */
    static final long DEBOUNCE_MILLIS = 10;

    private final WatchService watchService;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Path settingsFile;
    private final Runnable noticed;
    private final Runnable rebuild;
    private final Thread thread;

    /**
     * @param trees folders watched with everything below them
     * @param settingsFile a single file watched through its folder
     * @param noticed what to tell at once of each file event, before the quiet time
     * @param rebuild what to run after a change
     */
    SiteWatcher(List<Path> trees, Path settingsFile, Runnable noticed, Runnable rebuild) {
        this.settingsFile = settingsFile.toAbsolutePath().normalize();
        this.noticed = noticed;
        this.rebuild = rebuild;
        try {
            this.watchService = FileSystems.getDefault().newWatchService();
            for (Path tree : trees) {
                registerTree(tree.toAbsolutePath().normalize());
            }
            register(this.settingsFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.thread = new Thread(this::watch, "paperbake-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey first = watchService.take();
                noticed.run();
                boolean changed = handle(first);
                WatchKey more;
                while ((more = watchService.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    noticed.run();
                    changed |= handle(more);
                }
                if (changed) {
                    rebuild.run();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // close() was called: the server is stopping.
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the key's events touch the sources; new folders are watched from now on. */
    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isEditorsScratch(path.getFileName().toString())) {
                continue;
            }
            if (folder.equals(settingsFile.getParent()) && !isBelowWatchedTree(path)) {
                changed |= path.equals(settingsFile);
                continue;
            }
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                registerTreeQuietly(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return changed;
    }

    /**
     * Whether {@code name} is a file an editor writes beside the one being edited while it types, or
     * for a moment as it saves, that no build needs to see: vim's swap files ({@code .page.md.swp},
     * {@code .swx}, {@code .swo}; rewritten every few seconds of typing, and skipped by the build as
     * hidden files in {@code content/}) and the {@code 4913} it creates and deletes to test the
     * folder, and JetBrains' {@code ___jb_tmp___} and {@code ___jb_old___}, gone when the save ends.
     * Each rebuilt the site and reloaded the page with nothing saved; the save itself writes the
     * page, whose event rebuilds. Emacs's {@code .#page.md} lock and {@code #page.md#} autosave are
     * not among them: the build refuses both in {@code content/}, so they must rebuild when they come
     * and go. (A swap file in {@code assets/}, which JBake publishes unless {@code asset.ignore} is
     * set, is published as it was at the last rebuild.)
     */
    static boolean isEditorsScratch(String name) {
        return name.startsWith(".") && (name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo"))
                || name.equals("4913")
                || name.endsWith("___jb_tmp___")
                || name.endsWith("___jb_old___");
    }

    /** The settings file's folder is the site folder itself; events there about the watched trees come via their own keys. */
    private boolean isBelowWatchedTree(Path path) {
        return folders.values().stream()
                .anyMatch(watched -> !watched.equals(settingsFile.getParent()) && path.startsWith(watched));
    }

    private void registerTreeQuietly(Path tree) {
        try {
            registerTree(tree);
        } catch (IOException e) {
            // The folder vanished again before it could be watched; the next change rebuilds anyway.
            return;
        }
    }

    private void registerTree(Path tree) throws IOException {
        if (!Files.isDirectory(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path folder : walk.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                register(folder);
            }
        }
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(
                watchService,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, folder);
    }

    @Override
    public void close() {
        try {
            watchService.close();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
