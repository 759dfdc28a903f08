package org.paperbake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;

/** The background rehearsal of edits: a copy edited and rebuilt, the site's own folders never touched. */
class RehearsalIT {

    private static final long WITHIN_MILLIS = 120_000;

    @TempDir
    Path folder;

    @Test
    void rehearsing_edits_a_copy_of_the_site_and_leaves_its_sources_and_the_scratch_folder_as_they_were()
            throws Exception {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        Map<String, String> before = contents(site);
        List<String> log = new CopyOnWriteArrayList<>();

        Rehearsal rehearsal = new Rehearsal(site, Optional.of(scratch), () -> false, 3, log::add);
        rehearsal.start();

        assertTrue(rehearsal.awaitEnd(WITHIN_MILLIS), "the rehearsal ended");
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).startsWith("Rehearsed 3 edits on a copy of the site in the background in "), log.get(0));
        assertEquals(before, contents(site), "the site's own files, byte for byte");
        assertFalse(Files.exists(site.resolve("output")), "nothing built in the site's folder");
        assertEquals(List.of(), list(scratch), "the copy is deleted");
    }

    @Test
    void prepared_on_the_warm_ups_thread_the_copy_is_built_at_once_and_closing_unstarted_deletes_it() throws Exception {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        Rehearsal rehearsal = new Rehearsal(site, Optional.of(scratch), () -> true, 3, line -> {});

        assertTrue(rehearsal.prepare(), "a busy preview doesn't stop the warm-up's own build");

        Path copy = list(scratch).get(0);
        assertTrue(
                Files.isRegularFile(copy.resolve("output/index.html")),
                list(copy).toString());
        assertFalse(rehearsal.isRunning());
        rehearsal.close();
        assertEquals(List.of(), list(scratch));
    }

    @Test
    void a_busy_preview_holds_the_rehearsal_back_until_it_is_idle() throws Exception {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        AtomicBoolean busy = new AtomicBoolean(true);
        List<String> log = new CopyOnWriteArrayList<>();

        Rehearsal rehearsal = new Rehearsal(site, Optional.of(scratch), busy::get, 2, log::add);
        rehearsal.start();

        assertFalse(rehearsal.awaitEnd(1_500), "waits while the preview is busy");
        Path copy = list(scratch).get(0);
        assertFalse(Files.exists(copy.resolve("output")), "nothing built while busy: " + list(copy));
        busy.set(false);
        assertTrue(rehearsal.awaitEnd(WITHIN_MILLIS), "rehearses once idle");
        assertEquals(1, log.size(), log.toString());
        assertEquals(List.of(), list(scratch));
    }

    @Test
    void closing_stops_a_rehearsal_under_way_and_deletes_its_copy() throws Exception {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        List<String> log = new CopyOnWriteArrayList<>();
        Rehearsal rehearsal = new Rehearsal(site, Optional.of(scratch), () -> false, 100_000, log::add);
        rehearsal.start();
        long deadline = System.currentTimeMillis() + WITHIN_MILLIS;
        while (list(scratch).isEmpty() || !Files.exists(list(scratch).get(0).resolve("output"))) {
            assertTrue(System.currentTimeMillis() < deadline, "the copy was built");
            Thread.sleep(20);
        }

        rehearsal.close();

        assertFalse(rehearsal.isRunning());
        assertEquals(List.of(), log, "not done, so not reported as done");
        assertEquals(List.of(), list(scratch));
    }

    @Test
    void a_site_with_large_sources_is_not_rehearsed() throws Exception {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Files.write(site.resolve("assets/large.bin"), new byte[(int) Rehearsal.LARGEST_SOURCES_BYTES + 1]);
        assertNotRehearsed(site);
    }

    @Test
    void a_site_that_does_not_build_ends_the_rehearsal_quietly() throws Exception {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Path conclusion = site.resolve("content/conclusion.md");
        TestSites.write(conclusion, TestSites.read(conclusion).replace("order: 200", "ordr: 200"));
        assertNotRehearsed(site);
    }

    /** A rehearsal of {@code site} ends without a word and leaves nothing in its scratch folder. */
    private void assertNotRehearsed(Path site) throws Exception {
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        List<String> log = new CopyOnWriteArrayList<>();

        Rehearsal rehearsal = new Rehearsal(site, Optional.of(scratch), () -> false, 3, log::add);
        rehearsal.start();

        assertTrue(rehearsal.awaitEnd(WITHIN_MILLIS));
        assertEquals(List.of(), log);
        assertEquals(List.of(), list(scratch));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    /** Every file below {@code root} with a digest of its bytes. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), CachedAssets.digest(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
