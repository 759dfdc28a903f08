package org.paperbake.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** File helpers for the whole-site tests. */
final class Files2 {

    private Files2() {}

    /** Every file below {@code folder} whose name ends with {@code suffix}, as sorted relative paths with forward slashes. */
    static List<String> list(Path folder, String suffix) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().endsWith(suffix))
                    .map(path -> folder.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
