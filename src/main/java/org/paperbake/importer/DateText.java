package org.paperbake.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as web copies of white papers write them: {@code January 19, 2023}, {@code Jan 19, 2023},
 * {@code 19 January 2023}, {@code 2023-03-17}, {@code 2023/03/17}, with or without a time of day
 * ({@code 07:17}, {@code 09:40:12}) before or after; and months alone ({@code January 2021},
 * {@code (March 2023)}). Month names must be English month names or their usual abbreviations, so
 * that "Marble 3, 2020" is no date. Every pattern is anchored and linear.
 */
final class DateText {

    private static final String TIME =
            "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[AaPp]\\.?[Mm]\\.?|[A-Z]{2,4}|[+-]\\d{2}:?\\d{2}))?";
    private static final Pattern LEADING_TIME = Pattern.compile("(?:" + TIME + ")\\s*,?\\s+(.+)");
    private static final Pattern TRAILING_TIME = Pattern.compile("(.+?)\\s*,?\\s+(?:" + TIME + ")");
    private static final Pattern ISO = Pattern.compile("(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\(?\\s*(\\p{L}{3,9})\\.?,?\\s+(\\d{4})\\s*\\)?");

    private DateText() {}

    /** The day {@code text} names, a time of day around it allowed; empty when it is no date. */
    static Optional<LocalDate> day(String text) {
        String date = withoutTime(text.strip());
        Matcher iso = ISO.matcher(date);
        if (iso.matches()) {
            int month = Integer.parseInt(iso.group(3));
            return month >= 1 && month <= 12
                    ? of(iso.group(1), Optional.of(Month.of(month)), iso.group(4))
                    : Optional.empty();
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(date);
        if (mdy.matches()) {
            return of(mdy.group(3), month(mdy.group(1)), mdy.group(2));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(date);
        if (dmy.matches()) {
            return of(dmy.group(3), month(dmy.group(2)), dmy.group(1));
        }
        return Optional.empty();
    }

    /** The month a line such as {@code January 2021} or {@code (March 2023)} names; empty otherwise. */
    static Optional<YearMonth> month(String text, boolean fullNameOnly) {
        Matcher m = MONTH_YEAR.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Month> month = month(m.group(1));
        if (month.isEmpty() || (fullNameOnly && !month.get().name().equalsIgnoreCase(m.group(1)))) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        return year >= 1800 && year <= 2199 ? Optional.of(YearMonth.of(year, month.get())) : Optional.empty();
    }

    /** An English month by its full name, its three-letter abbreviation or "Sept"; any case. */
    static Optional<Month> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (lower.equals(full)
                    || lower.equals(full.substring(0, 3))
                    || (month == Month.SEPTEMBER && lower.equals("sept"))) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static String withoutTime(String text) {
        Matcher leading = LEADING_TIME.matcher(text);
        if (leading.matches()) {
            return leading.group(1);
        }
        Matcher trailing = TRAILING_TIME.matcher(text);
        return trailing.matches() ? trailing.group(1) : text;
    }

    private static Optional<LocalDate> of(String year, Optional<Month> month, String day) {
        if (month.isEmpty()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1800 || y > 2199) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, month.get(), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
