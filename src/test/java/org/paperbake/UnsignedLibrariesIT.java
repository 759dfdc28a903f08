package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The libraries the launcher runs with ({@code target/lib}, made by {@code mvn package}) carry no
 * jar signature: the JVM checks every class of a signed jar against the signature and leaves
 * signed classes out of the class-data-sharing and ahead-of-time caches, which made JGit's first
 * use 160–190 ms of every build. JGit, the one signed library, is copied without its signature
 * files and holds every other entry of the published jar.
 */
class UnsignedLibrariesIT {

    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    private static final Path LIBRARIES = TestSites.PROJECT.resolve("target/lib");

    private static Set<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Set<String> names = new TreeSet<>();
            file.stream().forEach(entry -> names.add(entry.getName()));
            return names;
        }
    }

    @Test
    void no_library_beside_the_launchers_jar_is_signed() throws IOException {
        List<String> signed = new ArrayList<>();
        List<Path> jars;
        try (Stream<Path> list = Files.list(LIBRARIES)) {
            jars = list.filter(path -> path.toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        }
        for (Path jar : jars) {
            entries(jar).stream()
                    .filter(name -> SIGNATURE_FILE.matcher(name).matches())
                    .forEach(name -> signed.add(jar.getFileName() + "!" + name));
        }

        assertFalse(jars.isEmpty(), "mvn package copies the runtime libraries into " + LIBRARIES);
        assertEquals(List.of(), signed, "signature files in the launcher's libraries");
    }

    @Test
    void the_unsigned_jgit_holds_every_entry_of_the_published_jar_but_its_signature() throws IOException {
        // The tests run with the packaged jar, whose class path is target/lib: the published jar is Maven's.
        Path published = Path.of(System.getProperty("paperbake.publishedJgit"));
        Set<String> expected = new TreeSet<>(entries(published));
        boolean wasSigned =
                expected.removeIf(name -> SIGNATURE_FILE.matcher(name).matches());

        Path copied = LIBRARIES.resolve(published.getFileName());

        assertTrue(wasSigned, published + " is published signed: the copy's reason to be");
        assertEquals(expected, entries(copied));
    }
}
