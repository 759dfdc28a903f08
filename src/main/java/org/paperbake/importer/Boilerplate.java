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
 * Recognises the lines a web page wraps around a white paper's text: site furniture to drop, and
 * lines that carry metadata. Every pattern is anchored and linear, so no line can make it hang.
 */
final class Boilerplate {

    private static final Pattern SHARE_WIDGET = Pattern.compile("Share\\s*[-\u2013\u2014]\\s*\\S.{0,40}");
    private static final Pattern SCIO_PAGE_MARKER = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,3})");
    private static final Pattern PAGINATION = Pattern.compile(
            "(?i)((?:[<\u2039\u00AB\u2190]+\\s*(?:prev(?:ious)?(?:\\s+page)?)?|prev(?:ious)?(?:\\s+page)?)\\s*)?"
                    + "(\\[?\\d{1,3}\\]?(?:\\s+\\[?\\d{1,3}\\]?)*)"
                    + "(\\s*(?:next(?:\\s+page)?\\s*[>\u203A\u00BB\u2192]*|[>\u203A\u00BB\u2192]+))?");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(copyright|\u00A9|\\(c\\)).{0,600}");
    private static final Pattern COPYRIGHT_SIGN_AND_YEAR =
            Pattern.compile("(?i)(copyright\\s*)?(\u00A9|\\(c\\)).*\\d{4}.*");
    private static final Pattern HOST =
            Pattern.compile("(?i)(?=.{4,253})(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Pattern UPDATED =
            Pattern.compile("Updated:\\s*([A-Z][a-z]{2})[a-z]*\\.?\\s+(\\d{1,2}),\\s*(\\d{4})(?:\\s+(\\S.*))?");
    private static final Pattern SCIO_DATE = Pattern.compile("\\(([A-Z][a-z]+)\\s+(\\d{4})\\)");
    private static final String SCIO = "The State Council Information Office of the People's Republic of China";

    private Boilerplate() {}

    /**
     * Pagination links of a web copy ({@code < 1 2 3 4 5 6}).
     *
     * @param part which page this is, or 0 when the links don't tell
     * @param parts how many pages there are
     * @param certain false when {@code part} could not be read from the arrows alone
     */
    record Pagination(int part, int parts, boolean certain) {}

    /** A China Daily "Updated:" line: the date and the outlet named after it (may be null). */
    record Updated(LocalDate date, String publication) {}

    /** Whether the line holds nothing but whitespace, non-breaking spaces included. */
    static boolean isBlank(String line) {
        return line.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** The line without leading and trailing whitespace, non-breaking spaces included. */
    static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static boolean isShareWidget(String line) {
        return SHARE_WIDGET.matcher(line).matches();
    }

    /** China's website registration (ICP) and public-security filing lines. */
    static boolean isRegistration(String line) {
        return line.contains("ICP备") || line.contains("ICP证") || line.contains("公网安备");
    }

    /** An SCIO page marker such as {@code 3 / 8}: the page number, or empty when not a marker. */
    static Optional<String> scioPageMarker(String line) {
        Matcher m = SCIO_PAGE_MARKER.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int page = Integer.parseInt(m.group(1));
        int pages = Integer.parseInt(m.group(2));
        return page >= 1 && page <= pages ? Optional.of(page + " of " + pages) : Optional.empty();
    }

    /**
     * China Daily pagination. A {@code <} link exists on every page but the first, a {@code >} on
     * every page but the last, so one arrow alone tells which end this page is at.
     */
    static Optional<Pagination> pagination(String line) {
        Matcher m = PAGINATION.matcher(line.replace('\u00A0', ' ').strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] numbers = m.group(2).trim().split("\\s+");
        int current = 0;
        for (int i = 0; i < numbers.length; i++) {
            boolean marked = numbers[i].startsWith("[");
            if (marked != numbers[i].endsWith("]") || (marked && current != 0)) {
                return Optional.empty();
            }
            if (Integer.parseInt(numbers[i].replaceAll("[\\[\\]]", "")) != i + 1) {
                return Optional.empty();
            }
            current = marked ? i + 1 : current;
        }
        if (current != 0 && numbers.length >= 2) {
            return Optional.of(new Pagination(current, numbers.length, true));
        }
        boolean previous = m.group(1) != null;
        boolean next = m.group(3) != null;
        int parts = numbers.length;
        if (!previous && !next && parts < 2) {
            return Optional.empty();
        }
        if (previous && !next) {
            return Optional.of(new Pagination(parts, parts, true));
        }
        if (next && !previous) {
            return Optional.of(new Pagination(1, parts, true));
        }
        return Optional.of(new Pagination(0, parts, false));
    }

    /**
     * A copyright notice. A sentence of the text may start with "Copyright", so a notice must also
     * say "all rights reserved" or carry the copyright sign and a year.
     */
    static boolean isCopyright(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return COPYRIGHT.matcher(line).matches()
                && (lower.contains("all rights reserved")
                        || COPYRIGHT_SIGN_AND_YEAR.matcher(line).matches());
    }

    /** A bare web host such as {@code govt.chinadaily.com.cn}. */
    static boolean isHost(String line) {
        return HOST.matcher(line).matches();
    }

    /** A lone year line such as {@code 2023}. */
    static boolean isYear(String line) {
        return YEAR.matcher(line).matches();
    }

    /** The SCIO's name on a line of its own. */
    static boolean isScioPublisher(String line) {
        return line.replace('\u2019', '\'').equals(SCIO);
    }

    /** {@code Updated: Mar 17, 2023 China Daily Print}, or empty when the line is not one. */
    static Optional<Updated> updated(String line) {
        Matcher m = UPDATED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Month> month = month(m.group(1));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month.get(), Integer.parseInt(m.group(2)));
            return Optional.of(new Updated(date, m.group(4) == null ? null : trim(m.group(4))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code (March 2023)}, or empty when the line is not one. */
    static Optional<YearMonth> scioDate(String line) {
        Matcher m = SCIO_DATE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Month> month = month(m.group(1));
        boolean fullName = month.isPresent() && month.get().name().equalsIgnoreCase(m.group(1));
        return fullName ? Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month.get())) : Optional.empty();
    }

    private static Optional<Month> month(String name) {
        String prefix = name.length() >= 3 ? name.substring(0, 3).toUpperCase(Locale.ROOT) : "";
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix) && !prefix.isEmpty()) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
