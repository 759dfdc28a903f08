package org.paperbake.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A word-level redline of two texts: words removed in {@code <del>}, words added in {@code <ins>},
 * the rest as it was. Written as text nodes, so nothing in either text is ever markup.
 */
final class Redline {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}’'-]+|[^\\s\\p{L}\\p{N}]");

    /** What kind of difference two texts have. */
    enum Difference {
        NONE("no change"),
        WHITESPACE("whitespace only"),
        PUNCTUATION("punctuation only"),
        WORDING("wording");

        private final String label;

        Difference(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private Redline() {}

    /** Whether the two texts differ only in spacing, only in punctuation (and spacing), or in words. */
    static Difference classify(String before, String after) {
        if (before.equals(after)) {
            return Difference.NONE;
        }
        if (before.replaceAll("\\s+", " ")
                .strip()
                .equals(after.replaceAll("\\s+", " ").strip())) {
            return Difference.WHITESPACE;
        }
        String a = before.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String b = after.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return a.equals(b) ? Difference.PUNCTUATION : Difference.WORDING;
    }

    /** Unchanged words kept on each side of a change when the rest is elided. */
    private static final int CONTEXT = 24;

    /** Appends to {@code into} the whole redline from {@code before} to {@code after}. */
    static void append(Element into, String before, String after) {
        append(into, before, after, Integer.MAX_VALUE);
    }

    /**
     * Appends to {@code into} the redline from {@code before} to {@code after}, with long unchanged
     * runs shortened to {@value #CONTEXT} tokens either side of each change and an ellipsis.
     */
    static void appendShort(Element into, String before, String after) {
        append(into, before, after, CONTEXT);
    }

    private static void append(Element into, String before, String after, int context) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        int position = 0;
        List<AbstractDelta<String>> deltas = patch.getDeltas();
        for (int d = 0; d < deltas.size(); d++) {
            AbstractDelta<String> delta = deltas.get(d);
            int start = delta.getSource().getPosition();
            into.appendText(unchanged(a.subList(position, start), context, position == 0, false));
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (!removed.isEmpty()) {
                into.appendElement("del").text(visible(String.join("", removed)));
            }
            if (!added.isEmpty()) {
                into.appendElement("ins").text(visible(String.join("", added)));
            }
            position = start + removed.size();
        }
        into.appendText(unchanged(a.subList(position, a.size()), context, deltas.isEmpty(), true));
    }

    /** An unchanged run: whole when short; otherwise its ends next to the changes, with an ellipsis. */
    private static String unchanged(List<String> run, int context, boolean first, boolean last) {
        if (run.size() <= 2 * context || context == Integer.MAX_VALUE || first && last) {
            return String.join("", run);
        }
        String head = first ? "" : String.join("", run.subList(0, context));
        String tail = last ? "" : String.join("", run.subList(run.size() - context, run.size()));
        return (first ? "… " : head) + (first || last ? "" : " … ") + (last ? " …" : tail);
    }

    /** A change of spacing alone would be invisible: show it. */
    private static String visible(String text) {
        return text.isBlank() ? text.replace("\n", "⏎").replace(' ', '␣').replace('\t', '⇥') : text;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
