package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits paragraph text into sentences and cuts a keyword-in-context snippet around a mention.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} (perhaps followed by a closing quote or
 * bracket) before white space and a capital letter or an opening quote, or at the end of the text.
 * Decimal points and "US$50" do not end sentences because no space follows them.
 */
final class Sentences {

    /** Longer sentences are cut to this many characters either side of the mention. */
    static final int CONTEXT = 140;

    /**
     * A snippet: the text before the mention, the mention, and the text after it.
     *
     * @param before the context before, starting at a word (with "… " when cut)
     * @param mention the mention as written
     * @param after the context after, ending at a word (with " …" when cut)
     */
    public record Snippet(String before, String mention, String after) {

        /** The snippet as plain text. */
        public String text() {
            return before + mention + after;
        }
    }

    private Sentences() {}

    /** The [start, end) ranges of the sentences of {@code text}, stripped of surrounding white space. */
    public static List<int[]> split(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < text.length() && isCloser(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end);
                if (next > end && (next == text.length() || startsSentence(text.charAt(next)))) {
                    sentences.add(new int[] {start, end});
                    start = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new int[] {start, end});
        }
        return sentences;
    }

    /** The sentence of {@code text} around {@code [start, end)}, cut to {@link #CONTEXT} either side. */
    public static Snippet around(String text, int start, int end) {
        return around(text, split(text), start, end);
    }

    /** As {@link #around(String, int, int)}, with the sentences of {@code text} already split. */
    public static Snippet around(String text, List<int[]> sentences, int start, int end) {
        int from = 0;
        int to = text.length();
        for (int[] sentence : sentences) {
            if (sentence[0] <= start && start < sentence[1]) {
                from = sentence[0];
                to = Math.max(sentence[1], end);
                break;
            }
        }
        String before = text.substring(from, start);
        String after = text.substring(end, to);
        if (before.length() > CONTEXT) {
            String cut = before.substring(before.length() - CONTEXT);
            int space = cut.indexOf(' ');
            before = "… " + (space >= 0 ? cut.substring(space + 1) : cut);
        }
        if (after.length() > CONTEXT) {
            String cut = after.substring(0, CONTEXT);
            int space = cut.lastIndexOf(' ');
            after = (space > 0 ? cut.substring(0, space) : cut) + " …";
        }
        return new Snippet(before.stripLeading(), text.substring(start, end), after.stripTrailing());
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '(';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
