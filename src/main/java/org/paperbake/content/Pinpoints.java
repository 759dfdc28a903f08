package org.paperbake.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a page's {@code number} becomes the prefix of its paragraph numbers (¶ 6.1.3, ¶ VI.1, ¶ C.1)
 * and of their ids ({@code p-6-1-3}): one rule, for the post-processor that numbers the
 * paragraphs and for the check that no two pages get the same numbers.
 */
public final class Pinpoints {

    private static final Pattern ARABIC_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Pattern ROMAN_NUMBER = Pattern.compile("[IVXLCDM]+");
    private static final Pattern STRICT_ROMAN =
            Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final Pattern PREFIX_PATTERN = Pattern.compile("[IVXLC]+");

    private Pinpoints() {}

    /** The prefix of a page's paragraph numbers: "6.1" stays, "VI" stays, a word gives its initial. */
    public static String paragraphPrefix(String number) {
        String trimmed = number == null ? "" : number.strip();
        if (ARABIC_NUMBER.matcher(trimmed).matches()
                || PREFIX_PATTERN.matcher(trimmed).matches()) {
            return trimmed;
        }
        return trimmed.isEmpty() ? "P" : trimmed.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /**
     * The number as a sequence to order by: "VI" gives [6], "6.1" gives [6, 1]; a word
     * ("Conclusion") or anything else gives null.
     */
    public static List<Integer> numericValue(String number) {
        String trimmed = number == null ? "" : number.strip();
        if (ARABIC_NUMBER.matcher(trimmed).matches()) {
            if (trimmed.length() > 40) {
                return null;
            }
            try {
                return java.util.Arrays.stream(trimmed.split("\\."))
                        .map(Integer::valueOf)
                        .toList();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (!trimmed.isEmpty()
                && ROMAN_NUMBER.matcher(trimmed).matches()
                && STRICT_ROMAN.matcher(trimmed).matches()) {
            return List.of(romanValue(trimmed));
        }
        return null;
    }

    private static int romanValue(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                default -> 1000;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}
