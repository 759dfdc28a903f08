package org.paperbake.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperbake.TestSites;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.FileTrees;
import org.paperbake.kernel.PaperbakeException;

/**
 * The persistent build cache: a rebuild of unchanged sources restores the site byte for byte, any
 * change to what a build reads (or to Paperbake) builds anew, and a damaged, misplaced or
 * unwritable cache never publishes anything wrong nor stops a build.
 */
class BuildCacheIT {

    private static final long BOUND = 64L << 20;

    private static final class Build {
        final Path site;
        final Path cacheFolder;
        final BuildCache.Linker linker;
        final List<String> log = new ArrayList<>();

        Build(Path site, Path cacheFolder) {
            this(site, cacheFolder, Files::createLink);
        }

        Build(Path site, Path cacheFolder, BuildCache.Linker linker) {
            this.site = site;
            this.cacheFolder = cacheFolder;
            this.linker = linker;
        }

        /** Builds into site/output with the cache, as Paperbake version {@code version}; the log of this build. */
        List<String> run(String version) {
            log.clear();
            new Site(site, site.resolve("output"), log::add, BuildCache.in(cacheFolder, version, BOUND, linker))
                    .build();
            return List.copyOf(log);
        }
    }

    /** A file system without hard links, or a cache on another one than the output's. */
    private static final BuildCache.Linker NO_LINKS = (link, existing) -> {
        throw new FileSystemException(link.toString(), existing.toString(), "Invalid cross-device link");
    };

    /** The only entry of {@code cache}. */
    private static Path onlyEntry(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.filter(Files::isDirectory)
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one entry: " + a + ", " + b);
                    })
                    .orElseThrow();
        }
    }

    /** The site built from scratch without any cache, into a folder beside it. */
    private static Map<String, String> coldBuild(Path site) {
        Path reference = site.resolveSibling("reference-" + site.getFileName());
        FileTrees.deleteRecursively(reference);
        new Site(site, reference, line -> {}).build();
        return TestSites.snapshot(reference);
    }

    private static boolean hit(List<String> log) {
        return log.stream().anyMatch(line -> line.startsWith("Cache: hit "));
    }

    private static boolean leftAsItIs(List<String> log) {
        return log.stream().anyMatch(line -> line.startsWith("Cache: hit ") && line.endsWith("is left as it is"));
    }

    /** The log of a storing build and of a restoring one say that every file was {@code how} ("linked", "copied"). */
    private static void assertPlacedBy(String how, List<String> storing, List<String> restoring) {
        assertTrue(
                storing.stream()
                        .anyMatch(line -> line.startsWith("Cache: stored ") && line.endsWith(" files " + how + ")")),
                storing.toString());
        assertTrue(
                restoring.stream()
                        .anyMatch(line -> line.startsWith("Cache: hit ") && line.contains(" files " + how + " from")),
                restoring.toString());
    }

    private static boolean baked(List<String> log) {
        return log.stream().anyMatch(line -> line.startsWith("Baked "));
    }

    private static Path site(Path folder) {
        return TestSites.copyFixture("glossary", folder.resolve("site"));
    }

    private static List<String> folders(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isDirectory)
                    .map(path -> site.relativize(path).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void a_rebuild_of_unchanged_sources_restores_the_cold_build_byte_for_byte(@TempDir Path folder) throws IOException {
        Path site = site(folder);
        // An empty folder among the assets is published as one: folders are restored, not only files.
        Files.createDirectories(site.resolve("assets/img/empty"));
        Build build = new Build(site, folder.resolve("cache"));

        List<String> first = build.run("v1");
        assertTrue(
                baked(first) && first.stream().anyMatch(line -> line.startsWith("Cache: stored ")), first.toString());
        // As in CI, which keeps the cache between runs but not the output.
        FileTrees.deleteRecursively(site.resolve("output"));
        List<String> second = build.run("v1");

        assertTrue(hit(second) && !leftAsItIs(second), second.toString());
        assertFalse(baked(second), "a hit bakes nothing: " + second);
        assertEquals(coldBuild(site), TestSites.snapshot(site.resolve("output")));
        assertEquals(folders(site.resolveSibling("reference-site")), folders(site.resolve("output")));
        // What the cold build logged about the glossary's coverage is logged again.
        assertEquals(
                first.stream()
                        .filter(line -> line.startsWith("Glossary coverage"))
                        .toList(),
                second.stream()
                        .filter(line -> line.startsWith("Glossary coverage"))
                        .toList());
    }

    @Test
    void a_restore_into_an_empty_output_links_the_cached_files_rather_than_copy_them(@TempDir Path folder)
            throws IOException {
        Path site = site(folder);
        Build build = new Build(site, folder.resolve("cache"));
        List<String> first = build.run("v1");
        FileTrees.deleteRecursively(site.resolve("output"));

        List<String> second = build.run("v1");

        assertPlacedBy("linked", first, second);
        Map<Path, Object> published = fileKeys(site.resolve("output"));
        published.remove(Path.of(OutputFolder.MARKER));
        assertEquals(fileKeys(onlyEntry(folder.resolve("cache")).resolve("site")), published);
        assertEquals(coldBuild(site), TestSites.snapshot(site.resolve("output")));
    }

    @Test
    void a_published_file_edited_in_place_is_found_in_the_entry_and_never_published_again(@TempDir Path folder)
            throws IOException {
        Path site = site(folder);
        Build build = new Build(site, folder.resolve("cache"));
        build.run("v1");
        Map<String, String> cold = coldBuild(site);

        // Edited in place, as an editor appending to a file does: the entry linked to it is edited too.
        Files.writeString(site.resolve("output/index.html"), "edited", StandardOpenOption.APPEND);
        List<String> second = build.run("v1");

        assertTrue(
                second.stream()
                        .anyMatch(line -> line.startsWith("Cache: miss ")
                                && line.endsWith(" — its entry was damaged and is deleted; building")),
                second.toString());
        assertTrue(baked(second), second.toString());
        assertEquals(cold, TestSites.snapshot(site.resolve("output")));
        assertTrue(hit(build.run("v1")), "the damaged entry is replaced by a sound one");
    }

    @Test
    void where_files_cannot_be_linked_they_are_copied_and_the_output_shares_nothing_with_the_cache(@TempDir Path folder)
            throws IOException {
        Path site = site(folder);
        Build build = new Build(site, folder.resolve("cache"), NO_LINKS);
        List<String> first = build.run("v1");
        FileTrees.deleteRecursively(site.resolve("output"));
        List<String> second = build.run("v1");
        Map<String, String> cold = coldBuild(site);

        // Edited in place: the cache must not see it.
        Files.writeString(site.resolve("output/index.html"), "edited", StandardOpenOption.APPEND);
        List<String> third = build.run("v1");

        assertPlacedBy("copied", first, second);
        assertTrue(hit(third) && !leftAsItIs(third), third.toString());
        assertEquals(cold, TestSites.snapshot(site.resolve("output")));
        Map<Path, Object> entry = fileKeys(onlyEntry(folder.resolve("cache")).resolve("site"));
        fileKeys(site.resolve("output"))
                .forEach((path, key) -> assertFalse(key.equals(entry.get(path)), path::toString));
    }

    @Test
    void a_rebuild_into_an_output_that_already_holds_the_cached_site_leaves_every_file_untouched(@TempDir Path folder)
            throws IOException {
        Path site = site(folder);
        Build build = new Build(site, folder.resolve("cache"));
        List<String> first = build.run("v1");
        Map<Path, Object> before = fileKeys(site.resolve("output"));

        List<String> second = build.run("v1");

        assertTrue(leftAsItIs(second), second.toString());
        assertFalse(baked(second), second.toString());
        assertEquals(before, fileKeys(site.resolve("output")), "the same files, not copies of them");
        assertEquals(coldBuild(site), TestSites.snapshot(site.resolve("output")));
        // What the cold build logged of its stages is logged again.
        assertEquals(
                first.stream().filter(line -> line.startsWith("History: ")).toList(),
                second.stream().filter(line -> line.startsWith("History: ")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "a file added",
                "a file deleted",
                "an empty folder added",
                "a file's bytes changed, its size kept",
                "a file made a link to its copy",
                "the marker changed"
            })
    void an_output_that_differs_in_any_way_from_the_cached_site_is_replaced_by_it(String change, @TempDir Path folder)
            throws IOException {
        Path site = site(folder);
        Build build = new Build(site, folder.resolve("cache"));
        build.run("v1");
        Path output = site.resolve("output");
        Path page = output.resolve("index.html");
        switch (change) {
            case "a file added" -> Files.writeString(output.resolve("extra.txt"), "not built");
            case "a file deleted" -> Files.delete(page);
            case "an empty folder added" -> Files.createDirectories(output.resolve("img/new"));
            case "a file's bytes changed, its size kept" -> {
                // Replaced, not edited in place: an edit in place edits the entry too (see below).
                byte[] bytes = Files.readAllBytes(page);
                bytes[bytes.length / 2] ^= 1;
                Files.delete(page);
                Files.write(page, bytes);
            }
            case "a file made a link to its copy" -> {
                Path copy = Files.copy(page, folder.resolve("index-copy.html"));
                Files.delete(page);
                Files.createSymbolicLink(page, copy);
            }
            default -> Files.writeString(output.resolve(OutputFolder.MARKER), "\n", StandardOpenOption.APPEND);
        }

        List<String> second = build.run("v1");

        assertTrue(hit(second) && !leftAsItIs(second), second.toString());
        assertEquals(coldBuild(site), TestSites.snapshot(output));
        assertEquals(folders(site.resolveSibling("reference-site")), folders(output));
        assertFalse(Files.isSymbolicLink(page));
    }

    /** Each file of {@code folder} by the file system's identity of it (its inode on Linux). */
    private static Map<Path, Object> fileKeys(Path folder) throws IOException {
        Map<Path, Object> keys = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                keys.put(
                        folder.relativize(file),
                        Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
                                .fileKey());
            }
        }
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "content/01-1-details.md",
                "content/glossary/china.md",
                "templates/layout.ftl",
                "assets/css/site.css",
                "jbake.properties",
                "assets/new-file.txt",
                "data/extra.txt",
                "Paperbake's version"
            })
    void any_change_to_what_a_build_reads_builds_anew_and_correctly(String changed, @TempDir Path folder)
            throws IOException {
        Path site = site(folder);
        Build build = new Build(site, folder.resolve("cache"));
        build.run("v1");
        String version = "v1";
        if (changed.equals("Paperbake's version")) {
            version = "v2";
        } else {
            Path file = site.resolve(changed);
            Files.createDirectories(file.getParent());
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            String edit = changed.endsWith(".md")
                    ? text.stripTrailing() + "\n\nOne more sentence.\n"
                    : changed.equals("jbake.properties")
                            ? text.replace("site.title=", "site.title=Renamed ")
                            : text + "\n/* changed */\n";
            Files.writeString(file, edit, StandardCharsets.UTF_8);
        }

        List<String> second = build.run(version);

        assertFalse(hit(second), second.toString());
        assertTrue(baked(second), second.toString());
        assertEquals(coldBuild(site), TestSites.snapshot(site.resolve("output")));
        // And the changed sources' site is itself cached.
        assertTrue(hit(build.run(version)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a page altered", "a page truncated", "a page deleted", "the manifest altered"})
    void a_damaged_entry_is_never_published_and_is_rebuilt(String damage, @TempDir Path folder) throws IOException {
        Path site = site(folder);
        Path cache = folder.resolve("cache");
        Build build = new Build(site, cache);
        build.run("v1");
        Path entry;
        try (Stream<Path> entries = Files.list(cache)) {
            entry = entries.findFirst().orElseThrow();
        }
        Path page = entry.resolve("site/index.html");
        // The entry is read only when the output doesn't already hold its site.
        FileTrees.deleteRecursively(site.resolve("output"));
        switch (damage) {
            case "a page altered" -> {
                byte[] bytes = Files.readAllBytes(page);
                bytes[bytes.length / 2] ^= 1;
                Files.write(page, bytes);
            }
            case "a page truncated" -> Files.write(page, new byte[0]);
            case "a page deleted" -> Files.delete(page);
            default -> Files.writeString(entry.resolve("manifest"), "\n", StandardOpenOption.APPEND);
        }

        List<String> second = build.run("v1");

        assertFalse(hit(second), second.toString());
        assertTrue(baked(second), second.toString());
        assertEquals(coldBuild(site), TestSites.snapshot(site.resolve("output")));
        assertTrue(hit(build.run("v1")), "the damaged entry is replaced by a sound one");
    }

    @Test
    void a_cache_that_is_a_file_is_said_and_the_site_built(@TempDir Path folder) throws IOException {
        Path site = site(folder);
        Path file = Files.writeString(folder.resolve("cache"), "not a folder");
        Build build = new Build(site, file);

        List<String> log = build.run("v1");

        assertTrue(
                log.stream().anyMatch(line -> line.startsWith("Cache: off — ") && line.contains("is a file")),
                log.toString());
        assertEquals(coldBuild(site), TestSites.snapshot(site.resolve("output")));
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void a_cache_that_cannot_be_written_is_said_and_the_site_built(@TempDir Path folder) throws IOException {
        Path site = site(folder);
        // Inside a file, so that no user, root included, can create it.
        Path unwritable = Files.writeString(folder.resolve("a-file"), "x").resolve("cache");
        Build build = new Build(site, unwritable);

        List<String> log = build.run("v1");

        assertTrue(log.stream().anyMatch(line -> line.startsWith("Cache: not stored — ")), log.toString());
        assertEquals(coldBuild(site), TestSites.snapshot(site.resolve("output")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content/cache", "templates", "output/cache"})
    void a_cache_in_a_folder_a_build_reads_or_replaces_is_not_used(String where, @TempDir Path folder) {
        Path site = site(folder);
        Build build = new Build(site, site.resolve(where));

        List<String> log = build.run("v1");

        assertTrue(log.stream().anyMatch(line -> line.startsWith("Cache: off — ")), log.toString());
        assertFalse(Files.exists(site.resolve("content/cache")));
        assertEquals(coldBuild(site), TestSites.snapshot(site.resolve("output")));
    }

    @Test
    void a_failed_build_stores_nothing(@TempDir Path folder) {
        Path site = site(folder);
        TestSites.write(site.resolve("content/03-broken.md"), "---\ntitel: Broken\n---\nText.\n");
        Path cache = folder.resolve("cache");

        assertThrows(PaperbakeException.class, () -> new Build(site, cache).run("v1"));

        assertFalse(Files.exists(cache), "nothing stored");
    }

    @Test
    void the_least_recently_used_entries_are_evicted_beyond_the_bound(@TempDir Path folder) throws IOException {
        Path site = site(folder);
        Path cache = folder.resolve("cache");
        new Build(site, cache).run("v1");
        long oneSite;
        try (Stream<Path> files = Files.walk(cache)) {
            oneSite = files.filter(path -> path.toString().contains("/site/"))
                    .filter(Files::isRegularFile)
                    .mapToLong(path -> path.toFile().length())
                    .sum();
        }
        List<String> log = new ArrayList<>();
        BuildCache bounded = BuildCache.in(cache, "v2", oneSite + oneSite / 2);

        new Site(site, site.resolve("output"), log::add, bounded).build();
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(1, entries.count(), "room for one site: the older is evicted");
        }
        new Site(site, site.resolve("output"), log::add, BuildCache.in(cache, "v3", oneSite / 2)).build();

        assertTrue(
                log.stream().anyMatch(line -> line.startsWith("Cache: not stored — ") && line.contains("bound")),
                log.toString());
        log.clear();
        new Site(site, site.resolve("output"), log::add, bounded).build();
        assertTrue(hit(log), "the entry within the bound is kept: " + log);
    }

    @Test
    void a_host_the_environment_sets_is_part_of_the_key(@TempDir Path folder) throws IOException {
        SiteConfig config = SiteConfig.load(site(folder));
        Map<String, String> published = new java.util.LinkedHashMap<>(config.jbake());
        published.put("site.host", "https://example.org/paperbake/");
        SiteConfig onPages = new SiteConfig(
                config.file(),
                config.title(),
                "https://example.org/paperbake/",
                config.repo(),
                config.branch(),
                config.language(),
                published,
                config.linkPolicy());
        BuildCache cache = BuildCache.in(folder.resolve("cache"), BuildCache.DEFAULT_MAX_BYTES);
        assertEquals(cache.key(config, false), cache.key(config, false));
        assertFalse(
                cache.key(config, false).equals(cache.key(onPages, false)),
                "a local build's site is never the published one");
    }

    @Test
    void a_build_with_editions_is_another_entry_than_one_without(@TempDir Path folder) throws IOException {
        SiteConfig config = SiteConfig.load(site(folder));
        BuildCache cache = BuildCache.in(folder.resolve("cache"), BuildCache.DEFAULT_MAX_BYTES);
        assertFalse(cache.key(config, false).equals(cache.key(config, true)), "the editions are part of the site");
    }

    @Test
    void the_command_line_caches_in_the_site_folder_unless_told_otherwise(@TempDir Path folder) throws IOException {
        Path site = site(folder);
        Path defaultCache = site.resolve(BuildCache.DEFAULT_FOLDER);

        TestSites.Run off =
                TestSites.run(Map.of(BuildCache.ENVIRONMENT_VARIABLE, "off"), "build", "--source", site.toString());
        assertEquals(0, off.exitCode(), off.err());
        TestSites.Run none = TestSites.run("build", "--no-cache", "--source", site.toString());
        assertEquals(0, none.exitCode(), none.err());
        assertFalse(Files.exists(defaultCache), "neither off nor --no-cache writes a cache");

        TestSites.Run first = TestSites.run("build", "--source", site.toString());
        TestSites.Run second = TestSites.run("build", "--source", site.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(first.out().contains("Cache: miss ") && Files.isDirectory(defaultCache), first.out());
        assertTrue(second.out().contains("Cache: hit "), second.out());

        Path elsewhere = folder.resolve("ci-cache");
        TestSites.Run named = TestSites.run(
                Map.of(BuildCache.ENVIRONMENT_VARIABLE, elsewhere.toString()), "build", "--source", site.toString());
        assertTrue(named.out().contains("Cache: miss ") && Files.isDirectory(elsewhere), named.out());
        TestSites.Run option = TestSites.run("build", "--cache", elsewhere.toString(), "--source", site.toString());
        assertTrue(option.out().contains("Cache: hit "), option.out());
    }

    @Test
    void what_a_killed_build_left_half_stored_is_deleted_once_it_is_a_day_old(@TempDir Path folder) throws IOException {
        Path site = site(folder);
        Path cache = folder.resolve("cache");
        Path abandoned = Files.createDirectories(cache.resolve(".incomplete-killed"));
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.fromMillis(0));
        Path underWay = Files.createDirectories(cache.resolve(".incomplete-under-way"));

        new Build(site, cache).run("v1");

        assertFalse(Files.exists(abandoned), "a day-old half entry is a killed build's");
        assertTrue(Files.exists(underWay), "another build may still be writing a fresh one");
    }
}
