package org.paperbake.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * The files JBake would publish or read besides the validated content, checked before the bake.
 *
 * <p>JBake follows symbolic links in {@code assets/} and {@code templates/} and copies whatever they
 * point at into the site, and it copies every file in {@code content/} that is not Markdown into the
 * site as it is (an {@code .html} file there, with a JBake header, is even rendered as a page,
 * overwriting the Markdown page of the same name). A pull request could use either to publish a
 * file from outside the project or raw HTML that no check has seen. So:
 * <ul>
 *   <li>a symbolic link in {@code assets/} or {@code templates/} must resolve inside the project;</li>
 *   <li>{@code content/} holds only Markdown pages ({@code .md}; symbolic links there are refused by
 *       {@link ContentReader}).</li>
 * </ul>
 */
public final class SourceTree {

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

    private static void checkLinksStayInside(Path project, Path folder, List<Problem> problems) {
        for (Path path : walk(folder)) {
            if (!Files.isSymbolicLink(path)) {
                continue;
            }
            Path target;
            try {
                target = path.toRealPath();
            } catch (IOException e) {
                problems.add(Problem.at(
                        path,
                        0,
                        "the symbolic link points at nothing",
                        "remove it, or replace it with the file itself"));
                continue;
            }
            if (!target.startsWith(project)) {
                problems.add(Problem.at(
                        path,
                        0,
                        "the symbolic link points outside the project (at " + target + ")",
                        "replace the link with a copy of the file; the site may publish only files in the project"));
            }
        }
    }

    private static void checkOnlyMarkdownInContent(Path content, List<Problem> problems) {
        for (Path path : walk(content)) {
            String name = path.getFileName().toString();
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    && !name.endsWith(".md")
                    && !name.startsWith(".")) {
                problems.add(Problem.at(
                        path,
                        0,
                        "content/ may hold only Markdown pages (.md); JBake would publish this file unchecked",
                        "move images and other files to assets/, and write pages as .md"));
            }
        }
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
