package org.paperbake.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * One {@code key=value} line of a properties file, with its line number for error messages.
 *
 * <p>{@link java.util.Properties} forgets line numbers, so the file is read line by line. Only
 * the subset of the format a hand-edited site file uses is accepted: {@code key=value} or
 * {@code key: value}, comments with {@code #} or {@code !}; a line ending in a backslash is
 * refused rather than silently joined with the next.
 *
 * @param key the key, trimmed
 * @param value the value, trimmed
 * @param number the 1-based line number
 */
record PropertyLine(String key, String value, int number) {

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
                        "'" + line + "' is not a setting",
                        "write key=value, or start the line with # to make it a comment"));
                continue;
            }
            lines.add(new PropertyLine(
                    line.substring(0, separator).strip(),
                    line.substring(separator + 1).strip(),
                    number));
        }
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems(file.getFileName() + " cannot be read", problems);
        }
        return lines;
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
