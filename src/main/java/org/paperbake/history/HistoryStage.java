package org.paperbake.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Hashed;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.Utf8Bytes;

/**
 * The stage: the page of departures from the official source always; with a history, the Changes
 * page, the parts' history pages and the feed; then one pass over the built pages that marks each
 * departing paragraph, links the departures page from the footer and, with a history, adds what
 * {@link HistoryPages#mark} adds.
 */
public final class HistoryStage {

    private HistoryStage() {}

    /**
     * What the stage did.
     *
     * @param pagesWritten how many pages it wrote
     * @param departures how many departures from the official source it found
     * @param changes how many changes the history holds (0 without one)
     */
    public record Result(int pagesWritten, int departures, int changes) {}

    /**
     * Runs the stage over the post-processed {@code staging} folder; the parts' history pages are
     * remembered in {@code memory}, so that {@code serve} makes again only the edited part's. Each
     * page written from a tree is handed to {@code trees}.
     */
    public static Result run(
            SiteConfig config,
            List<ContentFile> content,
            Path staging,
            Optional<History> history,
            BuildMemory memory,
            WrittenTrees trees) {
        Shell shell = Shell.of(staging, trees);
        List<OfficialSource.Departure> departures = OfficialSource.departures(config, content, memory);
        OfficialSource.writePage(shell, departures, staging, memory);
        Optional<HistoryPages> pages =
                history.map(h -> HistoryPages.publish(config, h, content, staging, shell, memory));
        Map<String, ContentFile> byOutput = new HashMap<>();
        content.forEach(file -> byOutput.put(file.outputPath(), file));
        Map<String, OfficialSource.Departure> departing = new HashMap<>();
        departures.forEach(d -> departing.putIfAbsent(d.anchor(), d));
        Set<String> pagesDeparting = new HashSet<>();
        departures.forEach(d -> pagesDeparting.add(d.part().outputPath()));
        Hashed<Marks> marks = memory.shared(Hashed.of(new Marks(
                config.repo(),
                config.contentFolder().toAbsolutePath().normalize(),
                history.map(History::head).orElse(""),
                content.stream().map(ContentFile::relativePath).toList(),
                pages.map(HistoryPages::marking).orElse(List.of()),
                departures.stream()
                        .map(d -> List.of(d.part().outputPath(), d.anchor(), d.kind()))
                        .toList())));
        Memo<MarkedPage, Marked> marked = memory.memo(MarkedPage.class);
        // Each page on its own, on all cores: nothing a page gets depends on another's.
        PageFiles.htmlPages(staging).parallelStream().forEach(file -> {
            String path = staging.relativize(file).toString().replace('\\', '/');
            if (path.startsWith(HistoryPages.FOLDER + "/")
                    || path.equals("404.html")
                    || path.equals(OfficialSource.PAGE)
                    || path.equals("changes.html")) {
                return;
            }
            marked.get(
                            new MarkedPage(path, readBytes(file), marks),
                            key -> marked(
                                    path,
                                    key.html().writtenText(),
                                    pagesDeparting,
                                    departing,
                                    byOutput,
                                    pages,
                                    shell,
                                    file))
                    .writeTo(file);
        });
        return new Result(
                1 + pages.map(HistoryPages::pagesWritten).orElse(0),
                departures.size(),
                history.map(h -> h.changes().size()).orElse(0));
    }

    /**
     * Everything the stage marks a page with besides its own text, as far as it reads it: the key
     * part shared by every page, under which {@code serve} remembers each marked page. It changes
     * with a commit, a new or renamed part, a paragraph added, removed or given an identifier, or a
     * departure that appears or changes kind — not with an edit within a paragraph, so such an edit
     * re-marks only the pages it changed. The history is that of {@code contentFolder} at {@code
     * head} (empty without one; a commit's first-parent chain never changes).
     *
     * @param repo the repository commit links point at
     * @param contentFolder the content folder, absolute
     * @param head the commit the history ends at, or empty without a history
     * @param content every content file's path inside the content folder (a page's source is found by it)
     * @param marking what the history pages read of the parts ({@link HistoryPages#marking})
     * @param departures each departure's page, anchor and kind: all a mark shows of it
     */
    record Marks(
            String repo,
            Path contentFolder,
            String head,
            List<String> content,
            List<Object> marking,
            List<List<String>> departures) {}

    /**
     * A built page as the stage found it: the key under which {@code serve} remembers the page as
     * the stage leaves it.
     *
     * @param path the page's path in the site
     * @param html the page as post-processed
     * @param marks what every page is marked with
     */
    record MarkedPage(String path, Utf8Bytes html, Hashed<Marks> marks) {}

    /** A page as the stage leaves it, written again by every build that finds the page unchanged. */
    interface Marked {
        void writeTo(Path file);
    }

    /**
     * A page's text encoded once: a rebuild writes its bytes as they are (encoding a page with the
     * quick compiler {@code serve} runs with took as long as marking it from its splices).
     */
    private record Encoded(Utf8Bytes text) implements Marked {
        @Override
        public void writeTo(Path file) {
            try {
                text.writeTo(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A page as the stage leaves it: its text with short insertions at ascending points, written
     * piece by piece, so that a listing of a hundred megabytes (the chronology at 30,000 parts) is
     * never copied whole — each copy of it was another 180 MB of the heap. A smaller page is
     * {@link Encoded} instead.
     *
     * @param html the page's text
     * @param points where each insertion goes in {@code html}, ascending
     * @param insertions what goes there
     */
    record Spliced(String html, List<Integer> points, List<String> insertions) implements Marked {

        /** Pages of more characters than this are written piece by piece rather than encoded whole. */
        static final int ENCODED_UP_TO_CHARS = 1 << 20;

        /** This page {@link Encoded} when it is not large. */
        Marked encodedUnlessLarge() {
            return html.length() > ENCODED_UP_TO_CHARS ? this : new Encoded(Utf8Bytes.of(text()));
        }

        String text() {
            StringBuilder text = new StringBuilder(html.length() + 512);
            int from = 0;
            for (int i = 0; i < points.size(); i++) {
                text.append(html, from, points.get(i)).append(insertions.get(i));
                from = points.get(i);
            }
            return text.append(html, from, html.length()).toString();
        }

        @Override
        public void writeTo(Path file) {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                int from = 0;
                for (int i = 0; i < points.size(); i++) {
                    out.write(html, from, points.get(i) - from);
                    out.write(insertions.get(i));
                    from = points.get(i);
                }
                out.write(html, from, html.length() - from);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The page at {@code path}, post-processed as {@code html}, as the stage leaves it. */
    private static Marked marked(
            String path,
            String html,
            Set<String> pagesDeparting,
            Map<String, OfficialSource.Departure> departing,
            Map<String, ContentFile> byOutput,
            Optional<HistoryPages> pages,
            Shell shell,
            Path file) {
        String up = "../".repeat(path.split("/").length - 1);
        // Without a history, a page none of whose paragraphs departs gets only the footer's link:
        // spliced into its text, the bytes the tree would give, without parsing the page.
        // With a history, a page holding no part of the document's text (a listing, a glossary
        // entry) gets only the footer's links and the last-changed line: spliced too, so that a
        // listing of tens of megabytes (the chronology at 10,000 parts) is never held as a tree.
        Optional<Spliced> spliced = Optional.empty();
        if (!pagesDeparting.contains(path)) {
            if (pages.isEmpty()) {
                spliced = footerLinkSplice(html, up, false);
            } else if (!html.contains("data-pid") && !html.contains("document-part")) {
                Optional<ContentFile> source = Optional.ofNullable(byOutput.get(path));
                spliced = historyLinksSplice(html, up, pages.get().lastChangedLine(source, up));
            }
        }
        if (spliced.isPresent()) {
            return spliced.get().encodedUnlessLarge();
        }
        Document page = parse(html);
        markDepartures(page, departing, up);
        linkFromFooter(page, up, pages.isPresent());
        pages.ifPresent(p -> p.mark(page, Optional.ofNullable(byOutput.get(path)), up));
        return new Encoded(Utf8Bytes.of(shell.handOver(page, file)));
    }

    /** A visible mark on each paragraph whose words are not the official text's, linking to its redline. */
    private static void markDepartures(Document page, Map<String, OfficialSource.Departure> departing, String up) {
        for (Element paragraph : page.select("article.document-part div.text p[id]")) {
            OfficialSource.Departure departure = departing.get(paragraph.id());
            if (departure == null) {
                continue;
            }
            paragraph.addClass("departs");
            paragraph
                    .appendElement("a")
                    .addClass("departure")
                    .attr("href", up + OfficialSource.PAGE + "#" + departure.entryId())
                    .attr("data-kind", departure.kind())
                    .attr(
                            "aria-label",
                            "This paragraph departs from the official text (" + departure.kind() + "): see how");
        }
    }

    private static void linkFromFooter(Document page, String up, boolean withHistory) {
        Element footer = page.selectFirst("footer.site-footer p");
        if (footer == null) {
            return;
        }
        footer.appendText(" · ");
        footer.appendElement("a")
                .attr("href", up + OfficialSource.PAGE)
                .text("this edition against the official source");
        if (withHistory) {
            footer.appendText(" · ");
            footer.appendElement("a").attr("href", up + "changes.html").text("changes");
        }
    }

    /** The footer's opening, as the site's layout writes it. */
    private static final String FOOTER = "<footer class=\"site-footer\">";

    /**
     * {@code html} with the footer's link to the departures page, as {@link #linkFromFooter} and
     * {@link Shell#write} would give it for a site without a history; empty when the page is not
     * of the plain shape this can be sure of (one footer, whose first child is a {@code <p>}
     * without attributes holding no other paragraph), so that the page is parsed instead.
     */
    static Optional<String> withFooterLink(String html, String up) {
        return footerLinkSplice(html, up, false).map(Spliced::text);
    }

    private static Optional<Spliced> footerLinkSplice(String html, String up, boolean withHistory) {
        int footer = html.indexOf(FOOTER);
        int open = footer + FOOTER.length();
        if (footer < 0
                || html.indexOf("site-footer") != html.indexOf("site-footer", footer)
                || html.indexOf("site-footer", open) >= 0) {
            return Optional.empty();
        }
        while (open < html.length() && Character.isWhitespace(html.charAt(open))) {
            open++;
        }
        int close = html.indexOf("</p>", open);
        if (!html.startsWith("<p>", open)
                || close < 0
                || html.substring(open + 3, close).contains("<p")) {
            return Optional.empty();
        }
        // The tree is written with a line break after it, as Shell.write does.
        String changes = withHistory ? " · <a href=\"" + up + "changes.html\">changes</a>" : "";
        return Optional.of(new Spliced(
                html,
                List.of(close, html.length()),
                List.of(
                        " · <a href=\"" + up + OfficialSource.PAGE + "\">this edition against the official source</a>"
                                + changes,
                        "\n")));
    }

    /**
     * {@code html} with the footer's links to the departures and the changes and {@code line} (the
     * last-changed line) at the end of its {@code main}, as the tree-based pass gives them; empty when
     * the page is not of the plain shape this can be sure of.
     */
    static Optional<String> withHistoryLinks(String html, String up, String line) {
        return historyLinksSplice(html, up, line).map(Spliced::text);
    }

    private static Optional<Spliced> historyLinksSplice(String html, String up, String line) {
        return footerLinkSplice(html, up, true).flatMap(linked -> beforeMainEnd(linked, line));
    }

    /** The path the tree-based pass takes for a listing page with a history. */
    static String withHistoryLinksParsed(String html, String up, String line) {
        Document page = parse(html);
        linkFromFooter(page, up, true);
        page.selectFirst("main").append(line);
        return page.outerHtml() + "\n";
    }

    /** {@code html} with {@code line} as the last child of its one {@code main}; empty unless there is exactly one. */
    private static Optional<Spliced> beforeMainEnd(Spliced linked, String line) {
        // The footer's insertions hold no main element, so the page's own text decides.
        String html = linked.html();
        int end = html.indexOf("</main>");
        if (end < 0 || end != html.lastIndexOf("</main>") || html.indexOf("<main") != html.lastIndexOf("<main")) {
            return Optional.empty();
        }
        List<Integer> points = new ArrayList<>(linked.points());
        List<String> insertions = new ArrayList<>(linked.insertions());
        // The main ends before the footer: its line goes first.
        int at = 0;
        while (at < points.size() && points.get(at) <= end) {
            at++;
        }
        points.add(at, end);
        insertions.add(at, line);
        return Optional.of(new Spliced(html, List.copyOf(points), List.copyOf(insertions)));
    }

    /** The path the tree-based pass takes: parse, link from the footer, write as {@link Shell#write} does. */
    static String withFooterLinkParsed(String html, String up) {
        Document page = parse(html);
        linkFromFooter(page, up, false);
        return page.outerHtml() + "\n";
    }

    private static Document parse(String html) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        return page;
    }

    private static Utf8Bytes readBytes(Path file) {
        try {
            return Utf8Bytes.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
