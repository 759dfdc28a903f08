package org.paperbake.importer;

import java.util.Objects;

/**
 * A value found in the source, with the line it was found on.
 *
 * @param value what was found
 * @param line the 1-based line it came from
 * @param <T> the value's type
 */
record Found<T>(T value, int line) {

    public Found {
        Objects.requireNonNull(value, "value");
    }
}
