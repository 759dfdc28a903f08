package org.paperbake.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.FileTrees;

/**
 * Where {@code serve} builds when it isn't given {@code --output}: a folder in memory when the
 * machine has one with room for the site, else the site's {@code output/} as {@code build} uses it.
 *
 * <p>Each rebuild writes every page of the site into a new staging folder, rewrites it in the
 * later stages and deletes the site before it; on a disk those are hundreds of file creations,
 * truncations and deletions an edit, and they were 100 ms of a 280 ms rebuild of the seed on this
 * machine's ext4 disk (161–178 ms in memory against 266–283 ms on the disk, 40 rebuilds each). Hugo's
 * {@code server} also renders to memory by default. The folder in memory is the session's own
 * ({@code paperbake-serve-*} in {@code /dev/shm}, Linux's shared-memory file system), deleted when
 * the session stops; one a killed session left is found by its unheld lock and deleted by the next.
 * A machine without {@code /dev/shm}, or with less room there than {@link #ROOM_PER_SOURCE_BYTE}
 * times the site's sources (a container's default is 64 MB), builds into {@code output/}.
 */
public final class PreviewFolder implements AutoCloseable {

    /** Linux's file system in memory. */
    public static final Path SHARED_MEMORY = Path.of("/dev/shm");

    /**
     * Room asked for in memory per byte of content, templates and assets: a built site is about
     * four times its sources (the 10,000-page benchmark: 120 MB of sources, 470 MB built), and a
     * rebuild holds the new site beside the old one.
     */
    static final int ROOM_PER_SOURCE_BYTE = 10;

    private static final String PREFIX = "paperbake-serve-";
    private static final String LOCK = ".session.lock";

    private final Path output;
    private final Path sessionFolder;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private PreviewFolder(Path output, Path sessionFolder, FileChannel lockChannel, FileLock lock) {
        this.output = output;
        this.sessionFolder = sessionFolder;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** {@code output}, as asked with {@code --output}: nothing of it is deleted when the session stops. */
    public static PreviewFolder onDisk(Path output) {
        return new PreviewFolder(output, null, null, null);
    }

    /** Where a session serving the site in {@code source} builds: in memory if it can, else in {@code output/}. */
    public static PreviewFolder forSite(Path source) {
        SiteConfig config = DevServer.loadConfigOrDefaults(source);
        return choose(
                SHARED_MEMORY,
                List.of(config.contentFolder(), config.templateFolder(), config.assetFolder()),
                source.resolve("output"));
    }

    /**
     * A new folder of this session in {@code memory} when it is a folder with room for a site built
     * from {@code sources}, else {@code fallback}. Folders that killed sessions left there are
     * deleted first.
     */
    public static PreviewFolder choose(Path memory, List<Path> sources, Path fallback) {
        if (!Files.isDirectory(memory) || !Files.isWritable(memory)) {
            return onDisk(fallback);
        }
        deleteAbandoned(memory);
        Path session = null;
        try {
            long needed = sizeOf(sources) * ROOM_PER_SOURCE_BYTE;
            if (Files.getFileStore(memory).getUsableSpace() < needed) {
                return onDisk(fallback);
            }
            session = Files.createTempDirectory(memory, PREFIX);
            FileChannel channel =
                    FileChannel.open(session.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock held = channel.tryLock();
            if (held == null) {
                channel.close();
                throw new IOException("the new session's lock is held");
            }
            return new PreviewFolder(session.resolve("site"), session, channel, held);
        } catch (IOException | UncheckedIOException e) {
            // A folder without its lock would never be found abandoned: it goes now.
            if (session != null) {
                deleteQuietly(session);
            }
            return onDisk(fallback);
        }
    }

    /** The folder the site is built into and served from. */
    public Path output() {
        return output;
    }

    /** The session's folder in memory, for other scratch work of the session; empty on disk. */
    public Optional<Path> scratch() {
        return Optional.ofNullable(sessionFolder);
    }

    /** Whether the folder is in memory, and deleted when the session stops. */
    public boolean inMemory() {
        return sessionFolder != null;
    }

    /** Deletes the session's folder in memory; a folder on disk is left as the last build made it. */
    @Override
    public void close() {
        if (sessionFolder == null) {
            return;
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // The lock goes with the channel; the folder is deleted all the same.
        }
        deleteQuietly(sessionFolder);
    }

    private static void deleteQuietly(Path session) {
        try {
            FileTrees.deleteRecursively(session);
        } catch (UncheckedIOException e) {
            // What is left has no lock held: the next session deletes it.
        }
    }

    /** Deletes the session folders in {@code memory} whose lock nobody holds: their sessions were killed. */
    private static void deleteAbandoned(Path memory) {
        try (DirectoryStream<Path> sessions = Files.newDirectoryStream(memory, PREFIX + "*")) {
            for (Path session : sessions) {
                if (Files.isDirectory(session, LinkOption.NOFOLLOW_LINKS) && isAbandoned(session)) {
                    FileTrees.deleteRecursively(session);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Another user's folder, or one being deleted: left for its owner.
        }
    }

    private static boolean isAbandoned(Path session) {
        Path lockFile = session.resolve(LOCK);
        if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            // A session between creating its folder and its lock, or not one of ours: left alone.
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return false;
            }
            probe.release();
            return true;
        } catch (OverlappingFileLockException e) {
            // Held by a session in this very process.
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The bytes of the files below {@code sources} (links followed, as a copy of them reads them). */
    static long sizeOf(List<Path> sources) throws IOException {
        long bytes = 0;
        for (Path source : sources) {
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(source)) {
                bytes += walk.filter(Files::isRegularFile)
                        .mapToLong(file -> {
                            try {
                                return Files.size(file);
                            } catch (IOException e) {
                                return 0;
                            }
                        })
                        .sum();
            }
        }
        return bytes;
    }
}
