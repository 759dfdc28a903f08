package org.paperbake.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the boxed panels in a page body rendered from Markdown.
 *
 * <p>A panel is written as a blockquote whose first paragraph is only bold text
 * {@code **Panel 8 — Title**}, which reads well on GitHub. One rule, used both to turn panels into
 * asides (the post-processor's {@code PinpointAnchors}) and to list them in the cover's contents.
 */
public final class Panels {

    /** A panel: its number as written and its title (possibly empty). */
    public record Panel(String number, String title, Element blockquote) {}

    private static final Pattern PANEL_HEADING =
            Pattern.compile("Panel\\s+(\\d+)\\s*(?:[—–:-]\\s*)?(.*)", Pattern.DOTALL);

    private Panels() {}

    /** The panels among the direct children of {@code container}, in document order. */
    public static List<Panel> find(Element container) {
        List<Panel> panels = new ArrayList<>();
        for (Element quote : container.select("> blockquote")) {
            Element first = quote.selectFirst("> p");
            Element strong = first == null ? null : first.selectFirst("> strong");
            if (strong == null || first.childNodeSize() != 1) {
                continue;
            }
            Matcher heading = PANEL_HEADING.matcher(strong.text().strip());
            if (heading.matches()) {
                panels.add(new Panel(heading.group(1), heading.group(2).strip(), quote));
            }
        }
        return panels;
    }
}
