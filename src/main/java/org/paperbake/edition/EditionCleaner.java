package org.paperbake.edition;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Copies a built page's text into an edition, keeping only what an edition may hold: paragraphs with
 * their pinpoint written out as text (¶ 6.1.3), panels as boxed asides with their heading, the
 * inline markup of the text, lists, quotations and tables, and links that still lead somewhere in
 * the edition or out of it. Everything else is left out (scripts, forms, images, the site's own
 * controls) or unwrapped to its text, and every attribute but the anchors and links is dropped, so
 * nothing of the page's markup but the text itself reaches the EPUB or the PDF.
 */
final class EditionCleaner {

    /** Kept with no attributes (a link keeps its target, an abbreviation its expansion). */
    private static final Set<String> KEPT = Set.of(
            "p",
            "ul",
            "ol",
            "li",
            "blockquote",
            "pre",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "strong",
            "em",
            "b",
            "i",
            "code",
            "sub",
            "sup",
            "q",
            "cite",
            "abbr",
            "br",
            "mark",
            "small",
            "s",
            "del",
            "ins",
            "dfn",
            "kbd",
            "var",
            "samp");

    /** Left out with all they hold. */
    private static final Set<String> DROPPED = Set.of(
            "script",
            "style",
            "template",
            "iframe",
            "object",
            "embed",
            "img",
            "picture",
            "svg",
            "math",
            "video",
            "audio",
            "canvas",
            "button",
            "input",
            "form",
            "select",
            "textarea",
            "nav",
            "noscript",
            "link",
            "meta",
            "head",
            "title",
            "dialog");

    /** Headings inside a text become headings one level below the part's. */
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final Function<String, Optional<String>> links;
    private final BiConsumer<String, String> termMention;
    private final int level;
    private String paragraphId = "";
    private String pinpoint = "";

    /**
     * @param links the edition's target of a link on the page ({@code #p-6-1-1}, an external URL), or
     *     empty when it leads nowhere in the edition and is unwrapped to its text
     * @param termMention told of each link into the glossary appendix: the entry's anchor and the
     *     pinpoint of the paragraph it is in
     * @param level the heading level of the part the text is in
     */
    EditionCleaner(Function<String, Optional<String>> links, BiConsumer<String, String> termMention, int level) {
        this.links = links;
        this.termMention = termMention;
        this.level = level;
    }

    /** A copy of {@code source}'s content as the children of a new {@code div}. */
    Element clean(Element source) {
        Element target = new Element("div");
        copyChildren(source, target);
        return target;
    }

    private void copyChildren(Element source, Element target) {
        for (Node child : source.childNodes()) {
            if (child instanceof TextNode text) {
                target.appendText(text.getWholeText());
            } else if (child instanceof Element element) {
                copy(element, target);
            }
        }
    }

    private void copy(Element source, Element target) {
        String tag = source.normalName();
        if (DROPPED.contains(tag)
                || source.hasAttr("hidden")
                || source.hasClass("pin")
                || source.hasClass("heading-link")
                || source.hasClass("term-definitions")) {
            return;
        }
        if (tag.equals("p") && source.hasClass("para") && source.id().startsWith("p-")) {
            paragraph(source, target);
        } else if (tag.equals("aside") && source.hasClass("panel")) {
            panel(source, target);
        } else if (tag.equals("a")) {
            link(source, target);
        } else if (HEADINGS.contains(tag)) {
            copyChildren(source, target.appendElement(heading(level + 1)));
        } else if (KEPT.contains(tag)) {
            Element copy = target.appendElement(tag);
            if (tag.equals("abbr") && source.hasAttr("title")) {
                copy.attr("title", source.attr("title"));
            }
            copyChildren(source, copy);
        } else {
            copyChildren(source, target);
        }
    }

    /** A numbered paragraph: its pinpoint as text, in a span the stylesheets set apart, then its text. */
    private void paragraph(Element source, Element target) {
        String pin = pinOf(source);
        Element copy = target.appendElement("p").attr("id", source.id()).addClass("para");
        copy.appendElement("span").addClass("pin").text("¶ " + pin);
        copy.appendText(" ");
        String outerId = paragraphId;
        String outerPin = pinpoint;
        paragraphId = source.id();
        pinpoint = pin;
        copyChildren(source, copy);
        paragraphId = outerId;
        pinpoint = outerPin;
    }

    /** The paragraph's number as the site shows it: the pin's {@code data-pin}, else made from its id. */
    private static String pinOf(Element paragraph) {
        Element pin = paragraph.selectFirst("> a.pin[data-pin]");
        if (pin != null && !pin.attr("data-pin").isBlank()) {
            return pin.attr("data-pin");
        }
        return paragraph.id().substring("p-".length()).replace('-', '.').toUpperCase(java.util.Locale.ROOT);
    }

    /** A panel: a boxed aside whose title is a heading below the part's. */
    private void panel(Element source, Element target) {
        Element aside = target.appendElement("aside").addClass("panel");
        if (source.id().startsWith("panel-")) {
            aside.attr("id", source.id());
        }
        Element title = source.selectFirst("> .panel-title");
        if (title != null) {
            Element heading = aside.appendElement(heading(level + 1)).addClass("panel-title");
            copyChildren(title, heading);
        }
        for (Node child : source.childNodes()) {
            if (child == title) {
                continue;
            }
            if (child instanceof Element element) {
                copy(element, aside);
            } else if (child instanceof TextNode text && !text.isBlank()) {
                aside.appendText(text.getWholeText());
            }
        }
    }

    private void link(Element source, Element target) {
        Optional<String> href = links.apply(source.attr("href"));
        if (href.isEmpty()) {
            copyChildren(source, target);
            return;
        }
        Element copy = target.appendElement("a").attr("href", href.get());
        if (href.get().startsWith("#" + EditionReader.TERM_PREFIX) && !paragraphId.isEmpty()) {
            termMention.accept(href.get().substring(1), paragraphId + "\n" + pinpoint);
        }
        copyChildren(source, copy);
    }

    private static String heading(int level) {
        return "h" + Math.min(6, Math.max(2, level));
    }

    /** The anchors a cleaned text holds, mapped to what they are: for links that must stay inside it. */
    static void collectIds(Element cleaned, Map<String, String> ids, String where) {
        cleaned.select("[id]").forEach(element -> ids.putIfAbsent(element.id(), where));
    }
}
