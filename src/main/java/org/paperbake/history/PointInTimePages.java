package org.paperbake.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;

/**
 * The point-in-time editions in the built site: each edition's pages moved under
 * {@code versions/<folder>/} with a banner pointing to the current text and links into the site's
 * one assets folder; the page listing the editions ({@code versions.html}); a comparison of every
 * two texts (the editions and the current one) section by section with a word-level redline; and,
 * on the current pages, what a pinned link to each paragraph is.
 */
public final class PointInTimePages {

    /** The page listing the editions. */
    public static final String PAGE = "versions.html";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** Files of an edition's build that only the site's root has. */
    private static final Set<String> ROOT_ONLY = Set.of("robots.txt", "sitemap.xml", "404.html");

    private final SiteConfig config;
    private final Path staging;
    private final Set<String> assets;
    private final Set<String> currentPages;
    private final Snapshot current;
    private final Map<String, String> currentPageOfId = new HashMap<>();
    private final List<Snapshot> editions = new ArrayList<>();

    private PointInTimePages(SiteConfig config, List<ContentFile> content, Path staging) {
        this.config = config;
        this.staging = staging;
        this.assets = filesBelow(config.assetFolder());
        this.currentPages = new HashSet<>();
        for (Path page : PageFiles.htmlPages(staging)) {
            currentPages.add(relative(staging, page));
        }
        this.current = Snapshot.of(null, content, currentPages);
        for (Page page : current.pages()) {
            page.paragraphs().forEach(p -> p.id().ifPresent(id -> currentPageOfId.putIfAbsent(id, page.output())));
        }
    }

    /** Starts on the built current site in {@code staging}, before any edition is added. */
    public static PointInTimePages start(SiteConfig config, List<ContentFile> content, Path staging) {
        return new PointInTimePages(config, content, staging);
    }

    /**
     * What the editions added.
     *
     * @param editions how many editions were installed
     * @param comparisons how many comparison pages were written
     * @param bytes the bytes of everything under {@code versions/} and {@code versions.html}
     */
    public record Result(int editions, int comparisons, long bytes) {}

    /**
     * Moves the site {@code built} as {@code edition} (from {@code content}) into {@code versions/},
     * leaving out the copied assets and the files only the root has, with every page given the
     * banner and its asset links pointed at the site's own assets.
     */
    public void install(PointInTime.Edition edition, List<ContentFile> content, Path built) {
        Path into = staging.resolve(PointInTime.FOLDER).resolve(edition.folder());
        Set<String> pages = new HashSet<>();
        for (Path page : PageFiles.htmlPages(built)) {
            pages.add(relative(built, page));
        }
        for (Path file : filesIn(built)) {
            String path = relative(built, file);
            if (assets.contains(path) || ROOT_ONLY.contains(path)) {
                continue;
            }
            Path target = into.resolve(path);
            try {
                Files.createDirectories(target.getParent());
                if (path.endsWith(".html")) {
                    Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
                    page.outputSettings().prettyPrint(false);
                    frame(page, edition, path);
                    Shell.write(page, target);
                } else {
                    Files.copy(file, target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        editions.add(Snapshot.of(edition, content, pages));
    }

    /** An edition's page: its asset links, its banner, its canonical address and its paragraphs' current pages. */
    private void frame(Document page, PointInTime.Edition edition, String path) {
        int depth = path.split("/").length + 1;
        String up = "../".repeat(depth);
        for (Element linked : page.select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                if (linked.hasAttr(attribute)) {
                    assetLink(path, linked.attr(attribute)).ifPresent(asset -> linked.attr(attribute, up + asset));
                }
            }
        }
        String prefix = PointInTime.FOLDER + "/" + edition.folder() + "/";
        page.select("link[rel=canonical], meta[property=og:url]").forEach(tag -> {
            String attribute = tag.tagName().equals("link") ? "href" : "content";
            if (!config.host().isEmpty()) {
                tag.attr(attribute, config.host() + prefix + path);
            } else {
                tag.remove();
            }
        });
        page.title(page.title() + " · as of " + edition.asOf() + " (" + edition.name() + ")");
        page.body().attr("data-edition", edition.name() + " (" + shown(edition.asOf()) + ")");
        page.body().attr("data-edition-path", prefix);
        for (Element paragraph : page.select("p[data-pid]")) {
            String now = currentPageOfId.get(paragraph.attr("data-pid"));
            Element part = paragraph.closest("[data-uri]");
            String uri = part == null ? path : part.attr("data-uri");
            if (now != null && !now.equals(uri)) {
                paragraph.attr("data-current", now);
            }
        }
        Element main = page.selectFirst("main");
        if (main == null) {
            return;
        }
        Element banner = main.prependElement("aside").addClass("edition-banner").attr("role", "note");
        Element line = banner.appendElement("p");
        line.appendText("This is the text as of ");
        line.appendElement("time").attr("datetime", edition.asOf().toString()).text(shown(edition.asOf()));
        line.appendText(" (");
        line.appendElement("span").addClass("edition-name").text(edition.name());
        line.appendText("). ");
        boolean stillThere = currentPages.contains(path) && !path.equals("404.html");
        line.appendElement("a")
                .addClass("edition-current")
                .attr("href", up + (stillThere ? path : "index.html"))
                .text(
                        stillThere
                                ? "Read the current text of this page →"
                                : "This page is not in the current text: read the current text from its cover →");
        line.appendText(" · ");
        line.appendElement("a").attr("href", up + PAGE).text("all versions");
    }

    /** The site-root path of the asset {@code value} links to from {@code path}, if it is one. */
    private Optional<String> assetLink(String path, String value) {
        if (!Shell.isRelative(value)) {
            return Optional.empty();
        }
        int cut = value.length();
        for (char mark : new char[] {'?', '#'}) {
            int at = value.indexOf(mark);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        try {
            String resolved = new URI("http", "h", "/" + path, null)
                    .resolve(new URI(null, null, value.substring(0, cut), null))
                    .getPath();
            String asset = resolved.startsWith("/") ? resolved.substring(1) : resolved;
            return assets.contains(asset) ? Optional.of(asset + value.substring(cut)) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the list of editions and the comparisons, marks every current page with its paragraphs'
     * pinned links and a footer link to the list.
     */
    public Result finish() {
        if (editions.isEmpty()) {
            return new Result(0, 0, 0);
        }
        Shell shell = Shell.of(staging);
        List<Snapshot> all = new ArrayList<>(editions);
        all.add(current);
        int comparisons = 0;
        for (int older = 0; older < all.size(); older++) {
            for (int newer = older + 1; newer < all.size(); newer++) {
                writeComparison(shell, all.get(older), all.get(newer));
                comparisons++;
            }
        }
        writeList(shell, all);
        markCurrentPages();
        return new Result(editions.size(), comparisons, bytesAdded());
    }

    // ---- the list of editions ------------------------------------------------------------------

    private void writeList(Shell shell, List<Snapshot> all) {
        Document page = shell.page(
                "Versions of the text",
                "Every point-in-time edition of the text, and a comparison of any two of them.",
                0,
                "versions-page");
        Element main = page.selectFirst("main");
        Element article = main.appendElement("article").addClass("versions");
        article.appendElement("h1").text("Versions of the text");
        article.appendElement("p")
                .text("Each edition is the text as it was at one commit, frozen. The editions are built with"
                        + " today's templates and styles, so they look as the site does now; their words are"
                        + " the words of their commit.");
        Element table = article.appendElement("table").addClass("versions-table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Edition", "Text as of", "Commit", "Changes since the one before")) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        for (int i = all.size() - 1; i >= 0; i--) {
            Snapshot snapshot = all.get(i);
            Element row = body.appendElement("tr");
            Element name = row.appendElement("th").attr("scope", "row");
            name.appendElement("a").attr("href", snapshot.home()).text(snapshot.label());
            Element asOf = row.appendElement("td");
            snapshot.edition()
                    .ifPresentOrElse(
                            e -> asOf.appendElement("time")
                                    .attr("datetime", e.asOf().toString())
                                    .text(shown(e.asOf())),
                            () -> asOf.text("this build"));
            Element commit = row.appendElement("td");
            snapshot.edition().ifPresentOrElse(e -> appendCommit(commit, e), () -> commit.text("—"));
            Element since = row.appendElement("td");
            if (i == 0) {
                since.text("the first edition");
            } else {
                Comparison diff = Comparison.of(all.get(i - 1), snapshot);
                since.appendText(diff.summary() + " ");
                since.appendElement("a")
                        .attr("href", comparisonPath(all.get(i - 1), snapshot))
                        .text("compare with " + all.get(i - 1).label());
            }
        }
        appendForm(article, all);
        Shell.write(page, staging.resolve(PAGE));
    }

    /** Two selects that go to a pair's comparison (site.js, so that no inline script is needed); the links work without it. */
    private void appendForm(Element article, List<Snapshot> all) {
        article.appendElement("h2").attr("id", "compare").text("Compare two versions");
        Element form = article.appendElement("form")
                .addClass("compare-form")
                .attr("hidden", "")
                .attr("data-compare", PointInTime.FOLDER + "/" + PointInTime.COMPARE + "/");
        for (String side : List.of("from", "to")) {
            Element label = form.appendElement("label");
            label.appendText(side.equals("from") ? "From " : " to ");
            Element select = label.appendElement("select").attr("name", side);
            for (int i = 0; i < all.size(); i++) {
                Element option = select.appendElement("option")
                        .attr("value", all.get(i).folder())
                        .attr("data-order", Integer.toString(i))
                        .text(all.get(i).label());
                boolean chosen = side.equals("from") ? i == all.size() - 2 : i == all.size() - 1;
                if (chosen) {
                    option.attr("selected", "");
                }
            }
        }
        form.appendText(" ");
        form.appendElement("button").attr("type", "submit").text("Compare");
        Element list = article.appendElement("details").addClass("compare-links");
        list.appendElement("summary").text("Every comparison (" + all.size() * (all.size() - 1) / 2 + ")");
        Element links = list.appendElement("ul");
        for (int older = 0; older < all.size(); older++) {
            for (int newer = older + 1; newer < all.size(); newer++) {
                links.appendElement("li")
                        .appendElement("a")
                        .attr("href", comparisonPath(all.get(older), all.get(newer)))
                        .text(all.get(older).label() + " → " + all.get(newer).label());
            }
        }
    }

    private void appendCommit(Element into, PointInTime.Edition edition) {
        if (config.repo().isEmpty()) {
            into.appendElement("code").text(edition.shortCommit());
        } else {
            into.appendElement("a")
                    .attr("href", "https://github.com/" + config.repo() + "/commit/" + edition.commit())
                    .appendElement("code")
                    .text(edition.shortCommit());
        }
    }

    /** The comparison's path from the site's root. */
    private static String comparisonPath(Snapshot older, Snapshot newer) {
        return PointInTime.FOLDER + "/" + PointInTime.COMPARE + "/" + older.folder() + "__" + newer.folder() + ".html";
    }

    // ---- the comparisons -----------------------------------------------------------------------

    private void writeComparison(Shell shell, Snapshot older, Snapshot newer) {
        String title = older.label() + " against " + newer.label();
        Document page = shell.page(
                "Compare " + title,
                "The changes from " + older.label() + " to " + newer.label() + ", section by section.",
                2,
                "compare-page");
        Element article = page.selectFirst("main").appendElement("article").addClass("comparison");
        Element heading = article.appendElement("h1");
        heading.appendText("From ");
        heading.appendElement("span").addClass("edition-name").text(older.label());
        heading.appendText(" to ");
        heading.appendElement("span").addClass("edition-name").text(newer.label());
        Comparison diff = Comparison.of(older, newer);
        article.appendElement("p").addClass("compare-summary").text(diff.summary() + ".");
        article.appendElement("p")
                .appendElement("a")
                .attr("href", "../../" + PAGE)
                .text("All versions");
        for (Comparison.Section section : diff.sections()) {
            Element block = article.appendElement("section").addClass("compare-section");
            Element h2 = block.appendElement("h2");
            h2.text(section.title().isEmpty() ? section.file() : section.title());
            Element where = block.appendElement("p").addClass("compare-where");
            section.olderOutput()
                    .ifPresent(out -> where.appendElement("a")
                            .attr("href", "../../" + older.prefix() + out)
                            .text("in " + older.label()));
            section.newerOutput().ifPresent(out -> {
                if (section.olderOutput().isPresent()) {
                    where.appendText(" · ");
                }
                where.appendElement("a")
                        .attr("href", "../../" + newer.prefix() + out)
                        .text("in " + newer.label());
            });
            for (Comparison.Changed changed : section.changes()) {
                Element item =
                        block.appendElement("div").addClass("compare-paragraph").attr("data-action", changed.action());
                item.appendElement("p").addClass("compare-label").text(changed.label() + " — " + changed.action());
                Redline.append(item.appendElement("p").addClass("redline"), changed.before(), changed.after());
            }
        }
        if (diff.unchanged() > 0) {
            article.appendElement("p")
                    .addClass("compare-unchanged")
                    .text(diff.unchanged() + (diff.unchanged() == 1 ? " other page" : " other pages")
                            + " unchanged (sections, the cover, glossary entries and listings).");
        }
        Shell.write(page, staging.resolve(comparisonPath(older, newer)));
    }

    // ---- the current pages ---------------------------------------------------------------------

    /** Each current paragraph's pinned link: the newest edition, when its text there is the same; else why none. */
    private void markCurrentPages() {
        Snapshot newest = editions.get(editions.size() - 1);
        Map<String, Located> inNewest = new HashMap<>();
        for (Page page : newest.pages()) {
            for (Paragraphs.Para para : page.paragraphs()) {
                para.id().ifPresent(id -> inNewest.putIfAbsent(id, new Located(page.output(), para.text())));
            }
        }
        Map<String, String> currentText = new HashMap<>();
        current.pages()
                .forEach(page -> page.paragraphs()
                        .forEach(para -> para.id().ifPresent(id -> currentText.putIfAbsent(id, para.text()))));
        String newestName =
                newest.label() + " (" + shown(newest.edition().orElseThrow().asOf()) + ")";
        for (Path file : PageFiles.htmlPages(staging)) {
            String path = relative(staging, file);
            if (path.startsWith(PointInTime.FOLDER + "/") || path.equals("404.html") || path.equals(PAGE)) {
                continue;
            }
            Document page = read(file);
            String up = "../".repeat(path.split("/").length - 1);
            Element footer = page.selectFirst("footer.site-footer p");
            if (footer != null) {
                footer.appendText(" · ");
                footer.appendElement("a").attr("href", up + PAGE).text("versions");
            }
            for (Element paragraph : page.select("p[data-pid]")) {
                String id = paragraph.attr("data-pid");
                Located then = inNewest.get(id);
                String now = currentText.get(id);
                if (then != null && then.text().equals(now)) {
                    paragraph.attr("data-pinned", newest.prefix() + then.output());
                    paragraph.attr("data-pinned-edition", newestName);
                } else {
                    paragraph.attr(
                            "data-pinned-none",
                            then == null
                                    ? "this paragraph is not in " + newestName + ", the latest edition"
                                    : "this paragraph has changed since " + newestName + ", the latest edition");
                }
            }
            Shell.write(page, file);
        }
    }

    private record Located(String output, String text) {}

    private long bytesAdded() {
        long bytes = 0;
        for (Path file : filesIn(staging.resolve(PointInTime.FOLDER))) {
            bytes += size(file);
        }
        return bytes + size(staging.resolve(PAGE));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String shown(LocalDate day) {
        return SHOWN.format(day);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document read(Path file) {
        try {
            Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            page.outputSettings().prettyPrint(false);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> filesBelow(Path folder) {
        Set<String> files = new HashSet<>();
        filesIn(folder).forEach(file -> files.add(relative(folder, file)));
        return files;
    }

    // ---- the texts compared ------------------------------------------------------------------

    /**
     * One text: an edition's, or the current one.
     *
     * @param edition the edition, empty for the current text
     * @param pages its published pages, in content order
     */
    record Snapshot(Optional<PointInTime.Edition> edition, List<Page> pages) {

        static Snapshot of(PointInTime.Edition edition, List<ContentFile> content, Set<String> built) {
            List<Page> pages = new ArrayList<>();
            for (ContentFile file : content) {
                if (!file.isPublished() || !built.contains(file.outputPath())) {
                    continue;
                }
                try {
                    Paragraphs.Version version = Paragraphs.read(Files.readString(file.file(), StandardCharsets.UTF_8));
                    pages.add(new Page(file.relativePath(), file.outputPath(), file.title(), version.paragraphs()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Snapshot(Optional.ofNullable(edition), List.copyOf(pages));
        }

        String label() {
            return edition.map(PointInTime.Edition::name).orElse("the current text");
        }

        String folder() {
            return edition.map(PointInTime.Edition::folder).orElse(PointInTime.CURRENT);
        }

        /** The path from the site's root to this text's pages. */
        String prefix() {
            return edition.map(e -> PointInTime.FOLDER + "/" + e.folder() + "/").orElse("");
        }

        String home() {
            return prefix() + "index.html";
        }
    }

    /**
     * A published page of a text.
     *
     * @param file its content file, inside the content folder
     * @param output its page
     * @param title its title
     * @param paragraphs its blocks
     */
    record Page(String file, String output, String title, List<Paragraphs.Para> paragraphs) {}

    /**
     * What changed from one text to another, section (page) by section; paragraphs are followed by
     * their permanent identifier, else by their position in their file.
     *
     * @param sections the sections with a change, in the newer text's order, then pages removed
     * @param changedParagraphs how many paragraphs' words changed
     * @param added how many were added
     * @param removed how many were removed
     * @param unchanged how many pages (sections, the cover, glossary entries, listings) are the same
     */
    record Comparison(List<Section> sections, int changedParagraphs, int added, int removed, int unchanged) {

        record Section(
                String file,
                String title,
                Optional<String> olderOutput,
                Optional<String> newerOutput,
                List<Changed> changes) {}

        record Changed(String label, String action, String before, String after) {}

        String summary() {
            if (changedParagraphs + added + removed == 0) {
                return "no change to the text";
            }
            return count(changedParagraphs, "paragraph") + " changed, " + added + " added, " + removed + " removed";
        }

        private static String count(int n, String what) {
            return n + " " + what + (n == 1 ? "" : "s");
        }

        static Comparison of(Snapshot older, Snapshot newer) {
            Map<String, Located> before = new LinkedHashMap<>();
            Map<String, Page> olderPages = new LinkedHashMap<>();
            for (Page page : older.pages()) {
                olderPages.put(page.file(), page);
                for (Paragraphs.Para para : page.paragraphs()) {
                    before.putIfAbsent(key(page, para), new Located(page.file(), para.text()));
                }
            }
            List<Section> sections = new ArrayList<>();
            Map<String, List<Changed>> byFile = new LinkedHashMap<>();
            int changed = 0;
            int added = 0;
            int unchanged = 0;
            for (Page page : newer.pages()) {
                List<Changed> changes = new ArrayList<>();
                byFile.put(page.file(), changes);
                for (Paragraphs.Para para : page.paragraphs()) {
                    Located was = before.remove(key(page, para));
                    if (was == null) {
                        changes.add(new Changed(label(para), "added", "", para.text()));
                        added++;
                    } else if (!was.text().equals(para.text())) {
                        changes.add(new Changed(label(para), "changed", was.text(), para.text()));
                        changed++;
                    }
                }
            }
            int removed = 0;
            Map<String, List<Changed>> removedOnly = new LinkedHashMap<>();
            for (Page page : older.pages()) {
                for (Paragraphs.Para para : page.paragraphs()) {
                    if (before.containsKey(key(page, para))) {
                        before.remove(key(page, para));
                        (byFile.containsKey(page.file()) ? byFile : removedOnly)
                                .computeIfAbsent(page.file(), f -> new ArrayList<>())
                                .add(new Changed(label(para), "removed", para.text(), ""));
                        removed++;
                    }
                }
            }
            for (Page page : newer.pages()) {
                List<Changed> changes = byFile.get(page.file());
                if (changes.isEmpty()) {
                    unchanged++;
                    continue;
                }
                Optional<String> was =
                        Optional.ofNullable(olderPages.get(page.file())).map(Page::output);
                sections.add(new Section(page.file(), page.title(), was, Optional.of(page.output()), changes));
            }
            removedOnly.forEach((file, changes) -> {
                Page page = olderPages.get(file);
                sections.add(new Section(file, page.title(), Optional.of(page.output()), Optional.empty(), changes));
            });
            return new Comparison(List.copyOf(sections), changed, added, removed, unchanged);
        }

        private static String key(Page page, Paragraphs.Para para) {
            return para.id()
                    .map(id -> "id:" + id)
                    .orElseGet(() -> para.anchor()
                            .map(anchor -> "at:" + page.file() + "#" + anchor)
                            .orElse("text:" + page.file() + ":" + para.text()));
        }

        private static String label(Paragraphs.Para para) {
            return para.anchor().map(a -> "¶ " + HistoryPages.labelOf(a)).orElse("Heading or list");
        }
    }
}
