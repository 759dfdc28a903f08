package org.paperbake.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Shared helpers for the importer's tests. */
final class Fixtures {

    /** The real seed, relative to the project folder Maven runs tests in. */
    static final Path SEED = Path.of("seeds/000_0772cf1c2725d416.txt");

    private Fixtures() {}

    static ParsedWhitePaper parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedWhitePaper parse(byte[] bytes) {
        return new WhitePaperParser().parse(bytes, Path.of("fixture.txt"));
    }

    /** A minimal white paper around {@code body}: a title line, then the body. */
    static String paper(String body) {
        return "A White Paper on Testing\n\n" + body;
    }

    static String resource(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/importer", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Paragraph> paragraphs(List<Block> blocks) {
        return blocks.stream()
                .flatMap(block ->
                        block instanceof Panel panel ? panel.paragraphs().stream() : Stream.of((Paragraph) block))
                .toList();
    }

    /** Every regular file under {@code root} with its bytes, keyed by relative path, for before/after comparison. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), BodyHash.of(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
