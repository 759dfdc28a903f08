package org.paperbake.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole folder trees: the one place that deletes them (staging folders, benchmark corpora, test sites). */
public final class FileTrees {

    private FileTrees() {}

    /** Deletes {@code folder} and everything below it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            // Deepest first, so that every folder is empty when its turn comes.
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
