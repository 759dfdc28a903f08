package org.paperbake.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;

/**
 * Making the PDF never scans the machine's fonts: PDFBox's file-system font provider is never
 * loaded, nothing says "Building on-disk font cache", and no font cache is written in the home
 * folder — in a fresh JVM, where PDFBox would otherwise scan on its first font.
 */
class NoSystemFontScanIT {

    @TempDir
    Path folder;

    @Test
    void a_build_with_editions_loads_no_system_font_provider_and_writes_no_font_cache() throws Exception {
        Path site = TestSites.copyFixture("editions-hostile", folder.resolve("site"));
        Path home = Files.createDirectories(folder.resolve("home"));
        ProcessBuilder build = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.home=" + home,
                        "-verbose:class",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.paperbake.cli.Main",
                        "build",
                        "--no-cache",
                        "--editions",
                        "--source",
                        site.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("build.log").toFile());
        build.environment().put("HOME", home.toString());
        Process process = build.start();
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), "the build finished");
        String log = TestSites.read(folder.resolve("build.log"));
        assertEquals(0, process.exitValue(), log);
        assertTrue(log.contains("Made the EPUB and PDF editions of 1 document(s)"), log);
        assertTrue(log.contains("org.apache.pdfbox.pdmodel.font.PDType1Font"), "the standard 14 fonts were made");
        assertFalse(log.contains("FileSystemFontProvider"), "PDFBox's system font scanner was loaded");
        assertFalse(log.contains("font cache"), "no font cache was built");
        try (Stream<Path> files = Files.walk(home)) {
            List<String> written =
                    files.map(home::relativize).map(Path::toString).toList();
            assertTrue(written.stream().noneMatch(name -> name.contains("pdfbox")), "no PDFBox font cache: " + written);
        }
    }
}
