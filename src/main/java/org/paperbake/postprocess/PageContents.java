package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The in-page contents of a long page ("On this page"): a link to each panel and to each paragraph
 * that opens with a bold lead-in, labelled with its paragraph number and lead-in.
 *
 * <p>The template writes an empty {@code nav.page-toc[data-fill=paragraphs]}; it is filled here,
 * after {@link PinpointAnchors} has numbered the paragraphs, or removed when the page has fewer
 * than {@value #MINIMUM_ENTRIES} entries (a short page needs no contents of its own).
 */
final class PageContents {

    static final int MINIMUM_ENTRIES = 3;

    private PageContents() {}

    /** Fills or removes the page's in-page contents placeholder, if it has one. */
    public static void addTo(Document page) {
        Element nav = page.selectFirst("nav.page-toc[data-fill=paragraphs]");
        if (nav == null) {
            return;
        }
        nav.removeAttr("data-fill");
        List<Element> entries = new ArrayList<>();
        Element article = nav.closest("article");
        Element scope = article == null ? page.body() : article;
        for (Element target : scope.select("p.para, aside.panel")) {
            if (target.hasClass("panel")) {
                Element title = target.selectFirst(".panel-title");
                entries.add(entry(target.id(), "panel", title == null ? target.id() : title.text()));
            } else if (target.parent() != null && !target.parent().hasClass("panel")) {
                Element leadIn = leadInOf(target);
                if (leadIn != null) {
                    Element pin = target.selectFirst("> a.pin");
                    entries.add(
                            entry(target.id(), pin == null ? "" : PinpointAnchors.shownLabelOf(pin), leadIn.text()));
                }
            }
        }
        if (entries.size() < MINIMUM_ENTRIES) {
            nav.remove();
            return;
        }
        // The template may hold the heading in a <details> (open; closed on a phone by js/site.js).
        Element holder = nav.selectFirst("details");
        Element list = (holder == null ? nav : holder).appendElement("ol");
        entries.forEach(list::appendChild);
    }

    /** The bold sentence a paragraph opens with, right after its number, or null. */
    private static Element leadInOf(Element paragraph) {
        Element pin = paragraph.selectFirst("> a.pin");
        Node next = pin == null ? paragraph.firstChild() : pin.nextSibling();
        while (next instanceof TextNode text && text.isBlank()) {
            next = next.nextSibling();
        }
        return next instanceof Element element && element.tagName().equals("strong") ? element : null;
    }

    private static Element entry(String id, String label, String text) {
        Element item = new Element("li");
        Element link = item.appendElement("a").attr("href", "#" + id);
        if ("panel".equals(label)) {
            link.addClass("toc-panel");
        } else if (!label.isEmpty()) {
            link.appendElement("span").addClass("num").text(label);
            link.appendText(" ");
        }
        link.appendText(text.replaceAll("[.:]\\s*$", ""));
        return item;
    }
}
