package org.paperbake.postprocess;

import java.util.List;

/**
 * A paragraph's plain text and where glossary names were found in it, for the coverage check.
 *
 * @param place the paragraph
 * @param text its text without the pinpoint number
 * @param spans the [start, end) ranges of every mention, nested ones included
 */
record ParagraphScan(Place place, String text, List<int[]> spans) {

    /** Whether {@code [start, end)} lies inside one mention. */
    public boolean covers(int start, int end) {
        return spans.stream().anyMatch(span -> span[0] <= start && end <= span[1]);
    }
}
