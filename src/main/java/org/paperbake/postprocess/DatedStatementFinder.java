package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link DatedStatement}s of a paragraph's text: ranges ("Between March and June 2022"),
 * "since" ("Every year since 2014"), a month and year ("in March 2021") and bare years ("in 2015").
 */
final class DatedStatementFinder {

    private static final List<String> MONTHS = List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    private static final List<String> MONTH_NAMES =
            MONTHS.stream().map(month -> capitalise(month) + " ").toList();
    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String YEAR = "((?:1[89]|20)\\d\\d)(?![\\d,]\\d)";
    private static final Pattern RANGE =
            Pattern.compile("(?:[Bb]etween|[Ff]rom) " + MONTH + " (?:and|to) " + MONTH + " " + YEAR);
    private static final Pattern SINCE = Pattern.compile("(?:[Ee]very year )?[Ss]ince (?:" + MONTH + " )?" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + " " + YEAR);
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d$,.])\\b" + YEAR + "\\b");

    private DatedStatementFinder() {}

    /**
     * Every dated statement of a paragraph's text, in text order. A year already part of a range or
     * a month in the same sentence ("Between March and June 2022 … First Light 2022") adds nothing.
     */
    static List<DatedStatement> findIn(String text, Place place) {
        List<DatedStatement> found = new ArrayList<>();
        if (!mayHoldYear(text, 0, text.length())) {
            return found;
        }
        for (int[] range : Sentences.split(text)) {
            if (!mayHoldYear(text, range[0], range[1])) {
                continue;
            }
            found.addAll(findInSentence(text.substring(range[0], range[1]), place));
        }
        return found;
    }

    /** Every dated statement of one sentence that holds a year, in text order. */
    private static List<DatedStatement> findInSentence(String sentence, Place place) {
        List<int[]> taken = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<Found> inSentence = new ArrayList<>();
        // Each costly pattern only where the words it needs are in the sentence.
        boolean namesAMonth = mayHoldMonth(sentence);
        boolean mayBeRange = namesAMonth && mayHoldRange(sentence);
        Matcher m = RANGE.matcher(sentence);
        while (mayBeRange && m.find()) {
            int year = Integer.parseInt(m.group(3));
            int from = month(m.group(1));
            int to = month(m.group(2));
            inSentence.add(new Found(
                    m.start(),
                    new DatedStatement(
                            year,
                            from,
                            year,
                            to,
                            false,
                            capitalise(m.group(1)) + "\u2013" + capitalise(m.group(2)) + " " + year,
                            sentence,
                            place)));
            taken.add(new int[] {m.start(), m.end()});
            years.add(year);
        }
        m = SINCE.matcher(sentence);
        boolean since = sentence.contains("ince ");
        while (since && m.find()) {
            if (free(taken, m.start(), m.end())) {
                int year = Integer.parseInt(m.group(2));
                int from = m.group(1) == null ? 0 : month(m.group(1));
                String label = "Since " + (m.group(1) == null ? "" : capitalise(m.group(1)) + " ") + year;
                inSentence.add(
                        new Found(m.start(), new DatedStatement(year, from, year, from, true, label, sentence, place)));
                taken.add(new int[] {m.start(), m.end()});
                years.add(year);
            }
        }
        m = MONTH_YEAR.matcher(sentence);
        while (namesAMonth && m.find()) {
            if (free(taken, m.start(), m.end())) {
                int year = Integer.parseInt(m.group(2));
                int month = month(m.group(1));
                inSentence.add(new Found(
                        m.start(),
                        new DatedStatement(
                                year,
                                month,
                                year,
                                month,
                                false,
                                capitalise(m.group(1)) + " " + year,
                                sentence,
                                place)));
                taken.add(new int[] {m.start(), m.end()});
                years.add(year);
            }
        }
        m = BARE_YEAR.matcher(sentence);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (free(taken, m.start(), m.end()) && !years.contains(year)) {
                inSentence.add(new Found(
                        m.start(), new DatedStatement(year, 0, year, 0, false, String.valueOf(year), sentence, place)));
                years.add(year);
            }
        }
        inSentence.sort(Comparator.comparingInt(Found::at));
        return inSentence.stream().map(Found::statement).toList();
    }

    private record Found(int at, DatedStatement statement) {}

    /**
     * Whether {@code text[start, end)} has four digits in a row starting 18, 19 or 20: every pattern
     * needs a year, and most sentences have none, so this skips the four regex searches for them.
     */
    private static boolean mayHoldYear(String text, int start, int end) {
        for (int i = start; i + 4 <= end; i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if ((first == '1' && (second == '8' || second == '9') || first == '2' && second == '0')
                    && isDigit(text.charAt(i + 2))
                    && isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code sentence} has the words a range starts with: most have none, and the pattern is costly to run. */
    private static boolean mayHoldRange(String sentence) {
        return sentence.contains("etween ") || sentence.contains("rom ");
    }

    /** Whether {@code sentence} has a month's name followed by a space, which every month pattern needs. */
    private static boolean mayHoldMonth(String sentence) {
        for (String month : MONTH_NAMES) {
            if (sentence.contains(month)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        return taken.stream().noneMatch(span -> start < span[1] && span[0] < end);
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    private static String capitalise(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
