package org.paperbake.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.kernel.StrictUtf8;
import org.paperbake.kernel.Suggestions;

/**
 * The site's settings, read once from {@code jbake.properties} and validated.
 *
 * <p>The file holds Paperbake's own {@code site.*} settings beside the JBake settings Paperbake
 * passes on. Every key is checked: an unknown one is reported with the closest known key as a
 * suggestion, the way MkDocs reports "Unrecognised configuration name".
 *
 * <p>The file comes from pull requests, so it is untrusted: it is read once, literally
 * ({@link PropertyLine}: no escapes, no {@code ${…}} lookups, no list splitting), within size limits
 * ({@value #MAX_FILE_BYTES} bytes, {@value PropertyLine#MAX_VALUE_CHARS} characters a value), every
 * JBake value must have the form its setting needs, and every folder setting must name a real
 * folder of its own inside the project — never {@code .git}, {@code target/} or {@code output/}.
 * JBake's configuration is built from these values ({@code bake.JBakeSettings}); JBake's legacy
 * {@code custom.properties} is refused.
 *
 * @param file the properties file the settings came from
 * @param title the site title ({@code site.title})
 * @param host the absolute URL the site is published at, or empty ({@code site.host}); used for
 *     canonical URLs only, never for links
 * @param repo the GitHub repository as {@code owner/name}, or empty ({@code site.repo})
 * @param branch the branch editors' pull requests target ({@code site.branch})
 * @param language the document language as a BCP 47 tag ({@code site.language})
 * @param jbake every setting from the file ({@code site.*} ones too), in file order, as literal
 *     text: what JBake's configuration is built from
 * @param linkPolicy which glossary term mentions become links ({@code glossary.link_policy})
 */
public record SiteConfig(
        Path file,
        String title,
        String host,
        String repo,
        String branch,
        String language,
        Map<String, String> jbake,
        LinkPolicy linkPolicy) {

    /** The name of the settings file in a site's source folder. */
    public static final String FILE_NAME = "jbake.properties";

    /**
     * The environment variable that, when set, replaces {@code site.host}: the Pages workflow passes
     * the address GitHub Pages serves the site at, so a fork publishes with its own canonical URLs
     * while the committed settings, and every local build, stay relative.
     */
    public static final String HOST_VARIABLE = "PAPERBAKE_SITE_HOST";

    private static final Set<String> SITE_KEYS = Set.of(
            "site.title",
            "site.host",
            "site.repo",
            "site.branch",
            "site.language",
            LinkPolicy.KEY,
            EditionSettings.TAGS,
            EditionSettings.DATES);

    /** JBake 2.7.0 settings a Markdown + Freemarker site may set (from JBake's default.properties). */
    private static final Set<String> JBAKE_KEYS = Set.of(
            "destination.folder",
            "template.folder",
            "content.folder",
            "asset.folder",
            "asset.ignore",
            "data.folder",
            "data.file.docType",
            "render.index",
            "index.file",
            "render.feed",
            "render.error404",
            "render.encoding",
            "template.encoding",
            "feed.file",
            "error404.file",
            "render.archive",
            "archive.file",
            "render.sitemap",
            "sitemap.file",
            "render.tags",
            "render.tagsindex",
            "tag.path",
            "tag.sanitize",
            "output.extension",
            "draft.suffix",
            "date.format",
            "default.status",
            "default.type",
            "markdown.extensions",
            "markdown.maxParsingTimeInMillis",
            "db.store",
            "db.path",
            "db.clear.cache",
            "uri.noExtension",
            "uri.noExtension.prefix",
            "freemarker.outputencoding",
            "freemarker.timezone",
            "jvm.locale",
            "index.paginate",
            "index.posts_per_page",
            "header.separator",
            "img.path.update",
            "img.path.prepend.host",
            "ignore.file");

    /** The largest settings file read: the project's own is 2 KB. */
    public static final int MAX_FILE_BYTES = 64 * 1024;

    /** JBake's legacy settings file, which JBake reads before jbake.properties. */
    public static final String LEGACY_FILE_NAME = "custom.properties";

    /** The folder settings and their defaults: each must be a folder of its own inside the project. */
    private static final Map<String, String> FOLDER_KEYS = orderedMap(
            "content.folder",
            "content",
            "template.folder",
            "templates",
            "asset.folder",
            "assets",
            "data.folder",
            "data");

    /** Folders of the project that are never a source: build products, the launcher's caches, the repository. */
    private static final Set<String> NEVER_SOURCES = Set.of("target", "output");

    /** Settings Paperbake sets itself (the output folder is --output; the store is in memory). */
    private static final Set<String> SET_BY_PAPERBAKE = Set.of("destination.folder", "db.path");

    private static final Set<String> BOOLEAN_KEYS = Set.of(
            "render.index",
            "render.feed",
            "render.error404",
            "render.archive",
            "render.sitemap",
            "render.tags",
            "render.tagsindex",
            "tag.sanitize",
            "asset.ignore",
            "db.clear.cache",
            "uri.noExtension",
            "index.paginate",
            "img.path.update",
            "img.path.prepend.host");

    private static final Set<String> NUMBER_KEYS = Set.of("markdown.maxParsingTimeInMillis", "index.posts_per_page");

    /** Settings naming a file JBake writes or reads; template.*.file too. */
    private static final Set<String> FILE_NAME_KEYS =
            Set.of("index.file", "feed.file", "error404.file", "archive.file", "sitemap.file", "tag.path");

    private static final Set<String> ENCODING_KEYS =
            Set.of("render.encoding", "template.encoding", "freemarker.outputencoding");

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Pattern FILE_PATH = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");
    private static final Pattern NAME_PART = Pattern.compile("[A-Za-z0-9._-]{0,40}");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    private static final Pattern TIME_ZONE = Pattern.compile("[A-Za-z][A-Za-z0-9/_+-]{0,63}");
    private static final Pattern MARKDOWN_EXTENSIONS = Pattern.compile("[A-Z_]+(,[A-Z_]+)*");

    private static final Pattern TEMPLATE_KEY = Pattern.compile("template\\.[a-z][a-z0-9_]*\\.file");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._/-]{1,200}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    public SiteConfig {
        jbake = Collections.unmodifiableMap(new LinkedHashMap<>(jbake));
    }

    /**
     * Reads and validates {@code jbake.properties} in {@code sourceFolder}.
     *
     * @throws PaperbakeException.BadInput when the file is missing or unreadable
     * @throws PaperbakeException.ContentProblems listing every problem in the file
     */
    public static SiteConfig load(Path sourceFolder) {
        return load(sourceFolder, System.getenv());
    }

    /**
     * Reads and validates {@code jbake.properties} in {@code sourceFolder}, with {@code site.host}
     * replaced by {@link #HOST_VARIABLE} when {@code environment} sets it.
     *
     * @throws PaperbakeException.BadInput when the file is missing or unreadable
     * @throws PaperbakeException.ContentProblems listing every problem in the file or the variable
     */
    static SiteConfig load(Path sourceFolder, Map<String, String> environment) {
        Path file = sourceFolder.resolve(FILE_NAME);
        List<PropertyLine> lines = readPropertyLines(file);
        List<Problem> problems = new ArrayList<>();
        refuseLegacyFile(sourceFolder, problems);
        Map<String, PropertyLine> byKey = byKey(file, lines, problems);
        for (PropertyLine line : byKey.values()) {
            checkKeyIsKnown(file, line, problems);
        }
        String title = value(byKey, "site.title", "");
        if (title.isBlank()) {
            problems.add(Problem.at(
                    file,
                    1,
                    "'site.title' is missing or empty",
                    "add a line such as 'site.title=The Document's Title'"));
        }
        String host = host(file, byKey, environment, problems);
        String repo = value(byKey, "site.repo", "");
        checkMatches(
                file,
                byKey.get("site.repo"),
                repo.isEmpty() || REPO.matcher(repo).matches(),
                "a GitHub repository written owner/name, such as paperbake/cyberspace-white-paper",
                problems);
        String branch = value(byKey, "site.branch", "main");
        checkMatches(
                file,
                byKey.get("site.branch"),
                BRANCH.matcher(branch).matches() && !branch.contains(".."),
                "a branch name such as main",
                problems);
        String language = value(byKey, "site.language", "en");
        checkMatches(
                file,
                byKey.get("site.language"),
                LANGUAGE.matcher(language).matches(),
                "a language tag such as en or en-GB",
                problems);
        LinkPolicy linkPolicy =
                LinkPolicy.fromSetting(value(byKey, LinkPolicy.KEY, LinkPolicy.FIRST_PER_SECTION.setting()));
        checkMatches(
                file,
                byKey.get(LinkPolicy.KEY),
                linkPolicy != null,
                "one of " + String.join(", ", LinkPolicy.settings()),
                problems);
        checkJbakeSettings(file, byKey, problems);
        EditionSettings.check(file, byKey, problems);
        checkValues(file, byKey, problems);
        checkFolders(file, byKey, problems);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems(
                    FILE_NAME + " has " + problems.size() + " problem(s)", problems);
        }
        Map<String, String> jbake = new LinkedHashMap<>();
        byKey.forEach((key, line) -> jbake.put(key, line.value()));
        // The templates read the host from JBake's settings, so an override must reach them too.
        if (!host.isEmpty()) {
            jbake.put("site.host", host);
        }
        return new SiteConfig(file, title, host, repo, branch, language, jbake, linkPolicy);
    }

    /** The lines by key, each key once: a key set twice is a problem. */
    private static Map<String, PropertyLine> byKey(Path file, List<PropertyLine> lines, List<Problem> problems) {
        Map<String, PropertyLine> byKey = new LinkedHashMap<>();
        for (PropertyLine line : lines) {
            PropertyLine earlier = byKey.putIfAbsent(line.key(), line);
            if (earlier != null) {
                problems.add(Problem.at(
                        file,
                        line.number(),
                        "'" + line.key() + "' is set twice (first on line " + earlier.number() + ")",
                        "keep one of the two lines"));
            }
        }
        return byKey;
    }

    /** {@code site.host}, or {@link #HOST_VARIABLE} when the environment sets it; either must be an https address. */
    private static String host(
            Path file, Map<String, PropertyLine> byKey, Map<String, String> environment, List<Problem> problems) {
        String host = value(byKey, "site.host", "");
        checkMatches(
                file,
                byKey.get("site.host"),
                host.isEmpty() || isHost(host),
                "the https:// address the site is published at, such as https://example.org/paperbake/, or leave it"
                        + " empty (GitHub Pages serves every site over HTTPS, and the canonical links and the"
                        + " not-found page's base address must use it)",
                problems);
        String hostOverride = environment.getOrDefault(HOST_VARIABLE, "").strip();
        if (hostOverride.isEmpty()) {
            return host;
        }
        if (!isHost(hostOverride)) {
            problems.add(new Problem(
                    HOST_VARIABLE,
                    0,
                    "the environment variable is '" + hostOverride + "'",
                    "set it to the https:// address the site is published at, such as"
                            + " https://example.org/paperbake/, or unset it to use site.host"));
        }
        return hostOverride;
    }

    /** The folder holding {@code jbake.properties}, against which the other folders resolve. */
    public Path sourceFolder() {
        return file.getParent();
    }

    /** The content folder ({@code content.folder}, default {@code content}). */
    public Path contentFolder() {
        return sourceFolder().resolve(jbake.getOrDefault("content.folder", "content"));
    }

    /** The template folder ({@code template.folder}, default {@code templates}). */
    public Path templateFolder() {
        return sourceFolder().resolve(jbake.getOrDefault("template.folder", "templates"));
    }

    /** The asset folder ({@code asset.folder}, default {@code assets}). */
    public Path assetFolder() {
        return sourceFolder().resolve(jbake.getOrDefault("asset.folder", "assets"));
    }

    /** The data folder ({@code data.folder}, default {@code data}), whose files JBake gives the templates. */
    public Path dataFolder() {
        return sourceFolder().resolve(jbake.getOrDefault("data.folder", "data"));
    }

    private static void checkKeyIsKnown(Path file, PropertyLine line, List<Problem> problems) {
        String key = line.key();
        if (SITE_KEYS.contains(key)
                || JBAKE_KEYS.contains(key)
                || TEMPLATE_KEY.matcher(key).matches()) {
            return;
        }
        List<String> known = new ArrayList<>(SITE_KEYS);
        known.addAll(JBAKE_KEYS);
        String suggestion = Suggestions.closest(key, known);
        String fix = suggestion != null
                ? "did you mean '" + suggestion + "'?"
                : "remove it, or use one of the site.* or JBake settings listed in README.md";
        problems.add(Problem.at(file, line.number(), "unknown setting '" + key + "'", fix));
    }

    /** JBake settings whose defaults break or slow a Paperbake site. */
    private static void checkJbakeSettings(Path file, Map<String, PropertyLine> byKey, List<Problem> problems) {
        PropertyLine store = byKey.get("db.store");
        if (store == null || !store.value().equals("memory")) {
            problems.add(Problem.at(
                    file,
                    store == null ? 1 : store.number(),
                    "JBake's content store must be in memory (an on-disk OrientDB store caches stale pages"
                            + " and costs seconds to open)",
                    "set db.store=memory"));
        }
        for (String renderer : List.of("render.feed", "render.archive", "render.tags", "render.index")) {
            PropertyLine line = byKey.get(renderer);
            if (line == null || !line.value().equals("false")) {
                problems.add(Problem.at(
                        file,
                        line == null ? 1 : line.number(),
                        "'" + renderer + "' must be false: Paperbake has no template for it and renders"
                                + " its own pages",
                        "set " + renderer + "=false"));
            }
        }
    }

    /**
     * JBake reads {@code custom.properties} before {@code jbake.properties}; Paperbake reads one
     * settings file, so a second one would be ignored — or, read, could override what was checked.
     */
    private static void refuseLegacyFile(Path sourceFolder, List<Problem> problems) {
        Path legacy = sourceFolder.resolve(LEGACY_FILE_NAME);
        if (Files.exists(legacy, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.at(
                    legacy,
                    0,
                    "Paperbake reads its settings only from " + FILE_NAME + "; the settings in this file would be"
                            + " ignored",
                    "move them into " + FILE_NAME + " and delete " + LEGACY_FILE_NAME));
        }
    }

    /** Every JBake value has the form its setting needs, so that none reaches JBake unchecked. */
    private static void checkValues(Path file, Map<String, PropertyLine> byKey, List<Problem> problems) {
        for (PropertyLine line : byKey.values()) {
            String key = line.key();
            String value = line.value();
            if (SET_BY_PAPERBAKE.contains(key)) {
                problems.add(Problem.at(
                        file,
                        line.number(),
                        "'" + key + "' is set by Paperbake (the output folder is --output, the store is in memory)",
                        "remove the line"));
            } else if (BOOLEAN_KEYS.contains(key)) {
                checkMatches(file, line, value.equals("true") || value.equals("false"), "true or false", problems);
            } else if (NUMBER_KEYS.contains(key)) {
                checkMatches(file, line, value.matches("[0-9]{1,9}"), "a whole number", problems);
            } else if (FILE_NAME_KEYS.contains(key) || TEMPLATE_KEY.matcher(key).matches()) {
                checkMatches(
                        file,
                        line,
                        FILE_PATH.matcher(value).matches(),
                        "a file name of letters, digits, '-', '_' and '.', such as page.ftl or 404.html (in a"
                                + " subfolder: folder/page.ftl; never '..' or a leading '/')",
                        problems);
            } else if (key.equals("ignore.file")) {
                checkMatches(file, line, value.matches("\\.?" + SEGMENT), "a file name such as .jbakeignore", problems);
            } else if (key.equals("output.extension")) {
                checkMatches(
                        file, line, value.matches("(\\.[A-Za-z0-9]{1,16})?"), "an extension such as .html", problems);
            } else if (key.equals("draft.suffix") || key.equals("uri.noExtension.prefix")) {
                checkMatches(
                        file,
                        line,
                        NAME_PART.matcher(value).matches(),
                        "letters, digits, '-', '_' and '.', such as -draft",
                        problems);
            } else if (ENCODING_KEYS.contains(key)) {
                checkMatches(file, line, isCharset(value), "an encoding such as UTF-8", problems);
            } else if (key.equals("jvm.locale")) {
                checkMatches(file, line, LOCALE.matcher(value).matches(), "a locale such as en_US", problems);
            } else if (key.equals("freemarker.timezone")) {
                checkMatches(
                        file,
                        line,
                        TIME_ZONE.matcher(value).matches()
                                        && java.time.ZoneId.getAvailableZoneIds()
                                                .contains(value)
                                || value.equals("UTC")
                                || value.equals("GMT"),
                        "a time zone such as UTC or Europe/Paris",
                        problems);
            } else if (key.equals("date.format")) {
                checkMatches(file, line, isDateFormat(value), "a date pattern such as yyyy-MM-dd", problems);
            } else if (key.equals("markdown.extensions")) {
                checkMatches(
                        file,
                        line,
                        MARKDOWN_EXTENSIONS.matcher(value).matches(),
                        "extension names separated by commas, such as HARDWRAPS,AUTOLINKS",
                        problems);
            }
        }
    }

    private static boolean isCharset(String value) {
        try {
            return value.matches("[A-Za-z0-9_-]{1,40}") && java.nio.charset.Charset.isSupported(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDateFormat(String value) {
        try {
            new java.text.SimpleDateFormat(value);
            return !value.isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Every folder setting names a folder of its own inside the project: relative, without
     * {@code ..}, not hidden (never {@code .git}), not a build product ({@code target/},
     * {@code output/}), not a symbolic link, and neither inside nor around another folder setting.
     */
    private static void checkFolders(Path file, Map<String, PropertyLine> byKey, List<Problem> problems) {
        Map<String, String> folders = new LinkedHashMap<>();
        for (Map.Entry<String, String> setting : FOLDER_KEYS.entrySet()) {
            PropertyLine line = byKey.get(setting.getKey());
            String value = line == null ? setting.getValue() : line.value();
            String problem = folderProblem(file.getParent(), value);
            if (problem != null) {
                problems.add(Problem.at(
                        file,
                        line == null ? 1 : line.number(),
                        "'" + setting.getKey() + "' is '" + value + "': " + problem,
                        "write a folder inside the project, relative to " + FILE_NAME + ", such as "
                                + setting.getValue() + "; the site may publish only the project's own sources"));
                continue;
            }
            for (Map.Entry<String, String> other : folders.entrySet()) {
                String otherValue = other.getValue();
                if (value.equals(otherValue)
                        || value.startsWith(otherValue + "/")
                        || otherValue.startsWith(value + "/")) {
                    problems.add(Problem.at(
                            file,
                            line == null ? 1 : line.number(),
                            "'" + setting.getKey() + "' is '" + value + "', which overlaps '" + other.getKey() + "' ('"
                                    + otherValue + "')",
                            "give each folder setting a folder of its own"));
                }
            }
            folders.put(setting.getKey(), value);
        }
    }

    /** Why {@code value} can't be a source folder of the project {@code project}, or null. */
    private static String folderProblem(Path project, String value) {
        if (value.isEmpty() || value.equals(".")) {
            return "the setting names the whole project, which holds the repository and the build products";
        }
        if (value.startsWith("/") || value.startsWith("~") || value.matches("[A-Za-z]:.*")) {
            return "the setting points outside the project";
        }
        List<String> segments = List.of(value.split("/", -1));
        if (segments.contains("..")) {
            return "the setting points outside the project";
        }
        if (!FILE_PATH.matcher(value).matches()) {
            return segments.stream().anyMatch(segment -> segment.startsWith("."))
                    ? "the setting names a hidden folder (such as .git, the repository itself)"
                    : "write the folder with letters, digits, '-', '_' and '.' only";
        }
        if (NEVER_SOURCES.contains(segments.get(0))) {
            return "the setting names a build product (target/ holds the build and the launcher's caches,"
                    + " output/ the built site)";
        }
        Path path = project;
        for (String segment : segments) {
            path = path.resolve(segment);
            if (Files.isSymbolicLink(path)) {
                return "'" + project.relativize(path) + "' is a symbolic link";
            }
        }
        return null;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static void checkMatches(
            Path file, PropertyLine line, boolean ok, String expected, List<Problem> problems) {
        if (line != null && !ok) {
            problems.add(Problem.at(
                    file, line.number(), "'" + line.key() + "' is '" + line.value() + "'", "write " + expected));
        }
    }

    private static boolean isHost(String host) {
        return host.matches("https://[^\\s\"'<>]+");
    }

    private static String value(Map<String, PropertyLine> byKey, String key, String fallback) {
        PropertyLine line = byKey.get(key);
        return line == null ? fallback : line.value();
    }

    static List<PropertyLine> readPropertyLines(Path file) {
        String text;
        if (Files.isSymbolicLink(file) || Files.exists(file) && !Files.isRegularFile(file)) {
            throw new PaperbakeException.ContentProblems(
                    FILE_NAME + " is not a file",
                    List.of(Problem.at(
                            file,
                            0,
                            "the settings file is a symbolic link or not a plain file",
                            "replace it with a plain file holding the settings")));
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PaperbakeException.ContentProblems(
                        FILE_NAME + " is too large",
                        List.of(Problem.at(
                                file,
                                0,
                                "the file is larger than " + MAX_FILE_BYTES / 1024 + " KB",
                                "keep only the settings; each value holds at most " + PropertyLine.MAX_VALUE_CHARS
                                        + " characters")));
            }
            text = StrictUtf8.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new PaperbakeException.BadInput(
                    "no " + FILE_NAME,
                    List.of(Problem.at(
                            file,
                            0,
                            "there is no " + FILE_NAME + " here",
                            "run Paperbake from the site's folder, or pass --source DIR")));
        } catch (StrictUtf8.NotUtf8 e) {
            throw new PaperbakeException.BadInput(
                    FILE_NAME + " is not UTF-8",
                    List.of(Problem.at(file, 0, "the file is not valid UTF-8", "save it as UTF-8")));
        } catch (IOException e) {
            throw new PaperbakeException.BadInput(
                    "cannot read " + FILE_NAME,
                    List.of(Problem.at(
                            file, 0, "cannot be read (" + e.getMessage() + ")", "check the file's permissions")));
        }
        return PropertyLine.parse(file, text);
    }
}
