package org.paperbake.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.text.StringEscapeUtils;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ParagraphIdCheck;
import org.paperbake.history.History.Change;
import org.paperbake.history.History.ParagraphChange;
import org.paperbake.history.History.ParagraphVersion;
import org.paperbake.history.History.Removal;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.ParagraphIds;

/**
 * Publishes a {@link History} into the built site: {@code changes.html} (every change, newest first,
 * with its kind, its paragraphs and a word-level redline), {@code changes/<page>.html} (every
 * version of each paragraph of a part), {@code changes.xml} (an Atom feed), and on every page the
 * date and change it last changed in; each paragraph links to its history, and every positional
 * anchor a paragraph has had in a past build keeps leading to it, or to a note saying when and in
 * which change it was removed.
 */
public final class HistoryPages {

    /** The folder of the parts' history pages. */
    static final String FOLDER = "changes";

    /** How many changes the feed holds, newest first. */
    private static final int FEED_ENTRIES = 50;

    /** The prefix of a paragraph's section on a history page (not {@code para-}: that names the paragraph itself). */
    static final String HISTORY_PREFIX = "h-";

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MACHINE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    private final SiteConfig config;
    private final History history;
    private final Path staging;
    private final List<ContentFile> parts;
    /** The same parts by their path inside the content folder: every page asks whether its source is one. */
    private final Map<String, ContentFile> partByPath = new HashMap<>();
    /** Each part's file as this build read it, by its path inside the content folder. */
    private final Map<String, String> texts = new TreeMap<>();
    /** Each current paragraph's identifier to the part it is in. */
    private final Map<String, ContentFile> partOfId = new HashMap<>();
    /** Every positional anchor the current text has, on any page. */
    private final Set<String> currentAnchors = new TreeSet<>();

    private HistoryPages(SiteConfig config, History history, List<ContentFile> content, Path staging) {
        this.config = config;
        this.history = history;
        this.staging = staging;
        this.parts = content.stream()
                .filter(ContentFile::isPublished)
                .filter(ParagraphIdCheck::carriesIds)
                .sorted(java.util.Comparator.comparing(ContentFile::relativePath))
                .toList();
        for (ContentFile part : parts) {
            partByPath.put(part.relativePath(), part);
            texts.put(part.relativePath(), textOf(part));
            for (Paragraphs.Para para :
                    Paragraphs.read(texts.get(part.relativePath())).paragraphs()) {
                para.id().ifPresent(id -> partOfId.putIfAbsent(id, part));
                para.anchor().ifPresent(currentAnchors::add);
            }
        }
    }

    /** Writes the history's pages into {@code staging}; mark each page with {@link #mark} afterwards. */
    static HistoryPages publish(
            SiteConfig config,
            History history,
            List<ContentFile> content,
            Path staging,
            Shell shell,
            BuildMemory memory) {
        HistoryPages pages = new HistoryPages(config, history, content, staging);
        Path contentFolder = config.contentFolder().toAbsolutePath().normalize();
        ChangesPage changesKey = new ChangesPage(
                shell.html(),
                contentFolder,
                history.head(),
                config.repo(),
                pages.parts.stream()
                        .map(part -> List.of(part.relativePath(), part.title()))
                        .toList());
        Memo<ChangesPage, String> changesPages = memory.memo(ChangesPage.class);
        Shell.write(changesPages.get(changesKey, key -> pages.changesPage(shell)), staging.resolve("changes.html"));
        Memo<PartPage, String> partPages = memory.memo(PartPage.class);
        // Each part's page on its own, on all cores: a page reads the history and its part only.
        pages.parts.parallelStream().forEach(part -> {
            String text = pages.texts.get(part.relativePath());
            PartPage key = new PartPage(
                    shell.html(),
                    config.contentFolder().toAbsolutePath().normalize(),
                    history.head(),
                    part.relativePath(),
                    text,
                    part.title());
            Shell.write(
                    partPages.get(key, k -> pages.partHistory(shell, part, text)),
                    staging.resolve(FOLDER).resolve(part.slug() + ".html"));
        });
        Feed feedKey = new Feed(config.host(), config.title(), config.repo(), contentFolder, history.head());
        Memo<Feed, String> feeds = memory.memo(Feed.class);
        Shell.write(feeds.get(feedKey, key -> pages.feed()), staging.resolve("changes.xml"));
        return pages;
    }

    /**
     * Everything the Changes page is made from: the key under which {@code serve} remembers it. The
     * history is that of {@code contentFolder} at {@code head}.
     *
     * @param shell the site's frame the page is made in
     * @param contentFolder the content folder, absolute
     * @param head the commit the history ends at
     * @param repo the repository commit links point at
     * @param parts each part with a history page: its path inside the content folder and its title
     */
    record ChangesPage(String shell, Path contentFolder, String head, String repo, List<List<String>> parts) {}

    /**
     * Everything the feed is made from: the key under which {@code serve} remembers it.
     *
     * @param host the site's address, or empty
     * @param title the site's title
     * @param repo the repository, which names the feed without an address
     * @param contentFolder the content folder, absolute
     * @param head the commit the history ends at
     */
    record Feed(String host, String title, String repo, Path contentFolder, String head) {}

    /**
     * Everything a part's history page is made from: the key under which {@code serve} remembers
     * the page. The history is that of {@code contentFolder} at {@code head} (a commit's
     * first-parent chain never changes); the page's address, slug and links follow from the part's
     * path and title.
     *
     * @param shell the site's frame the page is made in
     * @param contentFolder the content folder, absolute
     * @param head the commit the history ends at
     * @param part the part's path inside the content folder
     * @param text the part's file as it is now (its paragraphs and their identifiers)
     * @param title the part's title
     */
    record PartPage(String shell, Path contentFolder, String head, String part, String text, String title) {}

    /**
     * What {@link #mark} reads of the parts, as a value: the part holding each paragraph identifier
     * (its path and title), every positional anchor of the current text and the parts with a
     * history page. An edit within a paragraph leaves it as it was.
     */
    List<Object> marking() {
        Map<String, List<String>> parts = new TreeMap<>();
        partOfId.forEach((id, part) -> parts.put(id, List.of(part.relativePath(), part.title())));
        return List.of(
                parts,
                List.copyOf(currentAnchors),
                this.parts.stream().map(ContentFile::relativePath).toList());
    }

    /** How many pages {@link #publish} wrote. */
    int pagesWritten() {
        return parts.size() + 1;
    }

    private static String textOf(ContentFile file) {
        try {
            return Files.readString(file.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the Changes page ----------------------------------------------------------------------

    /** The Changes page's text; its tree is handed to the built site's check. */
    private String changesPage(Shell shell) {
        Document page = shell.page(
                "Changes to the text",
                "Every change made to this edition's text, newest first, with what changed word by word.",
                0,
                "page-changes");
        page.head()
                .appendElement("link")
                .attr("rel", "alternate")
                .attr("type", "application/atom+xml")
                .attr("title", "Changes to the text")
                .attr("href", "changes.xml");
        Element article = page.selectFirst("main").appendElement("article").addClass("changes");
        article.appendElement("h1").text("Changes to the text");
        Element intro = article.appendElement("p");
        intro.appendText("Every change made to the text of this edition since it was imported, newest first ("
                + history.changes().size() + " in all), as recorded in the repository. Each paragraph links to its"
                + " own history. Follow them with the ");
        intro.appendElement("a").attr("href", "changes.xml").text("Atom feed");
        intro.appendText("; how this edition differs from the official text is on ");
        intro.appendElement("a").attr("href", OfficialSource.PAGE).text("the edition against the source");
        intro.appendText(".");
        List<Change> newestFirst = new ArrayList<>(history.changes());
        java.util.Collections.reverse(newestFirst);
        for (Change change : newestFirst) {
            article.appendChild(changeSection(change, ""));
        }
        return shell.handOver(page, staging.resolve("changes.html"));
    }

    private Element changeSection(Change change, String up) {
        Element section = new Element("section").addClass("change").id("change-" + change.shortCommit());
        Element heading = section.appendElement("h2");
        heading.appendElement("time")
                .attr("datetime", MACHINE.format(change.time()))
                .text(SHOWN.format(change.time()));
        heading.appendText(" ");
        heading.appendElement("span").addClass("change-kind").text(change.kind().label());
        heading.appendText(" ");
        heading.appendElement("span").addClass("change-title").text(change.title());
        Element byline = section.appendElement("p").addClass("change-meta");
        byline.appendText("By " + change.author() + " in ");
        appendCommitLink(byline, change);
        byline.appendText(".");
        List<ParagraphChange> shown = change.paragraphs();
        if (shown.isEmpty()) {
            section.appendElement("p")
                    .text(
                            change.kind() == History.Kind.GLOSSARY
                                    ? "Glossary entries changed: " + String.join(", ", change.files()) + "."
                                    : "The words of the text did not change (settings, identifiers or notes).");
            return section;
        }
        if (change.kind() == History.Kind.IMPORT && shown.size() > 12) {
            section.appendElement("p")
                    .text(shown.size() + " paragraphs imported into " + String.join(", ", change.files()) + ".");
            return section;
        }
        Element list = section.appendElement("ul").addClass("change-paragraphs");
        for (ParagraphChange paragraph : shown) {
            Element item = list.appendElement("li");
            appendParagraphName(item, paragraph, up);
            item.appendText(" " + paragraph.action().label() + ": ");
            Element redline = item.appendElement("span").addClass("redline");
            Redline.appendShort(redline, Plain.of(paragraph.before()), Plain.of(paragraph.after()));
        }
        return section;
    }

    /** "¶ 6.1.3 (a8k2q)", linked to its history when it has one. */
    private void appendParagraphName(Element into, ParagraphChange paragraph, String up) {
        String label = paragraph.anchor().isEmpty() ? "A paragraph" : "¶ " + labelOf(paragraph.anchor());
        String slug = paragraph.file().substring(0, paragraph.file().length() - ".md".length());
        boolean known = !paragraph.key().startsWith("~") && history.versions().containsKey(paragraph.key());
        if (known && hasHistoryPage(paragraph.file())) {
            into.appendElement("a")
                    .attr("href", up + FOLDER + "/" + slug + ".html#" + HISTORY_PREFIX + paragraph.key())
                    .text(label);
        } else {
            into.appendText(label);
        }
        into.appendText(" of "
                + Optional.ofNullable(partByPath.get(paragraph.file()))
                        .map(ContentFile::title)
                        .orElse(slug));
    }

    private boolean hasHistoryPage(String file) {
        return partByPath.containsKey(file);
    }

    /** {@code p-6-1-3} → {@code 6.1.3}, {@code p-p8-1} → {@code P8.1}. */
    static String labelOf(String anchor) {
        String label = anchor.substring(2).replace('-', '.');
        return label.matches("[a-z].*") ? label.toUpperCase(Locale.ROOT) : label;
    }

    private void appendCommitLink(Element into, Change change) {
        String repo = config.repo();
        if (repo.isEmpty()) {
            into.appendElement("code").text(change.shortCommit());
        } else {
            into.appendElement("a")
                    .attr("href", "https://github.com/" + repo + "/commit/" + change.commit())
                    .appendElement("code")
                    .text(change.shortCommit());
        }
        change.pullRequest().ifPresent(number -> {
            into.appendText(", ");
            if (repo.isEmpty()) {
                into.appendText("pull request #" + number);
            } else {
                into.appendElement("a")
                        .attr("href", "https://github.com/" + repo + "/pull/" + number)
                        .text("pull request #" + number);
            }
        });
    }

    // ---- a part's history ----------------------------------------------------------------------

    /** The history page of {@code part}, whose file holds {@code text}, as written. */
    private String partHistory(Shell shell, ContentFile part, String text) {
        // A library's part is in its document's folder, and its history page one folder deeper.
        int depth = 1 + (int) part.slug().chars().filter(c -> c == '/').count();
        String up = "../".repeat(depth);
        Document page = shell.page(
                "History of " + part.title(),
                "Every version of each paragraph of " + part.title() + ", with its date and change.",
                depth,
                "page-history");
        Element article = page.selectFirst("main").appendElement("article").addClass("paragraph-history");
        article.appendElement("h1").text("History of " + part.title());
        Element intro = article.appendElement("p");
        intro.appendText("Every version of each paragraph of ");
        intro.appendElement("a").attr("href", up + part.outputPath()).text(part.title());
        intro.appendText(", newest first. All changes: ");
        intro.appendElement("a").attr("href", up + "changes.html").text("changes to the text");
        intro.appendText(".");
        for (Paragraphs.Para para : Paragraphs.read(text).paragraphs()) {
            if (para.id().isEmpty()) {
                continue;
            }
            String id = para.id().get();
            Element section =
                    article.appendElement("section").addClass("versions").id(HISTORY_PREFIX + id);
            Element heading = section.appendElement("h2");
            heading.appendElement("a")
                    .attr("href", up + part.outputPath() + "#" + ParagraphIds.anchor(id))
                    .text(para.anchor().map(a -> "¶ " + labelOf(a)).orElse("Heading"));
            heading.appendText(" · " + id);
            appendVersions(section, history.versions().getOrDefault(id, List.of()), up);
        }
        appendRemoved(article, part, up);
        return shell.handOver(page, staging.resolve(FOLDER).resolve(part.slug() + ".html"));
    }

    private void appendVersions(Element section, List<ParagraphVersion> versions, String up) {
        if (versions.isEmpty()) {
            section.appendElement("p").text("Not yet committed: this paragraph has no recorded version.");
            return;
        }
        Element list = section.appendElement("ol").attr("reversed", "").addClass("version-list");
        for (int i = versions.size() - 1; i >= 0; i--) {
            ParagraphVersion version = versions.get(i);
            Element item = list.appendElement("li");
            Element when = item.appendElement("p").addClass("change-meta");
            when.appendElement("time")
                    .attr("datetime", MACHINE.format(version.change().time()))
                    .text(SHOWN.format(version.change().time()));
            when.appendText(" · " + version.change().kind().label() + " · ");
            when.appendElement("a")
                    .attr("href", up + "changes.html#change-" + version.change().shortCommit())
                    .text(version.change().title());
            Element text = item.appendElement("p").addClass("redline");
            String before = i == 0
                    ? Plain.of(version.text())
                    : Plain.of(versions.get(i - 1).text());
            Redline.append(text, before, Plain.of(version.text()));
        }
    }

    private void appendRemoved(Element article, ContentFile part, String up) {
        List<Map.Entry<String, Removal>> removed = history.removed().entrySet().stream()
                .filter(entry -> entry.getValue().file().equals(part.relativePath()))
                .filter(entry -> !entry.getKey().startsWith("~"))
                .toList();
        if (removed.isEmpty()) {
            return;
        }
        article.appendElement("h2").text("Paragraphs no longer in the text");
        for (Map.Entry<String, Removal> entry : removed) {
            Element section =
                    article.appendElement("section").addClass("versions").id(HISTORY_PREFIX + entry.getKey());
            section.appendElement("h3")
                    .text("Removed on " + SHOWN.format(entry.getValue().change().time()) + " · " + entry.getKey());
            appendVersions(section, history.versions().getOrDefault(entry.getKey(), List.of()), up);
        }
    }

    // ---- the feed ------------------------------------------------------------------------------

    /** The Atom feed of the newest changes. */
    private String feed() {
        String base = config.host().isEmpty() ? "" : config.host().replaceAll("/?$", "/");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("  <title>")
                .append(escape("Changes to the text · " + config.title()))
                .append("</title>\n");
        xml.append("  <id>").append(escape(feedId(base))).append("</id>\n");
        xml.append("  <link rel=\"self\" href=\"")
                .append(escape(base + "changes.xml"))
                .append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(escape(base + "changes.html"))
                .append("\"/>\n");
        List<Change> changes = history.changes();
        xml.append("  <updated>").append(changes.get(changes.size() - 1).time()).append("</updated>\n");
        for (int i = changes.size() - 1; i >= Math.max(0, changes.size() - FEED_ENTRIES); i--) {
            Change change = changes.get(i);
            xml.append("  <entry>\n");
            xml.append("    <title>")
                    .append(escape(change.kind().label() + ": " + change.title()))
                    .append("</title>\n");
            xml.append("    <id>urn:paperbake:change:").append(change.commit()).append("</id>\n");
            xml.append("    <link href=\"")
                    .append(escape(base + "changes.html#change-" + change.shortCommit()))
                    .append("\"/>\n");
            xml.append("    <updated>").append(change.time()).append("</updated>\n");
            xml.append("    <author><name>").append(escape(change.author())).append("</name></author>\n");
            xml.append("    <summary>").append(escape(summary(change))).append("</summary>\n");
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private String feedId(String base) {
        return base.isEmpty() ? "urn:paperbake:changes:" + config.repo() : base + "changes.html";
    }

    private static String summary(Change change) {
        return change.paragraphs().size() + " paragraph(s) changed in " + String.join(", ", change.files()) + ".";
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }

    // ---- every page ----------------------------------------------------------------------------

    /** Adds history links to each paragraph, past anchors to a part's page and "last changed" to {@code page}. */
    void mark(Document page, Optional<ContentFile> source, String up) {
        markParagraphs(page, up);
        source.ifPresent(part -> PastAnchors.add(page, part, history, partOfId, currentAnchors, up));
        appendLastChanged(page, source, up);
    }

    private void markParagraphs(Document page, String up) {
        for (Element paragraph : page.select("article.document-part div.text [data-pid]")) {
            String id = paragraph.attr("data-pid");
            ContentFile part = partOfId.get(id);
            if (part == null) {
                continue;
            }
            Element pin = paragraph.selectFirst("> a.pin");
            String label = pin == null ? "this paragraph" : "paragraph " + pin.attr("data-pin");
            paragraph
                    .appendElement("a")
                    .addClass("para-history")
                    .attr("href", up + FOLDER + "/" + part.slug() + ".html#" + HISTORY_PREFIX + id)
                    .attr("aria-label", "History of " + label);
        }
    }

    private void appendLastChanged(Document page, Optional<ContentFile> source, String up) {
        Element main = page.selectFirst("main");
        if (main == null) {
            return;
        }
        appendLastChanged(main, source, up);
    }

    /**
     * The last-changed line of a page holding no part of the document's text, as {@link #mark} appends it
     * to the page's {@code main}, serialised as the page's tree would write it.
     */
    String lastChangedLine(Optional<ContentFile> source, String up) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element main = shell.body().appendElement("main");
        appendLastChanged(main, source, up);
        return main.child(0).outerHtml();
    }

    private void appendLastChanged(Element main, Optional<ContentFile> source, String up) {
        Change last = source.map(file -> history.lastChange().get(file.relativePath()))
                .orElse(history.changes().get(history.changes().size() - 1));
        Element line = main.appendElement("p").addClass("last-changed");
        line.appendText(
                source.isPresent()
                                && history.lastChange().containsKey(source.get().relativePath())
                        ? "Last changed on "
                        : "The text last changed on ");
        line.appendElement("time").attr("datetime", MACHINE.format(last.time())).text(SHOWN.format(last.time()));
        line.appendText(" in ");
        line.appendElement("a")
                .attr("href", up + "changes.html#change-" + last.shortCommit())
                .text(last.title());
        line.appendText(" (");
        appendCommitLink(line, last);
        line.appendText(")");
        if (source.isPresent() && hasHistoryPage(source.get().relativePath())) {
            line.appendText(" · ");
            line.appendElement("a")
                    .attr("href", up + FOLDER + "/" + source.get().slug() + ".html")
                    .text("history of this page");
        }
        line.appendText(" · ");
        line.appendElement("a").attr("href", up + "changes.html").text("all changes");
    }
}
