package org.paperbake.postprocess;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Panels and pinpoint paragraph numbers on a document page.
 *
 * <p>A panel arrives from Markdown as a blockquote whose first line is bold
 * ({@code **Panel 8 — Title**}, which reads well on GitHub); it becomes a numbered, boxed
 * {@code <aside>}. Every body paragraph then gets a stable id and a visible number that links to
 * itself: ¶ 6.1.3 is section VI, subsection 1, third paragraph. Section introductions are numbered
 * under the roman numeral (¶ VI.1), the Conclusion under C (¶ C.1), and a panel's paragraphs under
 * the panel (¶ P8.1), so that inserting a panel never renumbers the paragraphs around it.
 */
public final class PinpointAnchors {

    private static final Pattern PANEL_HEADING = Pattern.compile("Panel\\s+(\\d+)\\s*(?:[—–:-]\\s*)?(.*)", Pattern.DOTALL);
    private static final Pattern ARABIC_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Pattern ROMAN_NUMBER = Pattern.compile("[IVXLC]+");

    private PinpointAnchors() {
    }

    /** Adds panels and paragraph numbers to the {@code article.document-part} of {@code page}, if any. */
    public static void addTo(Document page) {
        Element article = page.selectFirst("article.document-part");
        if (article == null) {
            return;
        }
        Element text = article.selectFirst("div.text");
        if (text == null) {
            return;
        }
        String prefix = paragraphPrefix(article.attr("data-number"));
        convertPanels(text);
        int paragraph = 0;
        for (Element child : text.children()) {
            if (child.tagName().equals("p")) {
                paragraph++;
                pin(child, prefix + "." + paragraph);
            } else if (child.hasClass("panel")) {
                int panelParagraph = 0;
                for (Element inner : child.select("> p")) {
                    panelParagraph++;
                    pin(inner, "P" + child.attr("data-panel") + "." + panelParagraph);
                }
            }
        }
    }

    /** The prefix of a page's paragraph numbers: "6.1" stays, "VI" stays, a word gives its initial. */
    static String paragraphPrefix(String number) {
        String trimmed = number == null ? "" : number.strip();
        if (ARABIC_NUMBER.matcher(trimmed).matches() || ROMAN_NUMBER.matcher(trimmed).matches()) {
            return trimmed;
        }
        return trimmed.isEmpty() ? "P" : trimmed.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /** The id of a paragraph numbered {@code label}: "6.1.3" → "p-6-1-3", "P8.1" → "p-p8-1". */
    static String idFor(String label) {
        return "p-" + label.toLowerCase(Locale.ROOT).replace('.', '-');
    }

    private static void pin(Element paragraph, String label) {
        String id = idFor(label);
        paragraph.id(id);
        paragraph.addClass("para");
        // The space keeps the number apart from the text when the page is copied or read as text.
        paragraph.prependText(" ");
        paragraph.prependElement("a")
                .addClass("pin")
                .attr("href", "#" + id)
                .attr("aria-label", "Paragraph " + label + ", link to this paragraph")
                .text("¶ " + label);
    }

    private static void convertPanels(Element text) {
        for (Element quote : text.select("> blockquote")) {
            Element first = quote.selectFirst("> p");
            Element strong = first == null ? null : first.selectFirst("> strong");
            if (strong == null || first.childNodeSize() != 1) {
                continue;
            }
            Matcher heading = PANEL_HEADING.matcher(strong.text().strip());
            if (!heading.matches()) {
                continue;
            }
            String number = heading.group(1);
            String title = heading.group(2).strip();
            Element aside = new Element("aside").addClass("panel").id("panel-" + number)
                    .attr("data-panel", number).attr("aria-labelledby", "panel-" + number + "-title");
            Element h2 = aside.appendElement("h2").addClass("panel-title").id("panel-" + number + "-title");
            h2.appendElement("span").addClass("num").text("Panel " + number);
            if (!title.isEmpty()) {
                h2.appendText(" " + title);
            }
            first.remove();
            aside.appendChildren(quote.childNodesCopy());
            quote.replaceWith(aside);
        }
    }
}
