package org.paperbake.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperbake.content.Pinpoints;
import org.paperbake.kernel.ParagraphIds;

/**
 * A content file's text as the history sees it: its front matter's few settings and its numbered
 * paragraphs, each with its permanent identifier (if it has one) and its positional anchor, counted
 * as the post-processor counts them (¶ 6.1.3, a panel's ¶ P8.1; a panel's title line and headings
 * are not numbered).
 */
final class Paragraphs {

    private static final Pattern PANEL_TITLE = Pattern.compile("^\\*\\*Panel\\s+(\\d+)\\b.*");
    private static final Pattern NOT_A_PARAGRAPH = Pattern.compile("^(#{1,6}\\s|[-*+]\\s|\\d{1,9}[.)]\\s).*");

    /** The pattern of each setting read, compiled once. */
    private static final Map<String, Pattern> SETTINGS = new ConcurrentHashMap<>();

    private Paragraphs() {}

    /**
     * One block of a version of a file.
     *
     * @param id the permanent identifier, or empty
     * @param anchor the positional anchor ({@code p-6-1-3}), or empty for a block that is not numbered
     * @param text the block's Markdown without the identifier
     */
    record Para(Optional<String> id, Optional<String> anchor, String text) {}

    /**
     * A version of a content file.
     *
     * @param type its front matter's {@code type}
     * @param title its {@code title}
     * @param generated its {@code generated:} hash, or empty
     * @param paragraphs its blocks in order
     */
    record Version(String type, String title, Optional<String> generated, List<Para> paragraphs) {

        boolean isTerm() {
            return type.equals("term");
        }
    }

    /** Reads a version of a content file; text that is not a content file gives no paragraphs. */
    static Version read(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            return new Version("", "", Optional.empty(), List.of());
        }
        int close = normalised.indexOf("\n---\n", 3);
        if (close < 0) {
            return new Version("", "", Optional.empty(), List.of());
        }
        String front = normalised.substring(4, close + 1);
        String body = normalised.substring(close + 5);
        String type = setting(front, "type").orElse("");
        String prefix = Pinpoints.paragraphPrefix(setting(front, "number").orElse(""));
        List<Para> paragraphs = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        int paragraph = 0;
        String panel = null;
        int panelParagraph = 0;
        for (ParagraphIds.Block block : ParagraphIds.blocks(body)) {
            boolean quoted = lines[block.firstLine() - 1].strip().startsWith(">");
            Matcher panelTitle = PANEL_TITLE.matcher(block.text());
            Optional<String> anchor = Optional.empty();
            if (quoted && panelTitle.matches()) {
                panel = panelTitle.group(1);
                panelParagraph = 0;
            } else if (quoted && panel != null) {
                panelParagraph++;
                anchor = Optional.of(anchorOf("P" + panel + "." + panelParagraph));
            } else if (!quoted && !NOT_A_PARAGRAPH.matcher(block.text()).matches()) {
                panel = null;
                paragraph++;
                anchor = Optional.of(anchorOf(prefix + "." + paragraph));
            }
            paragraphs.add(new Para(block.id(), anchor, block.text()));
        }
        return new Version(
                type, setting(front, "title").orElse(""), setting(front, "generated"), List.copyOf(paragraphs));
    }

    /** The anchor of a paragraph numbered {@code label}, as {@code PinpointAnchors} writes it. */
    static String anchorOf(String label) {
        return "p-" + label.toLowerCase(Locale.ROOT).replace('.', '-');
    }

    /** A one-line setting's value, its quotes removed. */
    private static Optional<String> setting(String front, String key) {
        Matcher matcher = SETTINGS.computeIfAbsent(key, k -> Pattern.compile("(?m)^" + k + ":[ \\t]*(.*?)[ \\t]*$"))
                .matcher(front);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String value = matcher.group(1);
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return Optional.of(value);
    }
}
