package org.paperbake.importer;

import java.util.Objects;

/**
 * A value found in the source, with the line it was found on.
 *
 * @param value what was found
 * @param line the 1-based line it came from
 * @param file the file it came from, as the user named it, or null when only one file is read
 * @param <T> the value's type
 */
record Found<T>(T value, int line, String file) {

    public Found {
        Objects.requireNonNull(value, "value");
    }

    Found(T value, int line) {
        this(value, line, null);
    }

    /** Where the value is: {@code file:line}, or {@code line N} when the file goes without saying. */
    String where() {
        return file == null ? "line " + line : file + ":" + line;
    }
}
