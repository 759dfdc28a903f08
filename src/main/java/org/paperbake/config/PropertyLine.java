package org.paperbake.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * One {@code key=value} line of a properties file, with its line number for error messages: the
 * one grammar {@code jbake.properties} is read with, by Paperbake and (through the values it
 * yields) by JBake.
 *
 * <p>{@link java.util.Properties} forgets line numbers, so the file is read line by line. Only
 * the subset of the format a hand-edited site file uses is accepted: {@code key=value} or
 * {@code key: value}, comments with {@code #} or {@code !}. Values are literal: there are no
 * escapes, so a backslash anywhere is refused (as is a line ending in one, which would otherwise
 * be silently joined with the next) rather than decoded behind the validation, and {@code ${…}}
 * is kept as written, never expanded. Each key and value has a size limit.
 *
 * @param key the key, trimmed
 * @param value the value, trimmed
 * @param number the 1-based line number
 */
record PropertyLine(String key, String value, int number) {

    /** The longest key: JBake's longest is 30 characters. */
    static final int MAX_KEY_CHARS = 100;

    /** The longest value: a title, an address or a file name is far shorter. */
    static final int MAX_VALUE_CHARS = 300;

    static List<PropertyLine> parse(Path file, String text) {
        List<PropertyLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] raw = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            if (line.endsWith("\\")) {
                problems.add(Problem.at(
                        file,
                        number,
                        "a line continued with '\\' is not supported",
                        "put the whole value on one line"));
                continue;
            }
            int separator = separatorIndex(line);
            if (separator <= 0) {
                problems.add(Problem.at(
                        file,
                        number,
                        "'" + shown(line) + "' is not a setting",
                        "write key=value, or start the line with # to make it a comment"));
                continue;
            }
            String key = line.substring(0, separator).strip();
            String value = line.substring(separator + 1).strip();
            if (key.length() > MAX_KEY_CHARS || value.length() > MAX_VALUE_CHARS) {
                problems.add(Problem.at(
                        file,
                        number,
                        "the setting is longer than " + MAX_VALUE_CHARS + " characters",
                        "shorten it; a title, an address or a file name fits in " + MAX_VALUE_CHARS));
                continue;
            }
            if (line.indexOf('\\') >= 0) {
                problems.add(Problem.at(
                        file,
                        number,
                        "'" + key + "' holds a backslash: settings are read literally, so an escape such as"
                                + " \\u00e9 would not be decoded",
                        "write the character itself (the file is UTF-8), without a backslash"));
                continue;
            }
            if (hasControlCharacter(line)) {
                problems.add(Problem.at(
                        file,
                        number,
                        "'" + key + "' holds a control character",
                        "remove it; a setting is one line of plain text"));
                continue;
            }
            lines.add(new PropertyLine(key, value, number));
        }
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems(file.getFileName() + " cannot be read", problems);
        }
        return lines;
    }

    private static String shown(String line) {
        return line.length() <= MAX_VALUE_CHARS ? line : line.substring(0, 60) + "…";
    }

    /** C0/C1 controls (a tab aside), line separators and the bidirectional overrides that disguise text. */
    private static boolean hasControlCharacter(String line) {
        return line.codePoints()
                .anyMatch(c -> c != '\t' && Character.getType(c) == Character.CONTROL
                        || c == '\u2028'
                        || c == '\u2029'
                        || c >= '\u202A' && c <= '\u202E'
                        || c >= '\u2066' && c <= '\u2069');
    }

    private static int separatorIndex(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }
}
