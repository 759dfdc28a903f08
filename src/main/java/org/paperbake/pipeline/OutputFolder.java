package org.paperbake.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.paperbake.kernel.FileTrees;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * The folder a site is built into, and the only code that writes, moves or deletes there.
 *
 * <p>A build replaces its output folder whole, so the folder must be one Paperbake made: every
 * built site carries a {@link #MARKER} file, and a folder that exists without it — the project
 * itself, {@code content/}, a git work tree, someone's documents — is refused before anything is
 * touched. Beside the output folder live the staging folder of the build under way
 * ({@code .NAME.staging-*}), the last good site while it is being swapped out
 * ({@code .NAME.previous}) and a lock file ({@code .NAME.lock}) that keeps two builds from swapping
 * the same folder at once. Holding the lock, a build first repairs what a killed build left: it
 * puts back a previous site that a kill separated from its name, and deletes stale staging folders.
 */
public final class OutputFolder implements AutoCloseable {

    /** The file that marks a folder as a site Paperbake built. */
    public static final String MARKER = ".paperbake-output";

    private static final String MARKER_TEXT =
            "This folder is a site built by Paperbake; the next build replaces it whole.\n";

    private final Path output;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private OutputFolder(Path output, FileChannel lockChannel, FileLock lock) {
        this.output = output;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Checks that {@code output} may be replaced by a build of the site in {@code project}, takes
     * the lock beside it and repairs what a killed build left. Nothing is written, moved or deleted
     * before every check has passed.
     *
     * @param project the site's source folder
     * @param protectedFolders the folders the site is made from (content, templates, assets): the
     *     output may be none of them, nor inside or around one
     * @param use whether the build replaces the folder or only stages beside it
     * @throws PaperbakeException.BadInput when the folder is not one a build may replace
     */
    public static OutputFolder claim(Path project, List<Path> protectedFolders, Path output, Use use) {
        Path target = output.toAbsolutePath().normalize();
        List<Problem> problems = refusals(project, protectedFolders, target, use);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.BadInput("the output folder can't be used", problems);
        }
        OutputFolder folder = lock(target);
        try {
            folder.recoverFromKilledBuild();
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
        return folder;
    }

    /** What a build does with its output folder. */
    public enum Use {
        /** {@code build} and {@code serve}: the folder is replaced by the new site. */
        REPLACE,
        /** {@code check}: a site is built beside the folder and deleted; the folder itself is left as it is. */
        STAGE_BESIDE
    }

    /** Every reason {@code output} may not be used so; empty when it may. */
    static List<Problem> refusals(Path project, List<Path> protectedFolders, Path output, Use use) {
        Path real = FileTrees.realPath(output);
        Path projectReal = FileTrees.realPath(project);
        String fix = "choose another --output, such as the default " + Problem.displayPath(project.resolve("output"));
        List<Problem> problems = new ArrayList<>();
        if (real.getParent() == null) {
            problems.add(Problem.at(output, 0, "is the root of the file system", fix));
            return problems;
        }
        if (projectReal.startsWith(real)) {
            problems.add(Problem.at(
                    output,
                    0,
                    real.equals(projectReal)
                            ? "is the site's own folder: a build replaces its output folder whole, which would delete the project"
                            : "holds the site's folder: a build replaces its output folder whole, which would delete the project",
                    fix));
            return problems;
        }
        for (Path source : protectedFolders) {
            Path sourceReal = FileTrees.realPath(source);
            if (real.startsWith(sourceReal) || sourceReal.startsWith(real)) {
                problems.add(Problem.at(
                        output,
                        0,
                        (real.startsWith(sourceReal) ? "is inside " : "holds ") + Problem.displayPath(source)
                                + ", which the site is built from",
                        fix));
            }
        }
        for (Path part = real; part != null; part = part.getParent()) {
            if (part.getFileName() != null && part.getFileName().toString().equals(".git")) {
                problems.add(Problem.at(output, 0, "is inside a git repository's .git folder", fix));
                break;
            }
        }
        if (!problems.isEmpty() || use == Use.STAGE_BESIDE) {
            return problems;
        }
        if (Files.isSymbolicLink(output)) {
            problems.add(Problem.at(
                    output,
                    0,
                    "is a symbolic link; a build replaces the folder, not what it points to",
                    "remove the link, or pass the folder it points to as --output"));
        } else if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.at(output, 0, "is a file, not a folder", fix));
            } else if (Files.exists(output.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                problems.add(
                        Problem.at(output, 0, "is a git work tree; a build replaces its output folder whole", fix));
            } else if (!isEmpty(output) && !isBuiltSite(output)) {
                problems.add(Problem.at(
                        output,
                        0,
                        "holds files Paperbake didn't build (it has no " + MARKER
                                + " file), and a build replaces the folder whole",
                        "move those files elsewhere and delete the folder, or choose another --output"));
            }
        }
        return problems;
    }

    /** Whether {@code folder} is a site Paperbake built (it holds the marker file). */
    public static boolean isBuiltSite(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code folder} holds the marker file exactly as a build writes it. */
    static boolean holdsItsMarker(Path folder) {
        try {
            return isBuiltSite(folder)
                    && Files.readString(folder.resolve(MARKER), StandardCharsets.UTF_8)
                            .equals(MARKER_TEXT);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The folder the site is published to. */
    public Path path() {
        return output;
    }

    /** A new, marked staging folder beside the output folder, for one build to write into. */
    public Path createStaging() {
        try {
            Files.createDirectories(output.getParent());
            Path staging = createFreshFolder();
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            return staging;
        } catch (IOException e) {
            throw new PaperbakeException.OutputFailed(
                    "cannot create the output folder",
                    List.of(Problem.at(
                            output,
                            0,
                            "cannot create a folder beside it (" + e.getMessage() + ")",
                            "check the permissions of its parent folder")));
        }
    }

    /**
     * A new staging folder with a name no other folder has. Not {@link Files#createTempDirectory},
     * which makes the folder private (mode 700) whatever the umask, so that the published site would
     * be unreadable to a web server running as another user: a plain folder gets the umask's mode.
     */
    private Path createFreshFolder() throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path staging = output.resolveSibling(stagingPrefix()
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            try {
                return Files.createDirectory(staging);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Swaps a finished staging folder in: the last good site is moved aside first and deleted only
     * once the new one has its name. Should the process be killed between the two moves, the next
     * build puts the last good site back.
     */
    public void publish(Path staging) {
        Path previous = previousFolder();
        try {
            deleteBuiltSite(previous);
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            deleteBuiltSite(previous);
        } catch (IOException | UncheckedIOException e) {
            throw new PaperbakeException.OutputFailed(
                    "cannot publish the site",
                    List.of(Problem.at(
                            output,
                            0,
                            "cannot be replaced (" + e.getMessage() + ")",
                            "check that nothing holds the folder open")));
        }
    }

    /** Deletes a staging folder this build made. */
    public void discard(Path staging) {
        deleteBuiltSite(staging);
    }

    /** Releases the lock; the next build may start. */
    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // The lock goes with the channel, and the channel with the process: nothing is left held.
        }
    }

    private static OutputFolder lock(Path output) {
        Path lockFile = output.resolveSibling("." + output.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(output.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw anotherBuild(output, channel);
            }
            return new OutputFolder(output, channel, lock);
        } catch (OverlappingFileLockException e) {
            throw anotherBuild(output, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new PaperbakeException.OutputFailed(
                    "cannot lock the output folder",
                    List.of(Problem.at(
                            lockFile,
                            0,
                            "cannot be created (" + e.getMessage() + ")",
                            "check the permissions of the output folder's parent")));
        }
    }

    private static PaperbakeException anotherBuild(Path output, FileChannel channel) {
        closeQuietly(channel);
        return new PaperbakeException.BadInput(
                "another build is running",
                List.of(Problem.at(
                        output,
                        0,
                        "another Paperbake build or serve is building into this folder right now",
                        "wait for it to finish, or stop it, then build again")));
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was locked through it.
            }
        }
    }

    /**
     * Repairs what a build killed part-way left beside the output folder: the last good site moved
     * aside but not yet replaced goes back to its name, and staging folders are deleted. Only marked
     * folders are touched.
     */
    private void recoverFromKilledBuild() {
        Path previous = previousFolder();
        try {
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && isBuiltSite(previous)) {
                Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
            }
            try (DirectoryStream<Path> siblings = Files.newDirectoryStream(output.getParent(), stagingPrefix() + "*")) {
                for (Path stale : siblings) {
                    deleteBuiltSite(stale);
                }
            }
        } catch (IOException e) {
            throw new PaperbakeException.OutputFailed(
                    "cannot tidy the output folder",
                    List.of(Problem.at(
                            output,
                            0,
                            "a killed build's folders beside it cannot be removed (" + e.getMessage() + ")",
                            "delete the ." + output.getFileName() + ".staging-* folders by hand")));
        }
    }

    /** Deletes {@code folder} if it is a site Paperbake built (or an empty folder); leaves anything else. */
    private static void deleteBuiltSite(Path folder) {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && (isBuiltSite(folder) || isEmpty(folder))) {
            FileTrees.deleteRecursively(folder);
        }
    }

    private Path previousFolder() {
        return previousFolder(output);
    }

    /**
     * Where the last good site of {@code output} is while a build swaps the new one in (and only
     * then): between publish's two moves there is no {@code output}, and a reader that must not go
     * without a site — {@code serve} — reads this folder instead.
     */
    public static Path previousFolder(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".previous");
    }

    private String stagingPrefix() {
        return "." + output.getFileName() + ".staging-";
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
