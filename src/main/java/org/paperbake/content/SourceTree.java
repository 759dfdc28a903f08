package org.paperbake.content;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * The files JBake would publish or read besides the validated content, checked before the bake.
 *
 * <p>JBake follows symbolic links in {@code assets/} and {@code templates/} (and the data folder)
 * and copies whatever they point at into the site, and it copies every file in {@code content/}
 * that is not Markdown into the site as it is (an {@code .html} file there, with a JBake header, is
 * even rendered as a page, overwriting the Markdown page of the same name). A pull request could
 * use either to publish a file from outside the project, the repository itself ({@code .git}, whose
 * {@code config} holds CI's credentials), a build product, or raw HTML that no check has seen. So:
 * <ul>
 *   <li>a symbolic link in {@code assets/}, {@code templates/} or the data folder — followed, as JBake
 *       follows it, through every link below it — must resolve inside the project, and never to the
 *       project itself, a hidden folder ({@code .git}, the staging folders), {@code target/},
 *       {@code output/} or any built site (a folder with Paperbake's output marker);</li>
 *   <li>{@code content/} holds only Markdown pages ({@code .md}; symbolic links there are refused by
 *       {@link ContentReader}).</li>
 * </ul>
 * The folders themselves were checked by {@link SiteConfig#load}: each is a real folder inside the
 * project.
 */
public final class SourceTree {

    /** The most files a source folder is walked through, links followed: a site has a few dozen. */
    static final int MAX_FILES = 100_000;

    /** The file every folder Paperbake built holds (pipeline's OutputFolder writes it). */
    private static final String OUTPUT_MARKER = ".paperbake-output";

    private static final java.util.Set<String> NEVER_PUBLISHED = java.util.Set.of("target", "output");

    private SourceTree() {}

    /**
     * Throws with every unsafe file found.
     *
     * @throws PaperbakeException.ContentProblems when a link leaves the project or content/ holds other files
     */
    public static void refuseUnsafeFiles(SiteConfig config) {
        List<Problem> problems = new ArrayList<>();
        Path project = realPath(config.sourceFolder());
        checkLinksStayInside(project, config.assetFolder(), problems);
        checkLinksStayInside(project, config.templateFolder(), problems);
        checkLinksStayInside(project, config.dataFolder(), problems);
        checkOnlyMarkdownInContent(config.contentFolder(), problems);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems(
                    problems.size() + " file(s) would reach the site unchecked", problems);
        }
        if (!Files.isDirectory(config.templateFolder())) {
            throw new PaperbakeException.BadInput(
                    "no template folder",
                    List.of(Problem.at(
                            config.file(),
                            0,
                            "the template folder " + Problem.displayPath(config.templateFolder()) + " does not exist",
                            "create it with the page templates (layout.ftl, section.ftl …),"
                                    + " or set template.folder to the folder that holds them")));
        }
    }

    /** Walks {@code folder} as JBake does, following links, and reports each link to what may not be published. */
    private static void checkLinksStayInside(Path project, Path folder, List<Problem> found) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        walkFollowingLinks(project, folder, problems);
        // A folder is listed in no particular order: report in path order, the same on every machine.
        problems.sort(java.util.Comparator.comparing(Problem::format));
        found.addAll(problems);
    }

    private static void walkFollowingLinks(Path project, Path folder, List<Problem> problems) {
        int[] visited = {0};
        try {
            Files.walkFileTree(
                    folder,
                    java.util.EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (++visited[0] > MAX_FILES) {
                                return tooMany(folder, problems);
                            }
                            if (Files.isSymbolicLink(dir) && !linkIsSafe(project, dir, problems)
                                    || isRepository(dir, problems)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (Files.exists(dir.resolve(OUTPUT_MARKER), LinkOption.NOFOLLOW_LINKS)) {
                                problems.add(Problem.at(
                                        dir,
                                        0,
                                        "the folder is a built site (it holds " + OUTPUT_MARKER + ")",
                                        "remove it, or the link to it; a site never publishes a build"));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (++visited[0] > MAX_FILES) {
                                return tooMany(folder, problems);
                            }
                            if (!Files.isSymbolicLink(file) || linkIsSafe(project, file, problems)) {
                                isRepository(file, problems);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.add(Problem.at(
                                        file,
                                        0,
                                        "the symbolic link leads back into a folder that holds it (a loop)",
                                        "remove the link"));
                            } else {
                                problems.add(Problem.at(
                                        file, 0, "cannot be read", "check the file's permissions, or remove it"));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(Problem.at(folder, 0, "cannot be read", "check the folder's permissions"));
        }
    }

    /** A git repository's folder (or a worktree's {@code .git} file) is never published; reports it. */
    private static boolean isRepository(Path path, List<Problem> problems) {
        if (path.getFileName() != null && path.getFileName().toString().equals(".git")) {
            problems.add(Problem.at(
                    path,
                    0,
                    "a git repository's files (.git) are never published",
                    "remove it from the source folder"));
            return true;
        }
        return false;
    }

    private static FileVisitResult tooMany(Path folder, List<Problem> problems) {
        problems.add(Problem.at(
                folder,
                0,
                "the folder holds more than " + MAX_FILES + " files (symbolic links followed)",
                "keep only the site's own files in it"));
        return FileVisitResult.TERMINATE;
    }

    /**
     * Whether the link {@code link} resolves to something the site may publish; reports it if not.
     * The message shows the link as written, never what it resolves to outside the project.
     */
    private static boolean linkIsSafe(Path project, Path link, List<Problem> problems) {
        String written;
        Path target;
        try {
            written = Files.readSymbolicLink(link).toString();
            target = link.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.at(
                    link, 0, "the symbolic link points at nothing", "remove it, or replace it with the file itself"));
            return false;
        }
        if (!target.startsWith(project)) {
            problems.add(Problem.at(
                    link,
                    0,
                    "the symbolic link points outside the project (at " + written + ")",
                    "replace the link with a copy of the file; the site may publish only files in the project"));
            return false;
        }
        Path inside = project.relativize(target);
        String first = inside.getNameCount() == 0 ? "" : inside.getName(0).toString();
        boolean hidden = false;
        for (Path segment : inside) {
            hidden |= segment.toString().startsWith(".");
        }
        if (first.isEmpty() || hidden || NEVER_PUBLISHED.contains(first)) {
            problems.add(Problem.at(
                    link,
                    0,
                    "the symbolic link points at " + (first.isEmpty() ? "the whole project" : "'" + inside + "'")
                            + ", which is never published (the repository, hidden files, target/ and output/ are"
                            + " not part of the site)",
                    "remove the link; link only to files in assets/ or templates/"));
            return false;
        }
        return true;
    }

    private static void checkOnlyMarkdownInContent(Path content, List<Problem> problems) {
        for (Path path : walk(content)) {
            String name = path.getFileName().toString();
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    && !name.endsWith(".md")
                    && !name.startsWith(".")) {
                problems.add(
                        isEditorsBackup(name)
                                ? Problem.at(
                                        path,
                                        0,
                                        "an editor's backup or autosave copy in content/; JBake would publish it"
                                                + " unchecked",
                                        "delete it, and have the editor keep such copies outside the project"
                                                + " (Emacs: backup-directory-alist and auto-save-file-name-transforms)")
                                : Problem.at(
                                        path,
                                        0,
                                        "content/ may hold only Markdown pages (.md); JBake would publish this file"
                                                + " unchecked",
                                        "move images and other files to assets/, and write pages as .md"));
            }
        }
    }

    /** Emacs's {@code page.md~} backups and {@code #page.md#} autosaves (vim's swap files are hidden, and skipped). */
    private static boolean isEditorsBackup(String name) {
        return name.endsWith("~") || name.length() > 2 && name.startsWith("#") && name.endsWith("#");
    }

    private static List<Path> walk(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.sorted().toList();
        } catch (IOException e) {
            throw new PaperbakeException.BadInput(
                    "cannot read a source folder",
                    List.of(Problem.at(
                            folder, 0, "cannot be read (" + e.getMessage() + ")", "check the folder's permissions")));
        }
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
