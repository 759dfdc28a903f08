package org.paperbake.postprocess;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A paragraph's plain text and where glossary names were found in it, for the coverage check.
 *
 * <p>{@link #covers} is asked once per capitalised word, so it is a binary search over the spans
 * sorted by start (with the furthest end reached so far), not a scan of every span: a paragraph of
 * 50,000 mentions would otherwise take 50,000² steps.
 */
final class ParagraphScan {

    private final Place place;
    private final String text;
    private final List<int[]> spans;
    private final int[] starts;
    private final int[] furthestEnds;

    /**
     * @param place the paragraph
     * @param text its text without the pinpoint number
     * @param spans the [start, end) ranges of every mention, nested ones included
     */
    ParagraphScan(Place place, String text, List<int[]> spans) {
        this.place = place;
        this.text = text;
        this.spans = List.copyOf(spans);
        int[][] sorted = this.spans.toArray(new int[0][]);
        Arrays.sort(sorted, Comparator.comparingInt(span -> span[0]));
        starts = new int[sorted.length];
        furthestEnds = new int[sorted.length];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i][0];
            furthest = Math.max(furthest, sorted[i][1]);
            furthestEnds[i] = furthest;
        }
    }

    /** The paragraph. */
    public Place place() {
        return place;
    }

    /** Its text without the pinpoint number. */
    public String text() {
        return text;
    }

    /** The [start, end) ranges of every mention, nested ones included. */
    public List<int[]> spans() {
        return spans;
    }

    /** Whether {@code [start, end)} lies inside one mention: O(log spans). */
    public boolean covers(int start, int end) {
        int low = 0;
        int high = starts.length - 1;
        int last = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= start) {
                last = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return last >= 0 && furthestEnds[last] >= end;
    }
}
