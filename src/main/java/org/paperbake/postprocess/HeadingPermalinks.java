package org.paperbake.postprocess;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A permalink on every heading of the document's text that has an id (headings in the body, panel
 * headings, the parts' headings on the full text): a small "#" link after the
 * heading text (drawn by CSS, so the heading's text stays as it is), named for screen readers.
 * A panel's heading links to the panel itself.
 */
final class HeadingPermalinks {

    private HeadingPermalinks() {}

    /** Adds the permalinks to {@code page}. */
    public static void addTo(Document page) {
        for (Element heading : page.select("main .text :is(h2, h3, h4)[id], main .panel-title[id], "
                + "main article.document-part > :is(h2, h3)[id]")) {
            if (heading.selectFirst("a.heading-link") != null) {
                continue;
            }
            Element panel = heading.hasClass("panel-title") ? heading.closest("aside.panel") : null;
            String target = panel == null ? heading.id() : panel.id();
            heading.appendElement("a")
                    .addClass("heading-link")
                    .attr("href", "#" + target)
                    .attr("aria-label", "Link to “" + heading.text() + "”");
        }
    }
}
