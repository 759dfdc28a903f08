package org.paperbake.importer;

import java.util.regex.Pattern;

/** Roman numerals as white papers number their sections, I to XXXIX. */
final class RomanNumerals {

    /** Canonical forms only, so that a word like "VIV" is never taken for a number. */
    private static final Pattern CANONICAL = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

    private RomanNumerals() {}

    /** Whether {@code text} is a canonical numeral from I to XXXIX. */
    static boolean isNumeral(String text) {
        return !text.isEmpty() && CANONICAL.matcher(text).matches();
    }

    /** The value of a numeral accepted by {@link #isNumeral}. */
    static int valueOf(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> throw new IllegalArgumentException("not a roman numeral: " + numeral);
            };
            // A smaller digit before a larger one is subtracted (IV, IX).
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}
