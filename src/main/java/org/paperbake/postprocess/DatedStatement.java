package org.paperbake.postprocess;

import java.util.Comparator;
import java.util.Locale;

/**
 * A statement of the text that carries a date: "in 2015", "in March 2021", "Between March and
 * June 2022", "Every year since 2014".
 *
 * @param startYear the first year the statement concerns
 * @param startMonth its first month (1–12), or 0 when only the year is given
 * @param endYear the last year, equal to {@code startYear} for a single date
 * @param endMonth the last month, or 0
 * @param ongoing whether the statement runs from the start onwards ("since 2014")
 * @param label the date as the chronology shows it ("March–June 2022", "Since 2014")
 * @param sentence the sentence that carries the date
 * @param place the paragraph the sentence is in
 */
record DatedStatement(
        int startYear,
        int startMonth,
        int endYear,
        int endMonth,
        boolean ongoing,
        String label,
        String sentence,
        Place place) {

    /** Chronological order; statements on the same dates keep reading order. */
    public static final Comparator<DatedStatement> TIME_ORDER = Comparator.comparingInt(DatedStatement::startYear)
            .thenComparingInt(DatedStatement::startMonth)
            .thenComparingInt(DatedStatement::endYear)
            .thenComparingInt(DatedStatement::endMonth)
            .thenComparing(DatedStatement::place, Place.READING_ORDER);

    /** The ISO form of the start, for {@code <time datetime>}: "2022", "2022-03". */
    public String isoStart() {
        return startMonth == 0
                ? String.valueOf(startYear)
                : String.format(Locale.ROOT, "%d-%02d", startYear, startMonth);
    }
}
