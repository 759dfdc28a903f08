package org.paperbake.importer;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes YAML front matter one {@code key: value} line at a time, in the order given, so that the
 * keys appear in the same order in every page (and in every diff).
 */
final class FrontMatter {

    /**
     * Characters a plain scalar may hold. {@code :} and {@code #} are only harmless when not next to a
     * space, which {@link #readsBackAs} checks by reading the value back.
     */
    private static final Pattern PLAIN_CANDIDATE = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N} ,.'\u2019()\\-\u2013\u2014/&+$\u00A9%_:#]*[\\p{L}\\p{N}.)]|[\\p{L}\\p{N}]");

    private final StringBuilder text = new StringBuilder("---\n");

    /** Adds {@code key: value}, quoting the text when YAML would read it as anything but that text. */
    FrontMatter text(String key, String value) {
        return line(key, scalar(value));
    }

    /** Adds {@code key: "value"}, always quoted, for values that must stay strings ({@code "6.1"}). */
    FrontMatter quoted(String key, String value) {
        return line(key, doubleQuoted(value));
    }

    FrontMatter number(String key, int value) {
        return line(key, Integer.toString(value));
    }

    /** Adds an ISO date, which YAML reads as a date. */
    FrontMatter date(String key, LocalDate value) {
        return line(key, value.toString());
    }

    /** Adds a list of whole numbers, {@code [1, 3]}. */
    FrontMatter numbers(String key, java.util.List<Integer> values) {
        return line(key, values.toString());
    }

    /** Adds a list of texts, {@code [seeds/a.txt, seeds/b.txt]}, each quoted when it must be. */
    FrontMatter texts(String key, java.util.List<String> values) {
        return line(
                key,
                "["
                        + String.join(
                                ", ",
                                values.stream().map(FrontMatter::doubleQuoted).toList()) + "]");
    }

    /** Adds a metadata value in the form its type calls for. */
    FrontMatter value(String key, Object value) {
        if (value instanceof Integer number) {
            return number(key, number);
        }
        if (value instanceof LocalDate date) {
            return date(key, date);
        }
        return text(key, value.toString());
    }

    /** The front matter with its closing fence. */
    String close() {
        return text + "---\n";
    }

    private FrontMatter line(String key, String yaml) {
        text.append(key).append(": ").append(yaml).append('\n');
        return this;
    }

    /**
     * The value unquoted when that is safe, else double-quoted. Safe means built only from
     * characters with no YAML meaning and read back by SnakeYAML as the very same string, which
     * rules out {@code yes}, {@code null}, numbers and dates.
     */
    static String scalar(String value) {
        boolean plain = PLAIN_CANDIDATE.matcher(value).matches() && readsBackAs(value);
        return plain ? value : doubleQuoted(value);
    }

    private static boolean readsBackAs(String yaml) {
        Object read = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return read instanceof String string && string.equals(yaml);
    }

    static String doubleQuoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        quoted.append(String.format("\\u%04X", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
