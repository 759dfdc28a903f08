package org.paperbake.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;

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

    /** Runs the stage over the post-processed {@code staging} folder. */
    public static Result run(SiteConfig config, List<ContentFile> content, Path staging, Optional<History> history) {
        Shell shell = Shell.of(staging);
        List<OfficialSource.Departure> departures = OfficialSource.departures(config, content);
        OfficialSource.writePage(shell, departures, staging);
        Optional<HistoryPages> pages = history.map(h -> HistoryPages.publish(config, h, content, staging, shell));
        Map<String, ContentFile> byOutput = new HashMap<>();
        content.forEach(file -> byOutput.put(file.outputPath(), file));
        Map<String, OfficialSource.Departure> departing = new HashMap<>();
        departures.forEach(d -> departing.putIfAbsent(d.anchor(), d));
        for (Path file : PageFiles.htmlPages(staging)) {
            String path = staging.relativize(file).toString().replace('\\', '/');
            if (path.startsWith(HistoryPages.FOLDER + "/")
                    || path.equals("404.html")
                    || path.equals(OfficialSource.PAGE)
                    || path.equals("changes.html")) {
                continue;
            }
            Document page = read(file);
            String up = "../".repeat(path.split("/").length - 1);
            markDepartures(page, departing, up);
            linkFromFooter(page, up, history.isPresent());
            pages.ifPresent(p -> p.mark(page, Optional.ofNullable(byOutput.get(path)), up));
            Shell.write(page, file);
        }
        return new Result(
                1 + pages.map(HistoryPages::pagesWritten).orElse(0),
                departures.size(),
                history.map(h -> h.changes().size()).orElse(0));
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

    private static Document read(Path file) {
        try {
            Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            page.outputSettings().prettyPrint(false);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
