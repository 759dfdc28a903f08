package org.paperbake.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.paperbake.kernel.Suggestions;

/**
 * The site's settings, read once from {@code jbake.properties} and validated.
 *
 * <p>The file holds Paperbake's own {@code site.*} settings beside the JBake settings Paperbake
 * passes on. Every key is checked: an unknown one is reported with the closest known key as a
 * suggestion, the way MkDocs reports "Unrecognised configuration name".
 *
 * @param file the properties file the settings came from
 * @param title the site title ({@code site.title})
 * @param host the absolute URL the site is published at, or empty ({@code site.host}); used for
 *     canonical URLs only, never for links
 * @param repo the GitHub repository as {@code owner/name}, or empty ({@code site.repo})
 * @param branch the branch editors' pull requests target ({@code site.branch})
 * @param language the document language as a BCP 47 tag ({@code site.language})
 * @param jbake every JBake setting from the file, in file order, passed to JBake unchanged
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

    private static final Set<String> SITE_KEYS =
            Set.of("site.title", "site.host", "site.repo", "site.branch", "site.language", LinkPolicy.KEY);

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
        Path file = sourceFolder.resolve(FILE_NAME);
        List<PropertyLine> lines = readPropertyLines(file);
        List<Problem> problems = new ArrayList<>();
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
        String host = value(byKey, "site.host", "");
        checkMatches(
                file,
                byKey.get("site.host"),
                host.isEmpty() || host.matches("https?://[^\\s\"'<>]+"),
                "an absolute http(s) URL such as https://example.org/paperbake/ (or leave it empty)",
                problems);
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
                LinkPolicy.fromSetting(value(byKey, LinkPolicy.KEY, LinkPolicy.FIRST_PER_PAGE.setting()));
        checkMatches(
                file,
                byKey.get(LinkPolicy.KEY),
                linkPolicy != null,
                "one of " + String.join(", ", LinkPolicy.settings()),
                problems);
        checkJbakeSettings(file, byKey, problems);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems(
                    FILE_NAME + " has " + problems.size() + " problem(s)", problems);
        }
        Map<String, String> jbake = new LinkedHashMap<>();
        byKey.forEach((key, line) -> {
            if (!SITE_KEYS.contains(key)) {
                jbake.put(key, line.value());
            }
        });
        return new SiteConfig(file, title, host, repo, branch, language, jbake, linkPolicy);
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

    private static void checkMatches(
            Path file, PropertyLine line, boolean ok, String expected, List<Problem> problems) {
        if (line != null && !ok) {
            problems.add(Problem.at(
                    file, line.number(), "'" + line.key() + "' is '" + line.value() + "'", "write " + expected));
        }
    }

    private static String value(Map<String, PropertyLine> byKey, String key, String fallback) {
        PropertyLine line = byKey.get(key);
        return line == null ? fallback : line.value();
    }

    private static List<PropertyLine> readPropertyLines(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new PaperbakeException.BadInput(
                    "no " + FILE_NAME,
                    List.of(Problem.at(
                            file,
                            0,
                            "there is no " + FILE_NAME + " here",
                            "run Paperbake from the site's folder, or pass --source DIR")));
        } catch (CharacterCodingException e) {
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
