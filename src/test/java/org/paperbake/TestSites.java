package org.paperbake;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.paperbake.cli.Main;
import org.paperbake.kernel.FileTrees;

/** Fixture sites for tests: a fixture's content with the project's real templates, assets and settings. */
public final class TestSites {

    /** The repository root (the folder holding pom.xml), where tests run. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private TestSites() {}

    /**
     * Copies the project's templates, assets and jbake.properties into {@code target}, then the
     * fixture site {@code src/test/resources/sites/<name>} over them.
     */
    public static Path copyFixture(String name, Path target) {
        copyTree(PROJECT.resolve("templates"), target.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), target.resolve("assets"));
        copyFile(PROJECT.resolve("jbake.properties"), target.resolve("jbake.properties"));
        copyTree(PROJECT.resolve("src/test/resources/sites").resolve(name), target);
        return target;
    }

    /** Copies {@code src/test/resources/<resourceFolder>} over {@code target}, replacing files of the same name. */
    public static Path overlay(String resourceFolder, Path target) {
        copyTree(PROJECT.resolve("src/test/resources").resolve(resourceFolder), target);
        return target;
    }

    /** Copies the project's real site (content included) into {@code target}. */
    public static Path copyProjectSite(Path target) {
        copyTree(PROJECT.resolve("templates"), target.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), target.resolve("assets"));
        copyTree(PROJECT.resolve("content"), target.resolve("content"));
        copyTree(PROJECT.resolve("seeds"), target.resolve("seeds"));
        copyFile(PROJECT.resolve("jbake.properties"), target.resolve("jbake.properties"));
        return target;
    }

    /** What one command-line run returned and printed. */
    public record Run(int exitCode, String out, String err, long millis) {}

    /** Runs the command line with {@code environment}, capturing what it prints through its own writers. */
    public static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int exit = Main.run(environment, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs the command line outside GitHub Actions, capturing what it prints. */
    public static Run run(String... args) {
        return run(Map.of(), args);
    }

    /** Every file below {@code folder} with the SHA-256 of its bytes, keyed by relative path. */
    public static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Reads a UTF-8 file. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 file, creating its folder. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        FileTrees.copy(from, to);
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
