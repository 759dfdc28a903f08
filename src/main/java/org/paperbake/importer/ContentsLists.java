package org.paperbake.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds a contents list printed before the text ({@code Contents}, then {@code Preface},
 * {@code I. …}, {@code Conclusion}), so that its entries are not read as sections, each twice.
 *
 * <p>A list is a run of heading lines with no text between them whose first entry comes again
 * later as a heading: after a {@code Contents} (or {@code Table of Contents}) line, one entry is
 * enough and the first entry may come again anywhere below; without that line, the list needs two
 * entries and the text must start right after it with the first entry again.
 */
final class ContentsLists {

    private static final Pattern LABEL = Pattern.compile("(?i)(?:table\\s+of\\s+)?contents\\s*:?");

    private final List<String> source;
    private final IntPredicate isText;
    private final BiConsumer<Integer, String> drop;

    /**
     * @param source the lines of the file
     * @param isText whether the line at a 0-based index is text (not blank, not already dropped)
     * @param drop drops the line at a 0-based index with a reason
     */
    ContentsLists(List<String> source, IntPredicate isText, BiConsumer<Integer, String> drop) {
        this.source = source;
        this.isText = isText;
        this.drop = drop;
    }

    /** Drops every contents list found, with its label line. */
    void mark() {
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            if (isText.test(i)) {
                text.add(i);
            }
        }
        for (int k = 0; k < text.size(); k++) {
            String line = lineAt(text, k);
            boolean labelled = LABEL.matcher(line).matches();
            if (!labelled && !WhitePaperParser.isSectionHeading(line)) {
                continue;
            }
            int start = labelled ? k + 1 : k;
            if (start >= text.size() || !WhitePaperParser.isSectionHeading(lineAt(text, start))) {
                continue;
            }
            String first = key(lineAt(text, start));
            int end = start + 1;
            while (end < text.size()
                    && isEntry(lineAt(text, end))
                    && !key(lineAt(text, end)).equals(first)) {
                end++;
            }
            int again = labelled ? firstAgain(text, end, first) : directlyAgain(text, end, first);
            if (again >= 0 && end - start >= (labelled ? 1 : 2)) {
                int textLine = text.get(again) + 1;
                if (labelled) {
                    drop.accept(text.get(k), "contents heading");
                }
                for (int j = start; j < end; j++) {
                    drop.accept(text.get(j), "contents list entry (the text from line " + textLine + " holds it)");
                }
                k = end - 1;
            }
        }
    }

    private int firstAgain(List<Integer> text, int from, String first) {
        for (int m = from; m < text.size(); m++) {
            if (key(lineAt(text, m)).equals(first)) {
                return m;
            }
        }
        return -1;
    }

    private int directlyAgain(List<Integer> text, int at, String first) {
        return at < text.size() && key(lineAt(text, at)).equals(first) ? at : -1;
    }

    private String lineAt(List<Integer> text, int k) {
        return Boilerplate.trim(source.get(text.get(k)));
    }

    private static boolean isEntry(String line) {
        return WhitePaperParser.isSectionHeading(line) || WhitePaperParser.isSubsectionHeading(line);
    }

    private static String key(String line) {
        return line.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
