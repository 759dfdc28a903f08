package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./paperbake launcher's class-data-sharing archive, on a copy of the launcher and the packaged
 * jar: made by the first build, used afterwards, ignored when it is garbage, remade when the jar
 * changes, and never made by a command that is not a build; and the JDK 25 ahead-of-time cache it
 * uses instead where that JDK is installed, falling back to the archive where it is not.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    @TempDir
    static Path folder;

    /** The java binary running the tests. */
    static final Path THIS_JDK = Path.of(System.getProperty("java.home"), "bin", "java");

    /** Where the launcher looks for a JDK 25 when neither PAPERBAKE_JAVA nor JAVA_HOME names one. */
    static final Path KNOWN_JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    static Path home;
    static Path archive;
    static Path site;

    @BeforeAll
    static void copyLauncherAndJar() throws IOException {
        home = folder.resolve("paperbake");
        Files.createDirectories(home.resolve("target/lib"));
        Files.copy(TestSites.PROJECT.resolve("paperbake"), home.resolve("paperbake"));
        Files.copy(TestSites.PROJECT.resolve("target/paperbake.jar"), home.resolve("target/paperbake.jar"));
        try (Stream<Path> jars = Files.list(TestSites.PROJECT.resolve("target/lib"))) {
            for (Path jar : jars.toList()) {
                Files.copy(
                        jar, home.resolve("target/lib").resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        archive = home.resolve("target/paperbake.jsa");
        site = TestSites.copyFixture("minimal", folder.resolve("site"));
    }

    private static int launch(String... args) throws IOException, InterruptedException {
        return launchWith(Map.of(), args);
    }

    /** Runs the launcher on the JDK running this test (17 on CI), so the class-data-sharing path. */
    private static int launchWith(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Map<String, String> onThisJdk = new HashMap<>(environment);
        onThisJdk.putIfAbsent("PAPERBAKE_JAVA", THIS_JDK.toString());
        return launchChoosingJava(onThisJdk, args);
    }

    /** Runs the launcher letting it choose the Java, as a user's shell does. */
    private static int launchChoosingJava(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("sh", home.resolve("paperbake").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("launch.log").toFile());
        builder.environment().remove("PAPERBAKE_JAVA");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the launcher finished");
        return process.exitValue();
    }

    private static String log() throws IOException {
        return Files.readString(folder.resolve("launch.log"), StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void a_command_that_is_not_a_build_makes_no_archive() throws Exception {
        assertEquals(0, launch("--help"), log());
        assertFalse(Files.exists(archive));
    }

    @Test
    @Order(2)
    void the_first_build_makes_the_archive_and_the_next_build_uses_it() throws Exception {
        assertEquals(
                0,
                launch(
                        "build",
                        "--source",
                        site.toString(),
                        "--output",
                        folder.resolve("out1").toString()),
                log());
        assertTrue(Files.size(archive) > 1_000_000, "an archive of the loaded classes");
        assertTrue(Files.isRegularFile(home.resolve("target/paperbake.jsa.jvm")));
        FileTime made = Files.getLastModifiedTime(archive);
        assertEquals(
                0,
                launch(
                        "build",
                        "--source",
                        site.toString(),
                        "--output",
                        folder.resolve("out2").toString()),
                log());
        assertEquals(made, Files.getLastModifiedTime(archive), "a current archive is used, not remade");
        assertEquals(TestSites.snapshot(folder.resolve("out1")), TestSites.snapshot(folder.resolve("out2")));
    }

    @Test
    @Order(3)
    void a_garbage_archive_is_ignored_and_the_build_still_succeeds() throws Exception {
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        assertEquals(
                0,
                launch(
                        "build",
                        "--source",
                        site.toString(),
                        "--output",
                        folder.resolve("out3").toString()),
                log());
        assertFalse(log().contains("cds"), log());
        assertEquals(TestSites.snapshot(folder.resolve("out1")), TestSites.snapshot(folder.resolve("out3")));
    }

    @Test
    @Order(4)
    void a_newer_jar_makes_the_archive_stale_and_the_next_build_remakes_it() throws Exception {
        // The archive is aged rather than the jar moved into the future: a jar dated ahead of the
        // clock would make every archive made in the next seconds stale too, the JDK 25 cache's below.
        Files.setLastModifiedTime(
                archive,
                FileTime.fromMillis(Files.getLastModifiedTime(home.resolve("target/paperbake.jar"))
                                .toMillis()
                        - 10_000));
        assertEquals(
                0,
                launch(
                        "build",
                        "--source",
                        site.toString(),
                        "--output",
                        folder.resolve("out4").toString()),
                log());
        assertNotEquals(
                "not an archive",
                Files.readString(archive, StandardCharsets.ISO_8859_1).substring(0, 14));
        assertTrue(Files.size(archive) > 1_000_000);
    }

    @Test
    @Order(5)
    void a_bad_command_keeps_its_exit_status_through_the_launcher() throws Exception {
        assertEquals(2, launch("no-such-command"), log());
    }

    @Test
    @Order(7)
    void a_small_site_starts_quickly_and_a_large_one_gets_a_heap_sized_to_its_content() throws Exception {
        Map<String, String> printFlags = Map.of("PAPERBAKE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        launchWith(
                printFlags,
                "build",
                "--source",
                site.toString(),
                "--output",
                folder.resolve("out2").toString());
        assertTrue(log().contains("-XX:TieredStopAtLevel=1") && log().contains("-XX:+UseSerialGC"), log());

        Path large = TestSites.copyFixture("minimal", folder.resolve("large"));
        for (int i = 0; i < 500; i++) {
            Files.writeString(large.resolve("content/extra-" + i + ".md"), "not a page\n");
        }
        launchWith(
                printFlags,
                "build",
                "--source",
                large.toString(),
                "--output",
                folder.resolve("out3").toString());
        assertTrue(log().contains("-XX:MaxHeapSize=" + 640L * 1024 * 1024), "at least 640 MB: " + log());
        assertFalse(log().contains("-XX:TieredStopAtLevel=1"), log());

        launchWith(
                Map.of("PAPERBAKE_JAVA_OPTS", "-Xmx700m -XX:+PrintCommandLineFlags"),
                "build",
                "--source",
                large.toString(),
                "--output",
                folder.resolve("out3").toString());
        assertTrue(log().contains("-XX:MaxHeapSize=" + 700L * 1024 * 1024), "the user's setting wins: " + log());
    }

    @Test
    @Order(9)
    void serve_compiles_a_small_site_with_the_quick_compiler_only_and_a_large_one_with_both() throws Exception {
        Map<String, String> printFlags = Map.of("PAPERBAKE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        assertEquals(0, launchWith(printFlags, "serve", "--source", site.toString(), "--help"), log());
        assertTrue(log().contains("-XX:TieredStopAtLevel=1"), log());
        assertFalse(log().contains("-XX:+UseSerialGC"), "serve keeps the default collector: " + log());

        Path large = TestSites.copyFixture("minimal", folder.resolve("large-served"));
        for (int i = 0; i < 500; i++) {
            Files.writeString(large.resolve("content/extra-" + i + ".md"), "not a page\n");
        }
        assertEquals(0, launchWith(printFlags, "serve", "--source", large.toString(), "--help"), log());
        assertFalse(log().contains("-XX:TieredStopAtLevel=1"), log());
        assertFalse(log().contains("-XX:MaxHeapSize=" + 640L * 1024 * 1024), "no heap set for serve: " + log());
    }

    @Test
    @Order(6)
    void running_out_of_memory_says_how_to_give_java_more_and_changes_nothing() throws Exception {
        Path output = folder.resolve("out1");
        Map<String, String> before = TestSites.snapshot(output);
        // --no-cache: the site is in the cache from the earlier builds, and restoring it needs little memory.
        int status = launchWith(
                Map.of("PAPERBAKE_JAVA_OPTS", "-Xmx4m"),
                "build",
                "--no-cache",
                "--source",
                site.toString(),
                "--output",
                output.toString());
        assertEquals(3, status, log());
        assertTrue(
                log().contains(
                                "paperbake: the build ran out of memory — give Java more with, for example, PAPERBAKE_JAVA_OPTS=-Xmx4g"),
                log());
        assertFalse(log().contains("\tat "), "no stack trace: " + log());
        assertEquals(before, TestSites.snapshot(output), "the last good site is untouched");
    }

    @Test
    @Order(8)
    void a_jdk_25_gets_an_ahead_of_time_cache_that_builds_the_same_site_and_without_one_cds_is_kept() throws Exception {
        Path cache = home.resolve("target/paperbake.aot");
        Path reference = folder.resolve("out1");
        if (!Files.isExecutable(KNOWN_JDK_25)) {
            // A machine with JDK 17 only (CI): the launcher falls back to the class-data-sharing archive.
            assertEquals(
                    0,
                    launchChoosingJava(
                            Map.of(),
                            "build",
                            "--source",
                            site.toString(),
                            "--output",
                            folder.resolve("out17").toString()),
                    log());
            assertFalse(Files.exists(cache), "no ahead-of-time cache without a JDK 25");
            assertTrue(Files.size(archive) > 1_000_000);
            assertEquals(TestSites.snapshot(reference), TestSites.snapshot(folder.resolve("out17")));
            return;
        }
        assertEquals(
                0,
                launchChoosingJava(
                        Map.of(),
                        "build",
                        "--source",
                        site.toString(),
                        "--output",
                        folder.resolve("out25").toString()),
                log());
        assertFalse(log().contains("AOT"), "the cache is made quietly: " + log());
        assertTrue(Files.size(cache) > 1_000_000, "an ahead-of-time cache of the loaded classes");
        assertEquals(
                KNOWN_JDK_25.toRealPath().toString(),
                Files.readString(home.resolve("target/paperbake.aot.jvm")).strip());
        assertEquals(
                TestSites.snapshot(reference),
                TestSites.snapshot(folder.resolve("out25")),
                "JDK 25 builds the bytes JDK 17 builds");

        FileTime made = Files.getLastModifiedTime(cache);
        assertEquals(
                0,
                launchChoosingJava(
                        Map.of("PAPERBAKE_JAVA_OPTS", "-Xlog:aot=info"),
                        "build",
                        "--source",
                        site.toString(),
                        "--output",
                        folder.resolve("out25b").toString()),
                log());
        assertEquals(made, Files.getLastModifiedTime(cache), "a current cache is used, not remade");
        assertTrue(log().contains("Opened AOT cache"), "the cache is mapped: " + log());
        assertEquals(TestSites.snapshot(reference), TestSites.snapshot(folder.resolve("out25b")));

        Files.writeString(cache, "not a cache");
        assertEquals(
                0,
                launchChoosingJava(
                        Map.of(),
                        "build",
                        "--source",
                        site.toString(),
                        "--output",
                        folder.resolve("out25c").toString()),
                log());
        assertFalse(log().contains("AOT") || log().contains("CDS"), "a garbage cache is ignored quietly: " + log());
        assertEquals(TestSites.snapshot(reference), TestSites.snapshot(folder.resolve("out25c")));
    }
}
