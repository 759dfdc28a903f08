package org.paperbake.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.paperbake.config.SiteConfig;
import org.paperbake.history.GitHistory;
import org.paperbake.history.PointInTime;
import org.paperbake.kernel.FileTrees;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * A persistent, content-addressed cache of whole built sites, kept between processes (and, in CI,
 * between runs): a second build of unchanged sources restores the site instead of building it.
 *
 * <p>An entry's key is the SHA-256 of everything a build reads — each file of the content,
 * template, asset and data folders (links followed, as JBake follows them) and
 * {@code jbake.properties}, each by its path relative to the site's folder and its bytes — and of
 * Paperbake's own code (the SHA-256 of its jar, or of its class files when run from a folder) and
 * the Java runtime's version, and whether the EPUB and PDF editions are made. Any change to one of
 * them is another key, so an entry is never stale; nothing else is compared. An entry is a folder
 * named by its key holding the built site's files, a manifest (each file's size and CRC32C, the
 * build's report and the log lines it printed) and the manifest's SHA-256: a restore checks every
 * byte against the manifest while it copies, so a truncated or altered entry is found, deleted and
 * rebuilt, never published. An output folder that already holds exactly the entry's site, checked
 * the same way, is left as it is. Entries are written into a temporary folder and moved into place
 * whole, so a killed build leaves no half entry. Least recently used entries are evicted to keep the
 * cache under its size bound.
 *
 * <p>Files go between the output and the cache as hard links where the file system allows (the
 * cache's default folder is beside the output), copies elsewhere: writing the 600 MB of a
 * 10,000-page site's 23,000 files took 4 to 9 seconds of a restore into an empty output, as in
 * CI, linking them 0.4 s. A link is checked as a copy is, byte for byte against the manifest, so
 * a published file edited in place — which edits the entry too — is found when the entry is next
 * used: the entry is deleted and the site rebuilt, never the edited file published again. Until
 * then another output restored from the same entry shares the edit; the log of a hit says the
 * files are linked.
 */
public final class BuildCache {

    /** The cache's folder in a site's folder unless told otherwise. */
    public static final String DEFAULT_FOLDER = ".paperbake-cache";

    /** The environment variable naming the cache folder, or {@code off}. */
    public static final String ENVIRONMENT_VARIABLE = "PAPERBAKE_CACHE";

    /** The environment variable bounding the cache's size, in megabytes. */
    public static final String MAX_MB_VARIABLE = "PAPERBAKE_CACHE_MAX_MB";

    /** The default bound: two sites of the 10,000-page benchmark. */
    public static final long DEFAULT_MAX_BYTES = 4096L << 20;

    /** Written first into every key and manifest: a change of layout is a change of key. */
    private static final String FORMAT = "paperbake-build-cache 1";

    private static final String MANIFEST = "manifest";
    private static final String MANIFEST_DIGEST = "manifest.sha256";
    private static final String SITE = "site";
    private static final String TEMPORARY_PREFIX = ".incomplete-";
    private static final long ABANDONED_AFTER_MILLIS = 24L * 60 * 60 * 1000;
    private static final int CHUNK_BYTES = 64 * 1024;

    private final Path folder;
    private final String codeVersion;
    private final long maxBytes;
    private final Linker linker;

    /** Makes {@code link} a hard link to {@code existing}, as {@link Files#createLink} does. */
    @FunctionalInterface
    interface Linker {
        void link(Path link, Path existing) throws IOException;
    }

    private BuildCache(Path folder, String codeVersion, long maxBytes, Linker linker) {
        this.folder = folder;
        this.codeVersion = codeVersion;
        this.maxBytes = maxBytes;
        this.linker = linker;
    }

    /** No cache: every build builds. */
    public static BuildCache off() {
        return new BuildCache(null, "", 0, Files::createLink);
    }

    /**
     * A cache in {@code folder}, keyed by the running Paperbake's code, bounded to {@code maxBytes}.
     * Nothing is created until a build stores its site.
     */
    public static BuildCache in(Path folder, long maxBytes) {
        return new BuildCache(folder.toAbsolutePath().normalize(), runningCodeVersion(), maxBytes, Files::createLink);
    }

    /** A cache whose idea of Paperbake's version is {@code codeVersion}: tests stand in a new release with it. */
    static BuildCache in(Path folder, String codeVersion, long maxBytes) {
        return in(folder, codeVersion, maxBytes, Files::createLink);
    }

    /** A cache that makes its hard links with {@code linker}: tests stand in a file system without them. */
    static BuildCache in(Path folder, String codeVersion, long maxBytes, Linker linker) {
        return new BuildCache(folder.toAbsolutePath().normalize(), codeVersion, maxBytes, linker);
    }

    boolean isOn() {
        return folder != null;
    }

    Path folder() {
        return folder;
    }

    /** What a cached build reported and logged, so that a restored build says the same. */
    record Report(int contentFiles, int pagesBaked, int pagesPostProcessed, List<String> logLines) {}

    /** One file of a cached site, as the manifest records it. */
    record CachedFile(String path, long size, long crc) {}

    /** A verified manifest: the entry's folder, the site's folders and files, and its report. */
    record Entry(Path folder, List<String> folders, List<CachedFile> files, Report report) {}

    /**
     * Why the cache can't be used with this site, or empty: it must be a folder (or not exist yet),
     * and neither hold nor be inside the output or a folder the site is built from.
     */
    Optional<String> unusableBecause(SiteConfig config, Path output) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of("is a file, not a folder");
        }
        List<Path> sources = List.of(
                config.contentFolder(), config.templateFolder(), config.assetFolder(), config.dataFolder(), output);
        for (Path source : sources) {
            Path normal = source.toAbsolutePath().normalize();
            if (folder.startsWith(normal) || normal.startsWith(folder)) {
                return Optional.of((folder.startsWith(normal) ? "is inside " : "holds ") + Problem.displayPath(source)
                        + ", which a build reads or replaces");
            }
        }
        return Optional.empty();
    }

    /** The key of everything the build of {@code config}'s site reads, as hexadecimal SHA-256. */
    String key(SiteConfig config, boolean editions) throws IOException {
        Path project = config.sourceFolder().toAbsolutePath().normalize();
        List<Path> inputs = new ArrayList<>();
        inputs.add(config.file());
        for (Path source : List.of(
                config.contentFolder(),
                config.templateFolder(),
                config.assetFolder(),
                config.dataFolder(),
                // The page of departures compares the content with the official source.
                config.sourceFolder().resolve("seeds"))) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source, FileVisitOption.FOLLOW_LINKS)) {
                    walk.filter(Files::isRegularFile).forEach(inputs::add);
                }
            }
        }
        List<String> names = inputs.stream()
                .map(file -> project.relativize(file.toAbsolutePath().normalize())
                        .toString()
                        .replace('\\', '/'))
                .toList();
        // Each file's digest on all cores (a 10,000-page site is 120 MB), combined in path order.
        // Where each file really is goes in too: the checks refuse some links that the bytes don't show.
        Path realProject = project.toRealPath();
        List<byte[]> digests = inputs.parallelStream()
                .map(file -> {
                    try {
                        MessageDigest digest = sha256();
                        update(digest, realProject.relativize(file.toRealPath()).toString());
                        readInChunks(file, (chunk, length) -> digest.update(chunk, 0, length));
                        return digest.digest();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(names::get));
        MessageDigest key = sha256();
        update(key, FORMAT);
        update(key, codeVersion);
        update(key, Runtime.version().toString());
        // The settings as the build uses them: the environment can override site.host.
        new TreeMap<>(config.jbake()).forEach((name, value) -> update(key, name + "=" + value));
        // The record of changes is read from the repository: another commit is another site.
        update(key, "history=" + GitHistory.headOf(config.contentFolder()));
        // A site built with its EPUB and PDF editions holds more files and links them: another site.
        update(key, "editions=" + editions);
        // A new or moved edition tag is another site, though HEAD has not moved.
        update(key, "versions=" + PointInTime.cacheKey(config));
        for (int i : order) {
            update(key, names.get(i));
            key.update(digests.get(i));
        }
        return HexFormat.of().formatHex(key.digest());
    }

    /** The entry stored under {@code key} whose manifest is intact, or empty. */
    Optional<Entry> lookUp(String key) {
        Path entry = folder.resolve(key);
        try {
            byte[] manifest = Files.readAllBytes(entry.resolve(MANIFEST));
            String digest = Files.readString(entry.resolve(MANIFEST_DIGEST), StandardCharsets.US_ASCII);
            if (!HexFormat.of().formatHex(sha256().digest(manifest)).equals(digest.strip())) {
                return Optional.empty();
            }
            return parse(entry, new String(manifest, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How many files a restore or a store linked, and how many it copied. */
    record Placed(int linked, int copied) {
        /** "23644 files linked", "3 files linked, 20 copied". */
        String describe() {
            if (copied == 0) {
                return linked + " files linked";
            }
            return linked == 0 ? copied + " files copied" : linked + " files linked, " + copied + " copied";
        }
    }

    /**
     * Places the entry's site in {@code staging}, checking each file's size and CRC32C against the
     * manifest; empty, with the entry deleted, when one differs or is missing.
     */
    Optional<Placed> restore(Entry entry, Path staging) {
        Path site = entry.folder().resolve(SITE);
        try {
            for (String subfolder : entry.folders()) {
                Files.createDirectories(staging.resolve(subfolder));
            }
        } catch (IOException e) {
            evict(entry.folder());
            return Optional.empty();
        }
        // A file that differs from the manifest is found once placed: the staging folder it is in is
        // then deleted, never published.
        AtomicInteger linked = new AtomicInteger();
        boolean intact = entry.files().parallelStream().allMatch(file -> {
            try {
                Path target = staging.resolve(file.path());
                Files.createDirectories(target.getParent());
                PlacedFile put = place(site.resolve(file.path()), target, file.path());
                if (put.linked()) {
                    linked.incrementAndGet();
                }
                return put.file().equals(file);
            } catch (IOException | UncheckedIOException e) {
                return false;
            }
        });
        if (!intact) {
            evict(entry.folder());
            return Optional.empty();
        }
        markUsed(entry);
        return Optional.of(new Placed(linked.get(), entry.files().size() - linked.get()));
    }

    /**
     * Whether {@code site} already holds exactly the entry's site, as a restore would write it: the
     * same folders and files (and the output marker, which every build writes), each file of the
     * manifest's size and CRC32C, nothing else — no other file, no link. A second build of
     * unchanged sources then leaves the output as it is rather than copy every file again and
     * delete the old ones (on a disk that discards deleted blocks, deleting the 23,000 files of a
     * 10,000-page site takes seconds).
     */
    boolean isHeldBy(Entry entry, Path site) {
        if (!OutputFolder.holdsItsMarker(site)) {
            return false;
        }
        List<String> folders = new ArrayList<>();
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (path.equals(site)) {
                    continue;
                }
                String relative = relative(site, path);
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(relative);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(relative);
                } else {
                    return false;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        files.remove(OutputFolder.MARKER);
        if (!new HashSet<>(folders).equals(new HashSet<>(entry.folders()))
                || !new HashSet<>(files)
                        .equals(entry.files().stream().map(CachedFile::path).collect(Collectors.toSet()))) {
            return false;
        }
        return entry.files().parallelStream().allMatch(file -> {
            try {
                Path path = site.resolve(file.path());
                return Files.size(path) == file.size()
                        && counted(path, file.path()).equals(file);
            } catch (IOException | UncheckedIOException e) {
                return false;
            }
        });
    }

    /** Records that the entry was used now: eviction deletes the least recently used first. */
    void markUsed(Entry entry) {
        try {
            Files.setLastModifiedTime(entry.folder(), FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // Only eviction order depends on it.
        }
    }

    /**
     * Stores the finished site in {@code staging} under {@code key}, then evicts the least recently
     * used entries beyond the size bound, and tells {@code stored} how its files were placed. Returns
     * why it stored nothing, or empty when it stored.
     */
    Optional<String> store(String key, Path staging, Report report, Consumer<Placed> stored) {
        Path temporary = null;
        try {
            List<Path> files;
            List<Path> folders;
            try (Stream<Path> walk = Files.walk(staging)) {
                List<Path> all = walk.sorted().toList();
                files = all.stream().filter(Files::isRegularFile).toList();
                folders = all.stream()
                        .filter(path -> !path.equals(staging) && Files.isDirectory(path))
                        .toList();
            }
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            if (bytes > maxBytes) {
                return Optional.of("the site's " + (bytes >> 20) + " MB are more than the cache's bound of "
                        + (maxBytes >> 20) + " MB (" + MAX_MB_VARIABLE + ")");
            }
            Files.createDirectories(folder);
            temporary = folder.resolve(TEMPORARY_PREFIX
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            Path site = temporary.resolve(SITE);
            Files.createDirectories(site);
            StringBuilder manifest = new StringBuilder(FORMAT).append('\n');
            manifest.append("report ")
                    .append(report.contentFiles())
                    .append(' ')
                    .append(report.pagesBaked())
                    .append(' ')
                    .append(report.pagesPostProcessed())
                    .append('\n');
            for (String line : report.logLines()) {
                manifest.append("log ").append(line.replace('\n', ' ')).append('\n');
            }
            for (Path subfolder : folders) {
                // Every folder, so that an empty one is restored too.
                manifest.append("folder ").append(relative(staging, subfolder)).append('\n');
            }
            List<String> paths = files.stream()
                    .map(file -> relative(staging, file))
                    // Every staging folder is made with it.
                    .filter(path -> !path.equals(OutputFolder.MARKER))
                    .toList();
            // Placed on all cores (a 10,000-page site is 23,000 files), listed in path order.
            List<PlacedFile> placed = paths.parallelStream()
                    .map(path -> placeIn(staging.resolve(path), site.resolve(path), path))
                    .toList();
            for (CachedFile file : placed.stream().map(PlacedFile::file).toList()) {
                manifest.append("file ")
                        .append(file.size())
                        .append(' ')
                        .append(Long.toHexString(file.crc()))
                        .append(' ')
                        .append(file.path())
                        .append('\n');
            }
            byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(temporary.resolve(MANIFEST), manifestBytes);
            Files.writeString(
                    temporary.resolve(MANIFEST_DIGEST),
                    HexFormat.of().formatHex(sha256().digest(manifestBytes)) + "\n",
                    StandardCharsets.US_ASCII);
            Path entry = folder.resolve(key);
            evict(entry); // A damaged entry of the same key, found on the way here.
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            evictBeyondBound(entry);
            int linked = (int) placed.stream().filter(PlacedFile::linked).count();
            stored.accept(new Placed(linked, placed.size() - linked));
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            if (temporary != null) {
                evict(temporary);
            }
        }
    }

    /** Places one built file in an entry, as the manifest will record it. */
    private PlacedFile placeIn(Path source, Path target, String path) {
        try {
            Files.createDirectories(target.getParent());
            return place(source, target, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file placed by a restore or a store, as the manifest records it, and whether it was linked. */
    private record PlacedFile(CachedFile file, boolean linked) {}

    /**
     * Puts {@code source} at the new path {@code target}: a hard link where the file system allows
     * (not across file systems, nor on some that have none), else a copy; with its size and CRC32C
     * as read from {@code target}.
     */
    private PlacedFile place(Path source, Path target, String path) throws IOException {
        try {
            linker.link(target, source);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (FileSystemException | UnsupportedOperationException e) {
            // The link can't be made where a copy can: across file systems, on one without hard
            // links, past a file's most links, or for a file of another owner where the kernel
            // protects hard links. A copy is what the cache made before it linked.
            return new PlacedFile(copyCounting(source, target, path), false);
        }
        return new PlacedFile(counted(target, path), true);
    }

    /** {@code file} as the manifest records it: its size and CRC32C. */
    private static CachedFile counted(Path file, String path) throws IOException {
        CRC32C crc = new CRC32C();
        long[] size = {0};
        readInChunks(file, (chunk, length) -> {
            crc.update(chunk, 0, length);
            size[0] += length;
        });
        return new CachedFile(path, size[0], crc.getValue());
    }

    /** Takes each chunk of a file: the buffer, and how many of its bytes are the file's. */
    private interface Chunks {
        void accept(byte[] chunk, int length) throws IOException;
    }

    /**
     * Reads {@code file} a chunk at a time: the cache copies files of any size on all cores (the
     * chronology of a large library is a page of tens of megabytes), and a build's heap must not
     * hold them whole beside the pipeline's data.
     */
    private static void readInChunks(Path file, Chunks chunks) throws IOException {
        byte[] chunk = new byte[CHUNK_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(chunk)) > 0; ) {
                chunks.accept(chunk, n);
            }
        }
    }

    /** Copies {@code source} to a new file {@code target}, as the manifest records a file: its size and CRC32C. */
    private static CachedFile copyCounting(Path source, Path target, String path) throws IOException {
        CRC32C crc = new CRC32C();
        long[] size = {0};
        try (OutputStream out = Files.newOutputStream(target)) {
            readInChunks(source, (chunk, length) -> {
                crc.update(chunk, 0, length);
                size[0] += length;
                out.write(chunk, 0, length);
            });
        }
        return new CachedFile(path, size[0], crc.getValue());
    }

    /** Deletes the least recently used entries, and killed builds' temporary folders, until the rest fit the bound. */
    private void evictBeyondBound(Path newest) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        }
        List<Path> byRecentUse = new ArrayList<>();
        for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(TEMPORARY_PREFIX)) {
                // A day old, it is a killed build's; younger, perhaps another build's, still being written.
                if (lastUsed(entry).toMillis() < System.currentTimeMillis() - ABANDONED_AFTER_MILLIS) {
                    evict(entry);
                }
                continue;
            }
            byRecentUse.add(entry);
        }
        byRecentUse.sort(Comparator.comparing((Path entry) -> !entry.equals(newest))
                .thenComparing(BuildCache::lastUsed, Comparator.reverseOrder()));
        long kept = 0;
        for (Path entry : byRecentUse) {
            long size = lookUp(entry.getFileName().toString())
                    .map(found ->
                            found.files().stream().mapToLong(CachedFile::size).sum())
                    .orElse(Long.MAX_VALUE);
            if (kept + size <= maxBytes && size != Long.MAX_VALUE) {
                kept += size;
            } else {
                evict(entry);
            }
        }
    }

    private static FileTime lastUsed(Path entry) {
        try {
            return Files.getLastModifiedTime(entry);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void evict(Path entry) {
        try {
            FileTrees.deleteRecursively(entry);
        } catch (UncheckedIOException e) {
            // Another build may be deleting it too; what is left is found damaged and replaced later.
        }
    }

    private static Optional<Entry> parse(Path entry, String manifest) {
        List<String> lines = manifest.lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(FORMAT) || !lines.get(1).startsWith("report ")) {
            return Optional.empty();
        }
        String[] counts = lines.get(1).split(" ");
        List<String> logLines = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        List<CachedFile> files = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("log ")) {
                logLines.add(line.substring(4));
            } else if (line.startsWith("folder ")) {
                folders.add(line.substring(7));
            } else if (line.startsWith("file ")) {
                String[] parts = line.split(" ", 4);
                files.add(new CachedFile(parts[3], Long.parseLong(parts[1]), Long.parseUnsignedLong(parts[2], 16)));
            } else {
                return Optional.empty();
            }
        }
        Report report = new Report(
                Integer.parseInt(counts[1]), Integer.parseInt(counts[2]), Integer.parseInt(counts[3]), logLines);
        return Optional.of(new Entry(entry, folders, files, report));
    }

    /**
     * Paperbake's own version, as the SHA-256 of the code that runs: the jar, or every class file
     * below the folder the classes were loaded from. The launcher rebuilds the jar whenever a source
     * changes, so a code change is a new version.
     */
    private static String runningCodeVersion() {
        try {
            Path code = Path.of(BuildCache.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            MessageDigest digest = sha256();
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        update(digest, code.relativize(file).toString());
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                digest.update(Files.readAllBytes(code));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new PaperbakeException.BadInput(
                    "cannot read Paperbake's own code",
                    List.of(Problem.at(
                            Path.of("target/paperbake.jar"),
                            0,
                            "cannot be read to key the build cache (" + e.getMessage() + ")",
                            "run with --no-cache, or rebuild Paperbake")));
        }
    }

    private static String relative(Path folder, Path path) {
        return folder.relativize(path).toString().replace('\\', '/');
    }

    /** Adds {@code text} and a separator no path or version holds. */
    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
