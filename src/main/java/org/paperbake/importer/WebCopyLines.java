package org.paperbake.importer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines web sites put around a white paper they republish, recognised by their form rather than
 * by a list of sites: navigation and breadcrumb trails ({@code Home | Specials},
 * {@code Home -  White Papers -}), section labels in lower case ({@code xi's moments}), source-and-date
 * lines ({@code Xinhua | January 19, 2023}, {@code China Daily | Updated: 2023-03-17 07:17}), a
 * {@code Full text:} prefix on the title, editor credits and a site's terms of use. Every pattern
 * is anchored and linear.
 */
final class WebCopyLines {

    /** A navigation segment is a few words: a menu item, not a sentence. */
    private static final int MAX_SEGMENT_WORDS = 5;

    private static final int MAX_SEGMENT_LENGTH = 40;

    private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s*[|\u00BB\u203A>\u2022\u00B7]\\s*");
    private static final Pattern ANY_SEPARATOR =
            Pattern.compile("\\s*[|\u00BB\u203A>\u2022\u00B7]\\s*|\\s+[-\u2013\u2014/]+(?:\\s+|$)");
    private static final Pattern TRAILING_SEPARATOR =
            Pattern.compile(".*\\S\\s*(?:[|\u00BB\u203A>]|\\s[-\u2013\u2014/]+)");
    private static final Pattern HOME = Pattern.compile("(?i)home(?:\\s?page)?|index|main\\s+page|\u9996\u9875");
    private static final Pattern LOWER_CASE_LABEL = Pattern.compile("\\p{Ll}[\\p{Ll}\\p{N}'\u2019&\\- ]{0,39}");
    private static final Pattern FULL_TEXT = Pattern.compile("(?i)full[\\s-]*text\\s*(?:[:\uFF1A]\\s*|of\\s+)(\\S.*)");
    private static final Pattern DATE_LABEL =
            Pattern.compile("(?i)(updated|published|posted|released|date|time)\\s*[:\uFF1A]?\\s*(\\S.*)");
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?i)(?:source|by|from)\\s*[:\uFF1A]?\\s+(\\S.*)");
    private static final Pattern SOURCE_NAME =
            Pattern.compile("\\p{Lu}[\\p{L}'\u2019.&\\-]*(?:\\s+[\\p{L}'\u2019.&\\-]+){0,5}");
    private static final Pattern PARENTHESISED_SOURCE = Pattern.compile("\\(([^()]{2,60})\\)\\s*(\\S.*)");
    private static final Pattern SOURCE_DATE_SEPARATOR =
            Pattern.compile("\\s*[|\u2022\u00B7]\\s*|\\s+[-\u2013\u2014]\\s+|\\s{2,}");
    private static final Pattern EDITOR_CREDIT = Pattern.compile(
            "(?i)[\\[(]?\\s*(?:(?:web|chief|responsible|executive|managing)\\s+)?editors?\\s*[:\uFF1A]\\s*[^.!?]{1,60}[\\])]?");
    private static final Pattern SITE_TERMS = Pattern.compile(
            "(?i).*\\bthis\\s+(?:web\\s?)?site\\b.*\\b(?:copyright|belongs?|reproduc\\w*|permission|authori[sz]\\w*|"
                    + "rights)\\b.*|.*\\b(?:published|posted|appearing)\\s+(?:in|on)\\s+this\\s+(?:web\\s?)?site\\b.*");

    private WebCopyLines() {}

    /**
     * A line naming where a copy came from and when: the source may be missing ({@code Updated:
     * 2023-03-17 07:17}), the date too ({@code Source: Xinhua}), never both.
     *
     * @param source the outlet named, or null
     * @param date the day named, or null
     * @param updated whether the line says the date is an update
     */
    record SourceDate(String source, LocalDate date, boolean updated) {}

    /**
     * A navigation or breadcrumb trail. Lines split by {@code |}, {@code >} or {@code »} into short
     * segments are navigation; split by {@code -} or {@code /}, only when the trail ends in the
     * separator or starts at the home page, since a title may hold a dash.
     *
     * @param anywhere false to accept the looser forms that only appear above the title
     */
    static boolean isNavigation(String text, boolean anywhere) {
        String line = text.replace('\u00A0', ' ').strip();
        List<String> segments = Arrays.stream(ANY_SEPARATOR.split(line))
                .map(String::strip)
                .filter(segment -> !segment.isEmpty())
                .toList();
        if (segments.isEmpty() || !segments.stream().allMatch(WebCopyLines::isMenuItem)) {
            return false;
        }
        boolean strong = STRONG_SEPARATOR.matcher(line).find();
        boolean trailing = TRAILING_SEPARATOR.matcher(line).matches();
        if (anywhere) {
            return line.contains("|") && segments.size() >= 2 && !line.contains(">");
        }
        if (strong) {
            return segments.size() >= 2 || trailing;
        }
        return trailing
                || (segments.size() >= 2 && HOME.matcher(segments.get(0)).matches());
    }

    private static boolean isMenuItem(String segment) {
        if (segment.length() > MAX_SEGMENT_LENGTH || segment.split("\\s+").length > MAX_SEGMENT_WORDS) {
            return false;
        }
        char last = segment.charAt(segment.length() - 1);
        return segment.codePoints().anyMatch(Character::isLetter)
                && ".,;:!?".indexOf(last) < 0
                && DateText.day(segment).isEmpty();
    }

    /** A site's section label in lower case ({@code xi's moments}): a title starts with a capital. */
    static boolean isLowerCaseLabel(String line) {
        return LOWER_CASE_LABEL.matcher(line).matches() && line.split("\\s+").length <= 4;
    }

    /** The title after a {@code Full text:} prefix, with the prefix as written; empty when there is none. */
    static Optional<String[]> fullTextTitle(String line) {
        Matcher m = FULL_TEXT.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new String[] {line.substring(0, m.start(1)).strip(), m.group(1).strip()});
    }

    /** A source-and-date line, or empty when the line is not one. */
    static Optional<SourceDate> sourceDate(String text) {
        String line = text.replace('\u00A0', ' ').strip();
        Optional<SourceDate> dateOnly = labelledDate(line, null);
        if (dateOnly.isPresent()) {
            return dateOnly;
        }
        Matcher parenthesised = PARENTHESISED_SOURCE.matcher(line);
        if (parenthesised.matches() && isSourceName(parenthesised.group(1))) {
            Optional<SourceDate> dated =
                    labelledDate(parenthesised.group(2), parenthesised.group(1).strip());
            if (dated.isPresent()) {
                return dated;
            }
        }
        Matcher separator = SOURCE_DATE_SEPARATOR.matcher(line);
        if (separator.find() && separator.start() > 0 && separator.end() < line.length()) {
            String left = line.substring(0, separator.start()).strip();
            String right = line.substring(separator.end()).strip();
            Optional<SourceDate> sourceFirst = sourceThenDate(left, right);
            return sourceFirst.isPresent() ? sourceFirst : sourceThenDate(right, left);
        }
        Matcher source = SOURCE_LABEL.matcher(line);
        if (source.matches() && line.regionMatches(true, 0, "source", 0, 6) && isSourceName(source.group(1))) {
            return Optional.of(new SourceDate(source.group(1).strip(), null, false));
        }
        return Optional.empty();
    }

    private static Optional<SourceDate> sourceThenDate(String source, String date) {
        Matcher labelled = SOURCE_LABEL.matcher(source);
        String name = labelled.matches() ? labelled.group(1).strip() : source;
        return isSourceName(name) ? labelledDate(date, name) : Optional.empty();
    }

    /** {@code Updated: 2023-03-17 07:17}, {@code January 19, 2023}: a day, a label before it allowed. */
    private static Optional<SourceDate> labelledDate(String text, String source) {
        Matcher label = DATE_LABEL.matcher(text);
        boolean labelled = label.matches() && DateText.day(label.group(2)).isPresent();
        Optional<LocalDate> day = labelled ? DateText.day(label.group(2)) : DateText.day(text);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        boolean updated = labelled && label.group(1).equalsIgnoreCase("updated");
        return Optional.of(new SourceDate(source, day.get(), updated));
    }

    private static boolean isSourceName(String name) {
        String stripped = name.strip();
        return stripped.length() <= 60
                && SOURCE_NAME.matcher(stripped).matches()
                && DateText.day(stripped).isEmpty()
                && DateText.month(stripped, false).isEmpty();
    }

    /** {@code Editor: Wang Ying}, {@code [Web editor: Li Yan]}. */
    static boolean isEditorCredit(String line) {
        return EDITOR_CREDIT.matcher(line).matches();
    }

    /** A site's terms of use: "the content published on this site belongs to …". */
    static boolean isSiteTerms(String line) {
        return line.length() <= 600 && SITE_TERMS.matcher(line).matches();
    }
}
