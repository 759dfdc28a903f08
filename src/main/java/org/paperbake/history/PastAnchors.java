package org.paperbake.history;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.content.ContentFile;
import org.paperbake.history.History.Removal;
import org.paperbake.kernel.ParagraphIds;

/**
 * Every anchor a paragraph of a part has had keeps working. A positional anchor of a past build
 * ({@code #p-6-1-9}) that the current text no longer has becomes an anchor on the paragraph that
 * last had it; when that paragraph is now on another page, on a note linking to it there; when it
 * was removed, on a note saying when and in which change — and so does the removed paragraph's own
 * {@code #para-…}. A positional anchor the current text has anywhere stays the current paragraph's.
 */
final class PastAnchors {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private PastAnchors() {}

    static void add(
            Document page,
            ContentFile part,
            History history,
            Map<String, ContentFile> partOfId,
            Set<String> currentAnchors,
            String up) {
        Element text = page.selectFirst("article.document-part div.text");
        if (text == null) {
            return;
        }
        Map<String, List<String>> elsewhere = new LinkedHashMap<>();
        Map<String, List<String>> removedAnchors = new LinkedHashMap<>();
        Map<String, String> past = history.pastAnchors().getOrDefault(part.relativePath(), Map.of());
        for (Map.Entry<String, String> anchor : past.entrySet()) {
            String key = anchor.getValue();
            if (currentAnchors.contains(anchor.getKey())) {
                continue;
            }
            ContentFile now = partOfId.get(key);
            Element here = now == null ? null : text.selectFirst("[data-pid=" + key + "]");
            if (here != null && now.relativePath().equals(part.relativePath())) {
                here.appendElement("span").addClass("pid").id(anchor.getKey());
            } else if (now != null) {
                elsewhere.computeIfAbsent(key, k -> new ArrayList<>()).add(anchor.getKey());
            } else if (history.removed().containsKey(key)) {
                removedAnchors.computeIfAbsent(key, k -> new ArrayList<>()).add(anchor.getKey());
            }
        }
        for (Map.Entry<String, Removal> removal : history.removed().entrySet()) {
            if (removal.getValue().file().equals(part.relativePath())
                    && !removal.getKey().startsWith("~")) {
                removedAnchors.computeIfAbsent(removal.getKey(), k -> new ArrayList<>());
            }
        }
        if (elsewhere.isEmpty() && removedAnchors.isEmpty()) {
            return;
        }
        Element notes = new Element("aside").addClass("history-notes").attr("aria-labelledby", "history-notes-title");
        notes.appendElement("h2").id("history-notes-title").text("Paragraphs that were here before");
        Element list = notes.appendElement("ul");
        elsewhere.forEach((key, anchors) -> {
            Element item = list.appendElement("li");
            anchors.forEach(anchor -> item.appendElement("span").addClass("pid").id(anchor));
            ContentFile now = partOfId.get(key);
            item.appendText("The paragraph once at ¶ " + labels(anchors) + " is now ");
            item.appendElement("a")
                    .attr("href", up + now.outputPath() + "#" + ParagraphIds.anchor(key))
                    .text("in " + now.title());
            item.appendText(".");
        });
        removedAnchors.forEach((key, anchors) -> {
            Removal removal = history.removed().get(key);
            Element item = list.appendElement("li");
            if (!key.startsWith("~") && removal.file().equals(part.relativePath())) {
                item.id(ParagraphIds.anchor(key));
            }
            anchors.forEach(anchor -> item.appendElement("span").addClass("pid").id(anchor));
            String where = removal.anchor().isEmpty() ? "" : " (¶ " + HistoryPages.labelOf(removal.anchor()) + ")";
            item.appendText("A paragraph" + where + " was removed on "
                    + SHOWN.format(removal.change().time()) + " in ");
            item.appendElement("a")
                    .attr("href", up + "changes.html#change-" + removal.change().shortCommit())
                    .text(removal.change().title());
            item.appendText(". It read: ");
            item.appendElement("q").text(Plain.of(removal.text()));
        });
        text.after(notes);
    }

    private static String labels(List<String> anchors) {
        return String.join(", ¶ ", anchors.stream().map(HistoryPages::labelOf).toList());
    }
}
