package org.paperbake.kernel;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a user's input, located to a file and line, with the way to fix it.
 *
 * <p>Formatted as {@code path:line: problem — how to fix}, the form every Paperbake command prints
 * and the form GitHub annotations are made from.
 *
 * @param path the file the problem is in, as the user would type it (relative where possible)
 * @param line the 1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong
 * @param fix how to fix it
 */
public record Problem(String path, int line, String message, String fix) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** A problem in {@code file}, with the path shown relative to the working directory when it lies below it. */
    public static Problem at(Path file, int line, String message, String fix) {
        return new Problem(displayPath(file), line, message, fix);
    }

    /** The path as a user reads it: relative to the working directory when below it, with forward slashes. */
    public static String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path shown = absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute)
                : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** {@code path:line: problem — how to fix}; the line is left out when it is 0. */
    public String format() {
        String location = line > 0 ? path + ":" + line : path;
        return location + ": " + message + " — " + fix;
    }

    @Override
    public String toString() {
        return format();
    }
}
