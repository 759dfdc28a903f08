package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.paperbake.pipeline.Site;

/**
 * The arguments of {@code paperbake build} and what it does with them, shared by picocli's
 * {@link BuildCommand} and the quick path that reads a plain {@code build} command line without
 * picocli.
 *
 * <p>Why a second reader: picocli's classes are compiled for Java 5, so the JVM can keep none of
 * them in its class-data-sharing archive or ahead-of-time cache; loading, verifying and reflecting
 * on them costs about 0.3 s of CPU on every start, an eighth of a cold seed build. The quick path
 * takes only what it is sure picocli would read the same way — {@code build}, then at most one
 * {@code --source} and one {@code --output}, each with a plain value — and leaves everything else
 * (help, versions, mistakes, argument files, other commands) to picocli, which prints the usage and
 * exit status as before.
 */
record BuildArguments(Path source, Optional<Path> output) {

    /** The options the quick path reads; {@code BuildArgumentsTest} keeps it equal to {@link BuildCommand}'s. */
    static final List<String> OPTIONS = List.of("--source", "--output");

    /** A plain {@code build} command line, or empty when picocli should read it. */
    static Optional<BuildArguments> readPlain(String... args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        String source = null;
        String output = null;
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (!isPlainValue(value)) {
                return Optional.empty();
            }
            if (name.equals("--source") && source == null) {
                source = value;
            } else if (name.equals("--output") && output == null) {
                output = value;
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new BuildArguments(
                    Path.of(source == null ? "." : source),
                    Optional.ofNullable(output).map(Path::of)));
        } catch (InvalidPathException e) {
            // picocli says what is wrong with the value.
            return Optional.empty();
        }
    }

    /** Not empty and not something picocli treats specially: an option, an argument file (@…). */
    private static boolean isPlainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }

    /** Builds the site into the output folder (default {@code SOURCE/output}), logging to {@code out}; returns 0. */
    int build(PrintWriter out) {
        new Site(source, output.orElse(source.resolve("output")), out::println).build();
        return 0;
    }
}
