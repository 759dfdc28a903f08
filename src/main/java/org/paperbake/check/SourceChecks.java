package org.paperbake.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.Problem;

/**
 * Checks of the site's sources that the built site can no longer show: two files that would be
 * written to the same output path (JBake silently lets the later one win), and two pages of the
 * document with the same number.
 */
final class SourceChecks {

    /** File extensions JBake renders from the content folder into {@code <name>.html}. */
    private static final List<String> PAGE_EXTENSIONS = List.of(".md", ".html", ".htm");

    private SourceChecks() {}

    /**
     * Two sources for one output path: {@code content/a.md} and {@code content/a.html}, names that
     * differ only in case (one file on macOS, Windows and in many checkouts), a content page and an
     * asset, or a content page named like the not-found page.
     */
    static List<Problem> checkOutputPaths(SiteConfig config) {
        Map<String, String> claimedBy = new LinkedHashMap<>();
        Map<String, String> outputs = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (Boolean.parseBoolean(config.jbake().getOrDefault("render.error404", "false"))) {
            String notFound = config.jbake().getOrDefault("error404.file", "404.html");
            claimedBy.put(notFound.toLowerCase(Locale.ROOT), "the not-found page " + notFound);
            outputs.put(notFound.toLowerCase(Locale.ROOT), notFound);
        }
        Path content = config.contentFolder();
        for (Path file : listFiles(content)) {
            String name = content.relativize(file).toString().replace('\\', '/');
            String extension = PAGE_EXTENSIONS.stream()
                    .filter(name.toLowerCase(Locale.ROOT)::endsWith)
                    .findFirst()
                    .orElse(null);
            if (extension == null) {
                continue;
            }
            String output = name.substring(0, name.length() - extension.length()) + ".html";
            claim(file, output, claimedBy, outputs, problems);
        }
        Path assets = config.assetFolder();
        for (Path file : listFiles(assets)) {
            claim(file, assets.relativize(file).toString().replace('\\', '/'), claimedBy, outputs, problems);
        }
        return problems;
    }

    private static void claim(
            Path file,
            String output,
            Map<String, String> claimedBy,
            Map<String, String> outputs,
            List<Problem> problems) {
        String key = output.toLowerCase(Locale.ROOT);
        String earlier = claimedBy.get(key);
        if (earlier == null) {
            claimedBy.put(key, Problem.displayPath(file));
            outputs.put(key, output);
            return;
        }
        String earlierOutput = outputs.getOrDefault(key, output);
        String caseNote = earlierOutput.equals(output)
                ? ""
                : " (" + earlierOutput + " and " + output
                        + " differ only in upper and lower case, which makes them one file" + " on many computers)";
        problems.add(Problem.at(
                file,
                isMarkdown(file) ? 1 : 0,
                "this file would be published as " + output + ", like " + earlier + caseNote,
                "rename one of the two files so that each page has its own address"));
    }

    private static boolean isMarkdown(Path file) {
        return file.getFileName().toString().endsWith(".md");
    }

    /** Two published pages of the same type with the same number: the contents would list both, and readers cite by number. */
    static List<Problem> checkDuplicateNumbers(List<ContentFile> content) {
        Map<String, ContentFile> byNumber = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ContentFile file : content) {
            if (file.number().isEmpty() || !file.type().isDocumentPart() || !file.isPublished()) {
                continue;
            }
            String number = file.number().get();
            String type = file.type().toFrontMatter();
            ContentFile earlier = byNumber.putIfAbsent(type + " " + number, file);
            if (earlier != null) {
                problems.add(Problem.at(
                        file.file(),
                        file.lineOf("number"),
                        "the " + type + " number \"" + number + "\" is also used by "
                                + Problem.displayPath(earlier.file()),
                        "give each " + type + " its own number"));
            }
        }
        return problems;
    }

    private static List<Path> listFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> !folder.relativize(path).toString().startsWith(".")
                            && !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
