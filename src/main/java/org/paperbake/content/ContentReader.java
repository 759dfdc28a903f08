package org.paperbake.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.kernel.StrictUtf8;
import org.paperbake.kernel.Suggestions;
import org.paperbake.kernel.Utf8Bytes;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads every Markdown file below a content folder and validates its front matter.
 *
 * <p>All files are read and all problems collected before anything fails, so an editor sees the
 * whole list at once. JBake itself only warns about a bad header and skips the file; reading the
 * content here first is what makes a bad file fail the build instead of silently vanishing.
 */
public final class ContentReader {

    /** Content files larger than this are refused rather than parsed (a document page is a few kilobytes). */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private static final String FENCE = "---";

    private ContentReader() {}

    /**
     * Reads and validates all {@code *.md} files below {@code contentFolder}, sorted by path.
     *
     * @throws PaperbakeException.BadInput when the folder does not exist
     * @throws PaperbakeException.ContentProblems listing every problem found
     */
    public static List<ContentFile> readAll(Path contentFolder) {
        List<Problem> problems = new ArrayList<>();
        List<ContentFile> files = readAllCollecting(contentFolder, problems, BuildMemory.none());
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems("content has " + problems.size() + " problem(s)", problems);
        }
        return files;
    }

    /**
     * A content file's bytes as read from disk: the key under which {@code serve} remembers what
     * decoding, reading and checking them gave.
     *
     * @param file the file
     * @param bytes its bytes
     */
    public record Source(Path file, Utf8Bytes bytes) {}

    /**
     * What reading a file gave.
     *
     * @param content the file, or null when it can't be used
     * @param problems its problems, Markdown policy included
     */
    public record Read(ContentFile content, List<Problem> problems) {}

    /** Loads and initialises what reading content uses (SnakeYAML, Flexmark), for {@code Site.warmUpInBackground}. */
    public static void warmUp() {
        new Yaml(new SafeConstructor(new LoaderOptions())).load("title: A\norder: 1\n");
        MarkdownSyntax.PARSER.parse("A *paragraph* with [a link](a.html).\n\n> **Panel 1 — A**\n");
    }

    /**
     * Reads all {@code *.md} files below {@code contentFolder}, adding every problem to
     * {@code problems} instead of throwing, and returns the files that are valid, so that
     * {@code check} can go on checking what it can. A file whose text is as last time is taken
     * from {@code memory}.
     *
     * @throws PaperbakeException.BadInput when the folder does not exist or can't be read
     */
    public static List<ContentFile> readAllCollecting(Path contentFolder, List<Problem> problems, BuildMemory memory) {
        if (!Files.isDirectory(contentFolder)) {
            throw new PaperbakeException.BadInput(
                    "no content folder",
                    List.of(Problem.at(
                            contentFolder,
                            0,
                            "the content folder does not exist",
                            "create it, or import a document with ./paperbake import FILE")));
        }
        Memo<Source, Read> reads = memory.memo(Source.class);
        List<Path> named = new ArrayList<>();
        Set<String> refusedSlugs = new HashSet<>();
        for (Path file : listMarkdownFiles(contentFolder, problems)) {
            Problem badName = checkName(contentFolder, file);
            if (badName == null) {
                named.add(file);
            } else {
                problems.add(badName);
                String relative = relativePath(contentFolder, file);
                refusedSlugs.add(relative.substring(0, relative.length() - ".md".length()));
            }
        }
        // Files are read and checked on all cores; their problems are listed in path order all the same.
        List<Read> results = named.parallelStream()
                .map(file -> readOne(contentFolder, file, reads))
                .toList();
        List<ContentFile> files = new ArrayList<>();
        for (Read read : results) {
            problems.addAll(read.problems());
            if (read.content() != null) {
                files.add(read.content());
            }
        }
        checkParents(files, refusedSlugs, problems);
        problems.addAll(Library.check(files));
        return files;
    }

    private static String relativePath(Path contentFolder, Path file) {
        return contentFolder.relativize(file).toString().replace('\\', '/');
    }

    /**
     * A file whose name isn't a slug ({@link FileNames}) is refused before it is read: its page would
     * be published at an address JBake URL-encodes, or not at all. The path is shown with control
     * characters escaped so that the problem stays one line.
     */
    private static Problem checkName(Path contentFolder, Path file) {
        String relative = relativePath(contentFolder, file);
        String problem = FileNames.problemWith(relative);
        if (problem == null) {
            return null;
        }
        String suggested = FileNames.suggestedPath(relative);
        int slash = relative.lastIndexOf('/');
        boolean sameFolder =
                slash < 0 ? suggested.indexOf('/') < 0 : suggested.startsWith(relative.substring(0, slash + 1));
        String fix = sameFolder
                ? "rename the file to " + suggested.substring(slash + 1)
                : "rename it to " + suggested + " (below the content folder)";
        return new Problem(FileNames.printable(Problem.displayPath(file)), 1, problem, fix);
    }

    private static Read readOne(Path contentFolder, Path file, Memo<Source, Read> reads) {
        List<Problem> problems = new ArrayList<>();
        byte[] bytes = readBytes(file, problems);
        if (bytes == null) {
            return new Read(null, problems);
        }
        return reads.get(new Source(file, Utf8Bytes.of(bytes)), source -> readChecked(contentFolder, source, bytes));
    }

    /** Decodes, reads and checks one file's bytes, Markdown policy included. */
    private static Read readChecked(Path contentFolder, Source source, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        String text = decode(source.file(), bytes, problems);
        if (text == null) {
            return new Read(null, List.copyOf(problems));
        }
        ContentFile content = parseFile(contentFolder, source.file(), text, sha1(bytes), problems);
        if (content != null) {
            problems.addAll(MarkdownPolicy.check(content));
        }
        return new Read(content, List.copyOf(problems));
    }

    private static ContentFile parseFile(
            Path contentFolder, Path file, String text, String sourceSha1, List<Problem> problems) {
        String relative = relativePath(contentFolder, file);
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            problems.add(Problem.at(
                    file,
                    1,
                    "couldn't find front matter",
                    "start the file with a line '---', the page's settings (title: …, type: …), and another '---'"));
            return null;
        }
        int closing = findClosingFence(lines);
        if (closing < 0) {
            problems.add(Problem.at(
                    file,
                    1,
                    "the front matter opened here is never closed",
                    "add a line '---' after the last setting"));
            return null;
        }
        int unclosed = findUnclosedQuote(lines, closing);
        if (unclosed > 0) {
            problems.add(Problem.at(
                    file,
                    unclosed,
                    "the quoted value on this line is never closed",
                    "end the value with the same quote mark it starts with"));
            return null;
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < closing; i++) {
            yaml.append(lines[i]).append('\n');
        }
        Set<String> outOfRange = new HashSet<>();
        Map<String, Object> values = parseYaml(file, yaml.toString(), problems, outOfRange);
        if (values == null) {
            return null;
        }
        Map<String, Integer> keyLines = findKeyLines(lines, closing);
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, closing + 1, lines.length));
        ContentFile content = new ContentFile(file, relative, values, keyLines, body, closing + 2, sourceSha1);
        int before = problems.size();
        checkFrontMatter(content, outOfRange, problems);
        return problems.size() == before ? content : null;
    }

    private static List<Path> listMarkdownFiles(Path contentFolder, List<Problem> problems) {
        try (Stream<Path> walk = Files.walk(contentFolder)) {
            List<Path> files = new ArrayList<>();
            for (Path path : walk.sorted().toList()) {
                if (Files.isSymbolicLink(path)) {
                    problems.add(Problem.at(
                            path, 0, "content may not be a symbolic link", "replace the link with the file itself"));
                } else if (path.getFileName().toString().startsWith(".")) {
                    continue;
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        && path.toString().endsWith(".md")) {
                    files.add(path);
                }
            }
            return files;
        } catch (IOException e) {
            throw new PaperbakeException.BadInput(
                    "cannot read content",
                    List.of(Problem.at(
                            contentFolder,
                            0,
                            "cannot be read (" + e.getMessage() + ")",
                            "check the folder's permissions")));
        }
    }

    private static byte[] readBytes(Path file, List<Problem> problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(Problem.at(
                        file,
                        0,
                        "the file is larger than " + (MAX_FILE_BYTES / 1024 / 1024) + " MB",
                        "split it into several pages"));
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(
                    Problem.at(file, 0, "cannot be read (" + e.getMessage() + ")", "check the file's permissions"));
            return null;
        }
    }

    /** A file's bytes as text, with line ends made {@code \n}; null, with the problem added, when it is not text. */
    private static String decode(Path file, byte[] bytes, List<Problem> problems) {
        try {
            String text = StrictUtf8.decode(bytes);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                problems.add(Problem.at(
                        file,
                        lineAt(text, nul),
                        "the file contains a NUL byte",
                        "remove it; content files are plain UTF-8 text"));
                return null;
            }
            return text;
        } catch (StrictUtf8.NotUtf8 e) {
            problems.add(Problem.at(
                    file,
                    lineOfByte(bytes, e.byteOffset()),
                    "the file is not valid UTF-8",
                    "save it as UTF-8 (GitHub's editor always does)"));
            return null;
        }
    }

    /** The SHA-1 in lower-case hex, as JBake's crawler records a file's. */
    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    private static int findClosingFence(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The line of a one-line {@code key: "value} whose quote never closes, or 0.
     *
     * <p>YAML lets a quoted value run over several lines, so SnakeYAML reports such a mistake where
     * the next quote happens to close it, lines later; editors write one setting per line.
     */
    private static int findUnclosedQuote(String[] lines, int closing) {
        for (int i = 1; i < closing; i++) {
            String line = lines[i];
            int colon = line.indexOf(": ");
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String value = line.substring(colon + 2).strip();
            if (value.length() > 0 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
                char quote = value.charAt(0);
                String rest = value.substring(1)
                        .replace("\\\\", "")
                        .replace("\\\"", "")
                        .replace("''", "");
                if (rest.indexOf(quote) < 0) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * The front matter as values; {@code outOfRange} gets the keys whose value is a whole number
     * too large for an {@code int} (kept as text, which a text key such as {@code number} accepts).
     */
    private static Map<String, Object> parseYaml(
            Path file, String yaml, List<Problem> problems, Set<String> outOfRange) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(64 * 1024);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            if (loaded == null) {
                problems.add(Problem.at(file, 2, "the front matter is empty", "add at least title, type and status"));
                return null;
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                problems.add(Problem.at(
                        file, 2, "the front matter is not a list of settings", "write one 'key: value' per line"));
                return null;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                if (value instanceof Long || value instanceof java.math.BigInteger) {
                    outOfRange.add(String.valueOf(key));
                }
                values.put(String.valueOf(key), normalise(value));
            });
            return values;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            problems.add(Problem.at(file, line, "the front matter is not valid YAML: " + yamlProblem(e), yamlFix(e)));
            return null;
        } catch (YAMLException e) {
            if (String.valueOf(e.getMessage()).contains("exceeds the limit")) {
                problems.add(Problem.at(
                        file,
                        longestLine(yaml) + 2,
                        "the front matter is longer than 64 KB",
                        "shorten the value on this line; put long text in the page body"));
                return null;
            }
            problems.add(Problem.at(
                    file,
                    1,
                    "the front matter is not valid YAML: " + e.getMessage(),
                    "write one 'key: value' per line, quoting values that contain ':' or '#'"));
            return null;
        }
    }

    /** The 0-based index of the longest line: where an over-long front matter has to be shortened. */
    private static int longestLine(String yaml) {
        String[] lines = yaml.split("\n", -1);
        int longest = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].length() > lines[longest].length()) {
                longest = i;
            }
        }
        return longest;
    }

    private static String yamlProblem(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        return problem.replaceAll("\\s+", " ").strip();
    }

    private static String yamlFix(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem()) + e.getMessage();
        if (problem.contains("found duplicate key")) {
            return "keep only one line with this key";
        }
        if (problem.contains("\\t") || problem.contains("tab")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("quoted") || problem.contains("end of the stream")) {
            return "close the quote that opens the value";
        }
        return "write one 'key: value' per line, quoting values that contain ':' or '#'";
    }

    /** SnakeYAML gives dates as {@link Date} at UTC midnight; content dates are calendar days. */
    private static Object normalise(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof Long || value instanceof java.math.BigInteger) {
            return value.toString();
        }
        return value;
    }

    private static Map<String, Integer> findKeyLines(String[] lines, int closing) {
        Map<String, Integer> keyLines = new HashMap<>();
        for (int i = 1; i < closing; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                keyLines.putIfAbsent(line.substring(0, colon).strip(), i + 1);
            }
        }
        return keyLines;
    }

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[A-Za-z0-9.-]+(?::\\d+)?(?:/[^\\s<>\"]*)?");

    private static void checkFrontMatter(ContentFile content, Set<String> outOfRange, List<Problem> problems) {
        Path file = content.file();
        for (Map.Entry<String, Object> entry : content.frontMatter().entrySet()) {
            String key = entry.getKey();
            ContentSchema.ValueType type = ContentSchema.KEYS.get(key);
            if (type == null) {
                String suggestion = Suggestions.closest(key, ContentSchema.KEYS.keySet());
                problems.add(Problem.at(
                        file,
                        content.lineOf(key),
                        "unknown front-matter key '" + key + "'",
                        suggestion != null
                                ? "did you mean '" + suggestion + "'?"
                                : "remove it; CONTRIBUTING.md lists every key"));
            } else if (type == ContentSchema.ValueType.INTEGER && outOfRange.contains(key)) {
                problems.add(Problem.at(
                        file,
                        content.lineOf(key),
                        "'" + key + "' is " + entry.getValue() + ", outside the whole numbers allowed ("
                                + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")",
                        "use a smaller number"
                                + ("order".equals(key)
                                        ? "; only the order of the numbers counts, not their size"
                                        : "")));
            } else if (!type.accepts(entry.getValue())) {
                problems.add(Problem.at(
                        file,
                        content.lineOf(key),
                        "'" + key + "' is " + describe(entry.getValue()),
                        "write " + type.description()));
            }
        }
        checkChoice(content, "type", DocumentType.frontMatterChoices(), problems);
        checkChoice(content, "status", Status.frontMatterChoices(), problems);
        Optional<DocumentType> declared = DocumentType.fromFrontMatter(content.string("type"));
        if (declared.isEmpty()) {
            // checkChoice has reported it; which keys are required depends on the type.
            return;
        }
        DocumentType type = declared.get();
        for (String required :
                ContentSchema.requiredKeys(type).stream().sorted().toList()) {
            Object value = content.frontMatter().get(required);
            if (value == null || value.toString().isBlank()) {
                problems.add(Problem.at(
                        file,
                        1,
                        "a " + type.toFrontMatter() + " page needs '" + required + "'",
                        "add a line '" + required + ": …' to the front matter"));
            }
        }
        if (type == DocumentType.TERM) {
            checkChoice(content, "category", ContentSchema.CATEGORIES, problems);
            if (content.frontMatter().containsKey("link")) {
                checkChoice(content, "link", ContentSchema.LINK_CHOICES, problems);
            }
        }
        if (type == DocumentType.LISTING) {
            checkChoice(content, "listing", ContentSchema.LISTINGS, problems);
        }
        checkWebAddress(content, "source_url", problems);
    }

    /**
     * A front-matter address that templates link to must be a web address: a {@code javascript:}
     * or {@code data:} value would run or show whatever the pull request put there.
     */
    private static void checkWebAddress(ContentFile content, String key, List<Problem> problems) {
        Object value = content.frontMatter().get(key);
        if (value instanceof String address && !WEB_ADDRESS.matcher(address).matches()) {
            problems.add(Problem.at(
                    content.file(),
                    content.lineOf(key),
                    "'" + key + "' is '" + address + "', which is not a web address",
                    "write the page's full address, starting with https:// (or http://)"));
        }
    }

    private static void checkChoice(ContentFile content, String key, List<String> choices, List<Problem> problems) {
        Object value = content.frontMatter().get(key);
        if (value == null) {
            problems.add(Problem.at(
                    content.file(),
                    1,
                    "'" + key + "' is missing",
                    "add '" + key + ": " + choices.get(0) + "' (one of " + String.join(", ", choices) + ")"));
        } else if (!choices.contains(value.toString())) {
            String suggestion = Suggestions.closest(value.toString(), choices);
            problems.add(Problem.at(
                    content.file(),
                    content.lineOf(key),
                    "'" + key + "' is '" + value + "'",
                    (suggestion != null ? "did you mean '" + suggestion + "'? " : "") + "use one of "
                            + String.join(", ", choices)));
        }
    }

    private static void checkParents(List<ContentFile> files, Set<String> refusedSlugs, List<Problem> problems) {
        Map<String, ContentFile> bySlug = new HashMap<>();
        files.forEach(file -> bySlug.put(file.slug(), file));
        for (ContentFile file : files) {
            String parent = file.parent().orElse(null);
            if (parent != null && !bySlug.containsKey(parent) && !refusedSlugs.contains(parent)) {
                String suggestion = Suggestions.closest(parent, bySlug.keySet());
                problems.add(Problem.at(
                        file.file(),
                        file.lineOf("parent"),
                        "the parent page '" + parent + "' does not exist",
                        suggestion != null ? "did you mean '" + suggestion + "'?" : "name a page's file without .md"));
            }
        }
        checkParentCycles(files, bySlug, problems);
    }

    /**
     * Pages whose {@code parent} chain comes back to itself ({@code a → b → a}): no top-level part
     * leads to them, so they would silently drop out of the contents. Each page is visited once
     * (linear in the number of pages); every page on a cycle is reported, in path order.
     */
    private static void checkParentCycles(
            List<ContentFile> files, Map<String, ContentFile> bySlug, List<Problem> problems) {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current chain, 2: done
        Map<String, String> cycleOf = new HashMap<>();
        for (ContentFile start : files) {
            List<String> chain = new ArrayList<>();
            String slug = start.slug();
            while (slug != null && bySlug.containsKey(slug) && !state.containsKey(slug)) {
                state.put(slug, 1);
                chain.add(slug);
                slug = bySlug.get(slug).parent().orElse(null);
            }
            if (slug != null && state.getOrDefault(slug, 0) == 1) {
                List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(slug), chain.size()));
                cycle.add(slug);
                String shown = String.join(" → ", cycle);
                cycle.forEach(member -> cycleOf.put(member, shown));
            }
            chain.forEach(member -> state.put(member, 2));
        }
        for (ContentFile file : files) {
            String cycle = cycleOf.get(file.slug());
            if (cycle != null) {
                problems.add(Problem.at(
                        file.file(),
                        file.lineOf("parent"),
                        "the parent pages go round in a circle (" + cycle + "), so no part of the contents leads here",
                        "set 'parent' to a section; a section has no 'parent'"));
            }
        }
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\" (text)";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a nested map";
        }
        return String.valueOf(value);
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The line holding byte {@code offset}, counting the newlines before it. */
    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
