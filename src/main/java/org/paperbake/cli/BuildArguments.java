package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperbake.pipeline.BuildCache;
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
 * {@code --source}, {@code --output} and {@code --cache}, each with a plain value, and
 * {@code --no-cache} and {@code --editions} — and leaves everything else
 * (help, versions, mistakes, argument files, other commands) to picocli, which prints the usage and
 * exit status as before.
 */
record BuildArguments(
        Path source, Optional<Path> output, Optional<Path> cacheFolder, boolean noCache, boolean editions) {

    /** The options the quick path reads; {@code BuildArgumentsTest} keeps it equal to {@link BuildCommand}'s. */
    static final List<String> OPTIONS = List.of("--source", "--output", "--cache", "--no-cache", "--editions");

    /** Set to {@code on}, a build makes the EPUB and PDF editions as {@code --editions} does. */
    static final String EDITIONS_VARIABLE = "PAPERBAKE_EDITIONS";

    private static final Set<String> VALUED_OPTIONS = Set.of("--source", "--output", "--cache");

    /** A plain {@code build} command line, or empty when picocli should read it. */
    static Optional<BuildArguments> readPlain(String... args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        boolean noCache = false;
        boolean editions = false;
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--no-cache") && !noCache) {
                noCache = true;
                continue;
            }
            if (name.equals("--editions") && !editions) {
                editions = true;
                continue;
            }
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
            if (!isPlainValue(value) || !VALUED_OPTIONS.contains(name) || values.putIfAbsent(name, value) != null) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new BuildArguments(
                    Path.of(values.getOrDefault("--source", ".")),
                    Optional.ofNullable(values.get("--output")).map(Path::of),
                    Optional.ofNullable(values.get("--cache")).map(Path::of),
                    noCache,
                    editions));
        } catch (InvalidPathException e) {
            // picocli says what is wrong with the value.
            return Optional.empty();
        }
    }

    /** Not empty and not something picocli treats specially: an option, an argument file (@…). */
    private static boolean isPlainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }

    /**
     * Builds the site into the output folder (default {@code SOURCE/output}) with the build cache
     * the options and {@code environment} name, and with the editions when {@code --editions} or
     * the environment asks for them, logging to {@code out}; returns 0.
     */
    int build(PrintWriter out, Map<String, String> environment) {
        new Site(source, output.orElse(source.resolve("output")), out::println, cache(out, environment))
                .withEditions(editions || editionsAsked(out, environment))
                .build();
        return 0;
    }

    /** Whether {@code PAPERBAKE_EDITIONS} asks for the editions; a value other than on or off is said and ignored. */
    private static boolean editionsAsked(PrintWriter out, Map<String, String> environment) {
        String value = environment.getOrDefault(EDITIONS_VARIABLE, "").strip();
        if (value.isEmpty() || value.equals("off")) {
            return false;
        }
        if (value.equals("on")) {
            return true;
        }
        out.println("Editions: " + EDITIONS_VARIABLE + "=" + value + " is neither on nor off — building without the"
                + " editions (--editions makes them)");
        return false;
    }

    /** The cache the options and the environment name: --no-cache, then --cache, then the variable, then the default. */
    private BuildCache cache(PrintWriter out, Map<String, String> environment) {
        String variable = environment.getOrDefault(BuildCache.ENVIRONMENT_VARIABLE, "");
        if (noCache || (cacheFolder.isEmpty() && variable.equals("off"))) {
            return BuildCache.off();
        }
        Path folder = cacheFolder.orElseGet(
                () -> variable.isEmpty() ? source.resolve(BuildCache.DEFAULT_FOLDER) : Path.of(variable));
        return BuildCache.in(folder, maxBytes(out, environment));
    }

    /** The size bound from the environment; a value that isn't a positive number is said and the default used. */
    private static long maxBytes(PrintWriter out, Map<String, String> environment) {
        String megabytes = environment.get(BuildCache.MAX_MB_VARIABLE);
        if (megabytes == null) {
            return BuildCache.DEFAULT_MAX_BYTES;
        }
        try {
            long value = Long.parseLong(megabytes.strip());
            if (value > 0 && value < (Long.MAX_VALUE >> 20)) {
                return value << 20;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        out.println("Cache: " + BuildCache.MAX_MB_VARIABLE + "=" + megabytes + " is not a number of megabytes — using "
                + (BuildCache.DEFAULT_MAX_BYTES >> 20));
        return BuildCache.DEFAULT_MAX_BYTES;
    }
}
