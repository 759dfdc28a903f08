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
import org.paperbake.content.DocumentType;
import org.paperbake.content.Pinpoints;
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

    private static boolean isPublishedPart(ContentFile file) {
        return file.type().isDocumentPart() && file.type() != DocumentType.DOCUMENT && file.isPublished();
    }

    /**
     * Two document parts whose paragraphs would get the same numbers and ids: a word as a number
     * gives its initial, so "Coda" and "Conclusion" are both ¶ C.1 ({@code p-c-1}), as are a
     * section "C" and the Conclusion, and two parts without a number are both ¶ P.1. The full text
     * would hold each id twice and a pinpoint would name two paragraphs. Parts with the very same
     * number are left to {@link #checkDuplicateNumbers}. Linear in the number of pages.
     */
    static List<Problem> checkPinpointCollisions(List<ContentFile> content) {
        Map<String, ContentFile> byPrefix = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ContentFile file : content) {
            if (!isPublishedPart(file)) {
                continue;
            }
            String number = file.number().orElse(null);
            String prefix = Pinpoints.paragraphPrefix(number);
            ContentFile earlier = byPrefix.putIfAbsent(prefix.toLowerCase(Locale.ROOT), file);
            if (earlier == null) {
                continue;
            }
            String earlierNumber = earlier.number().orElse(null);
            if (number != null && number.equals(earlierNumber) && file.type().equals(earlier.type())) {
                continue;
            }
            if (number == null && earlierNumber == null) {
                problems.add(Problem.at(
                        file.file(),
                        1,
                        "this page and " + Problem.displayPath(earlier.file())
                                + " have no 'number', so the paragraphs of both would be numbered ¶ P.1, ¶ P.2 …",
                        "give each page a 'number' of its own"));
                continue;
            }
            problems.add(Problem.at(
                    file.file(),
                    file.lineOf("number"),
                    "the paragraphs of this page would be numbered ¶ " + prefix + ".1, ¶ " + prefix
                            + ".2 …, like those of "
                            + Problem.displayPath(earlier.file()) + " (" + describeNumber(earlierNumber)
                            + ": a word as a number gives only its initial)",
                    "give the page a 'number' of its own: a roman numeral, 6.1, or a word with another initial"));
        }
        return problems;
    }

    private static String describeNumber(String number) {
        return number == null ? "no number" : "number \"" + number + "\"";
    }

    /**
     * Numbered parts whose reading order contradicts their numbers: sections VII (order 600) and VI
     * (order 700) are shown VII first, without a word. Sections are compared with sections, each
     * parent's subsections with each other; words ("Conclusion") are not compared.
     */
    static List<Problem> checkNumbersFollowTheOrder(List<ContentFile> content) {
        Map<String, List<ContentFile>> groups = new LinkedHashMap<>();
        for (ContentFile file : content) {
            if (isPublishedPart(file)
                    && Pinpoints.numericValue(file.number().orElse(null)) != null
                    && file.order().isPresent()) {
                String group = file.type() + " " + (file.parent().orElse(""));
                groups.computeIfAbsent(group, key -> new ArrayList<>()).add(file);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (List<ContentFile> group : groups.values()) {
            List<ContentFile> inOrder = new ArrayList<>(group);
            // As the contents order them: by 'order', ties by address.
            inOrder.sort(java.util.Comparator.comparingInt(
                            (ContentFile file) -> file.order().orElse(0))
                    .thenComparing(ContentFile::outputPath));
            ContentFile highest = null;
            for (ContentFile file : inOrder) {
                List<Integer> value = Pinpoints.numericValue(file.number().orElse(null));
                if (highest != null
                        && compare(
                                        value,
                                        Pinpoints.numericValue(highest.number().orElse(null)))
                                < 0) {
                    problems.add(Problem.at(
                            file.file(),
                            file.lineOf("order"),
                            "the " + file.type().toFrontMatter() + " \""
                                    + file.number().orElse(null) + "\" comes after \""
                                    + highest.number().orElse(null) + "\" (" + Problem.displayPath(highest.file())
                                    + ") in the reading order ('order' "
                                    + file.order().orElse(0)
                                    + (file.order().orElse(0) > highest.order().orElse(0) ? " > " : " = ")
                                    + highest.order().orElse(0) + ")",
                            "give it an 'order' below " + highest.order().orElse(0)
                                    + ", or correct the numbers, so that the contents read in number order"));
                } else {
                    highest = file;
                }
            }
        }
        problems.sort(java.util.Comparator.comparing(Problem::path));
        return problems;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Integer.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** A panel heading as written in Markdown: a blockquote line {@code > **Panel 8 — Title**}. */
    private static final java.util.regex.Pattern PANEL_LINE =
            java.util.regex.Pattern.compile("^>\\s*\\*\\*Panel\\s+(\\d+)\\b");

    /**
     * Two panels with the same number: both would get ¶ P8.1 and the id {@code panel-8}, so the
     * full text (and the page holding both) would hold the same ids twice. Panels are numbered
     * across the whole document. Linear in the text.
     */
    static List<Problem> checkDuplicatePanels(List<ContentFile> content) {
        Map<String, String> firstAt = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ContentFile file : content) {
            if (!isPublishedPart(file)) {
                continue;
            }
            String[] lines = file.body().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                java.util.regex.Matcher panel = PANEL_LINE.matcher(lines[i]);
                if (!panel.find()) {
                    continue;
                }
                String number = panel.group(1);
                int line = file.bodyLine() + i;
                String here = Problem.displayPath(file.file()) + ":" + line;
                String earlier = firstAt.putIfAbsent(number, here);
                if (earlier != null) {
                    problems.add(Problem.at(
                            file.file(),
                            line,
                            "Panel " + number + " is also the number of the panel at " + earlier + " (both would be ¶ P"
                                    + number + ".1)",
                            "give each panel its own number"));
                }
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
