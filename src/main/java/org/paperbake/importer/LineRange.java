package org.paperbake.importer;

/**
 * An inclusive range of 1-based line numbers in the source file.
 *
 * @param first the first line
 * @param last the last line, never before {@code first}
 */
record LineRange(int first, int last) {

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad line range " + first + "-" + last);
        }
    }

    /** A range of one line. */
    public static LineRange of(int line) {
        return new LineRange(line, line);
    }

    /** The smallest range covering this range and {@code other}. */
    public LineRange span(LineRange other) {
        return new LineRange(Math.min(first, other.first), Math.max(last, other.last));
    }

    /** The GitHub-style anchor {@code L16-L22} used in {@code source:} front matter. */
    public String anchor() {
        return "L" + first + "-L" + last;
    }
}
