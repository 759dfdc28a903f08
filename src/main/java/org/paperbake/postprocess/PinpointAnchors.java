package org.paperbake.postprocess;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.content.EditorNotes;
import org.paperbake.content.Panels;
import org.paperbake.content.Pinpoints;
import org.paperbake.kernel.ParagraphIds;

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

    private static final String LABEL_ATTRIBUTE = "data-pin";

    /** A block's permanent identifier, as the renderer carries it from the Markdown. */
    public static final String PERMANENT_ID = "data-pid";

    private PinpointAnchors() {}

    /**
     * Adds panels and paragraph numbers to every {@code article.document-part} of {@code page}: one
     * on a section's own page, one per part on the full text, each numbered from its own
     * {@code data-number}.
     */
    public static void addTo(Document page) {
        for (Element article : page.select("article.document-part")) {
            addToPart(article);
        }
    }

    private static void addToPart(Element article) {
        Element text = article.selectFirst("div.text");
        if (text == null) {
            return;
        }
        String prefix = paragraphPrefix(article.attr("data-number"));
        convertPanels(text, panelHeadingLevel(article));
        List<EditorNotes.Note> notes = EditorNotes.find(text);
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
        convertNotes(notes);
        anchorPermanentIds(text);
    }

    /**
     * Makes each editor's note an attributed aside after its paragraph: labelled "Editor's note",
     * linked to the paragraph it annotates, with an id of its own ({@code note-6-1-3}, then
     * {@code note-6-1-3-2} for a second note on the same paragraph). The note is never inside the
     * paragraph, so the paragraph's text, copy and citation stay the document's, and it is not
     * numbered as a paragraph.
     */
    private static void convertNotes(List<EditorNotes.Note> notes) {
        java.util.Map<String, Integer> perParagraph = new java.util.HashMap<>();
        for (EditorNotes.Note note : notes) {
            Element paragraph = note.paragraph();
            Element pin = paragraph.selectFirst("> a.pin");
            if (pin == null) {
                continue;
            }
            String label = labelOf(pin);
            int count = perParagraph.merge(paragraph.id(), 1, Integer::sum);
            String id = "note-" + paragraph.id().substring("p-".length()) + (count > 1 ? "-" + count : "");
            Element quote = note.blockquote();
            EditorNotes.removeMarker(quote);
            Element aside = new Element("aside")
                    .addClass("editor-note")
                    .id(id)
                    .attr("data-note-for", paragraph.id())
                    .attr("aria-labelledby", id + "-label");
            Element heading =
                    aside.appendElement("p").addClass("editor-note-label").id(id + "-label");
            heading.appendText("Editor's note ");
            heading.appendElement("a").attr("href", "#" + paragraph.id()).text("on ¶ " + label);
            aside.appendChildren(quote.childNodesCopy());
            quote.replaceWith(aside);
        }
    }

    /**
     * Each block's permanent identifier ({@code data-pid}, from its {@code <!-- ¶ k3f9q -->}) is an
     * anchor too, {@code #para-k3f9q}, beside the positional one: an empty element at its end, so
     * the block's text and first child stay as they were.
     */
    private static void anchorPermanentIds(Element text) {
        for (Element identified : text.select("[" + PERMANENT_ID + "]")) {
            identified.appendElement("span").addClass("pid").id(ParagraphIds.anchor(identified.attr(PERMANENT_ID)));
        }
    }

    /** A panel's heading sits one level below the part's own heading (h2 under h1, h4 under h3 on the full text). */
    private static int panelHeadingLevel(Element article) {
        Element heading = article.selectFirst("h1, h2, h3, h4, h5");
        return heading == null ? 2 : Integer.parseInt(heading.tagName().substring(1)) + 1;
    }

    /** The prefix of a page's paragraph numbers: "6.1" stays, "VI" stays, a word gives its initial. */
    static String paragraphPrefix(String number) {
        return Pinpoints.paragraphPrefix(number);
    }

    /** The id of a paragraph numbered {@code label}: "6.1.3" → "p-6-1-3", "P8.1" → "p-p8-1". */
    static String idFor(String label) {
        return "p-" + label.toLowerCase(Locale.ROOT).replace('.', '-');
    }

    /** The label of a paragraph's number, {@code 6.1.3}, from its {@code a.pin}. */
    static String labelOf(Element pin) {
        return pin.attr(LABEL_ATTRIBUTE);
    }

    /** The number as the page shows it, {@code ¶ 6.1.3}. */
    static String shownLabelOf(Element pin) {
        return "¶ " + labelOf(pin);
    }

    /**
     * The number is drawn from {@value #LABEL_ATTRIBUTE} by a CSS pseudo-element rather than
     * written as text: a paragraph's text — selected and copied, its textContent, what is found in
     * the page — is then the document's alone, while the link keeps its name for screen readers.
     */
    private static void pin(Element paragraph, String label) {
        String id = idFor(label);
        paragraph.id(id);
        paragraph.addClass("para");
        paragraph
                .prependElement("a")
                .addClass("pin")
                .attr("href", "#" + id)
                .attr("aria-label", "Paragraph " + label + ", link to this paragraph")
                .attr(LABEL_ATTRIBUTE, label);
    }

    private static void convertPanels(Element text, int headingLevel) {
        for (Panels.Panel panel : Panels.find(text)) {
            String number = panel.number();
            Element aside = new Element("aside")
                    .addClass("panel")
                    .id("panel-" + number)
                    .attr("data-panel", number)
                    .attr("aria-labelledby", "panel-" + number + "-title");
            Element heading = aside.appendElement("h" + headingLevel)
                    .addClass("panel-title")
                    .id("panel-" + number + "-title");
            heading.appendElement("span").addClass("num").text("Panel " + number);
            if (!panel.title().isEmpty()) {
                heading.appendText(" " + panel.title());
            }
            Element quote = panel.blockquote();
            Element titleLine = quote.selectFirst("> p");
            if (titleLine.hasAttr(PERMANENT_ID)) {
                aside.attr(PERMANENT_ID, titleLine.attr(PERMANENT_ID));
            }
            titleLine.remove();
            aside.appendChildren(quote.childNodesCopy());
            quote.replaceWith(aside);
        }
    }
}
