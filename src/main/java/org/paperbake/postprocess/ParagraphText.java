package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A body paragraph's text as the term linker reads it: the text without the pinpoint number, and
 * the text nodes a term link may go in (not those inside a link already), each with
 * where its text starts in the paragraph's.
 */
final class ParagraphText {

    private final StringBuilder text = new StringBuilder();
    private final List<TextNode> linkable = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final List<TextNode> inLinks = new ArrayList<>();
    private final List<Integer> inLinkOffsets = new ArrayList<>();

    private ParagraphText() {}

    /** Reads {@code paragraph}. */
    static ParagraphText of(Element paragraph) {
        ParagraphText read = new ParagraphText();
        read.collect(paragraph);
        return read;
    }

    /** The paragraph's text. */
    String text() {
        return text.toString();
    }

    /** The text nodes a term link may go in, in text order. */
    List<TextNode> linkable() {
        return linkable;
    }

    /** Where the text of {@code linkable().get(i)} starts in {@link #text()}. */
    int offsetOf(int i) {
        return offsets.get(i);
    }

    /** The text nodes inside a link the content wrote, in text order: read for coverage, never linked. */
    List<TextNode> inLinks() {
        return inLinks;
    }

    /** Where the text of {@code inLinks().get(i)} starts in {@link #text()}. */
    int inLinkOffsetOf(int i) {
        return inLinkOffsets.get(i);
    }

    private void collect(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                if (!isInsideLink(element)) {
                    linkable.add(textNode);
                    offsets.add(text.length());
                } else {
                    inLinks.add(textNode);
                    inLinkOffsets.add(text.length());
                }
                text.append(textNode.getWholeText());
            } else if (child instanceof Element inner && !inner.hasClass("pin")) {
                collect(inner);
            }
        }
    }

    private static boolean isInsideLink(Element parent) {
        for (Element e = parent; e != null && !e.hasClass("para"); e = e.parent()) {
            if (e.tagName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
