package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperbake.pipeline.Site;

/**
 * Issue 17: {@code jbake.properties} comes from pull requests, so its values are untrusted. Each case
 * changes the settings (or a link) of a copy of a site built once; the build must exit 1 with
 * {@code path:line: problem — how to fix}, in bounded time, without a stack trace, with
 * {@code content/} and the last good {@code output/} untouched ({@link HostileContentIT#failingBuild})
 * — and nothing from outside the project (a file, the environment, a system property) in any
 * message or page.
 */
class UntrustedSettingsIT {

    private static final String SECRET = "TOP-SECRET-FILE-CONTENT-4242";
    private static final String SYSTEM_SECRET = "SYSTEM-PROPERTY-SECRET-9191";

    @TempDir
    static Path folder;

    static Path builtSite;
    static Path secretFile;

    @BeforeAll
    static void buildTheSiteOnce() {
        builtSite = TestSites.copyFixture("minimal", folder.resolve("built"));
        new Site(builtSite, builtSite.resolve("output"), line -> {}).build();
        secretFile = TestSites.write(folder.resolve("outside/secret.txt"), SECRET + "\n");
        System.setProperty("paperbake.test.secret", SYSTEM_SECRET);
    }

    private static Path copyOfBuiltSite(Path target) {
        try (Stream<Path> walk = Files.walk(builtSite)) {
            for (Path source : walk.toList()) {
                Path copy = target.resolve(builtSite.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The project's settings with {@code key} set to {@code value} (the line replaced, or added). */
    private static void set(Path site, String key, String value) {
        Path file = site.resolve("jbake.properties");
        String text = TestSites.read(file);
        String line = key + "=" + value;
        String changed = text.lines().anyMatch(l -> l.startsWith(key + "="))
                ? String.join(
                                "\n",
                                text.lines()
                                        .map(l -> l.startsWith(key + "=") ? line : l)
                                        .toList()) + "\n"
                : text + line + "\n";
        TestSites.write(file, changed);
    }

    private static int lineOf(Path site, String key) {
        List<String> lines =
                TestSites.read(site.resolve("jbake.properties")).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNothingFromOutside(String text) {
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(SYSTEM_SECRET), text);
        assertFalse(text.contains(System.getenv("PATH")), text);
    }

    /** Item 2: an interpolated file name would print a file's contents and the environment in the error. */
    @Test
    void a_file_name_setting_with_file_env_and_sys_lookups_is_refused_literally(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        String value = "leak-${file:UTF-8:" + secretFile + "}-${env:PATH}-${sys:paperbake.test.secret}.html";
        List<String> problems = HostileContentIT.failingBuild(site, () -> set(site, "error404.file", value));
        assertEquals(
                List.of("jbake.properties:" + lineOf(site, "error404.file") + ": 'error404.file' is '" + value
                        + "' — write a file name of letters, digits, '-', '_' and '.', such as page.ftl or 404.html"
                        + " (in a subfolder: folder/page.ftl; never '..' or a leading '/')"),
                problems);
        assertNothingFromOutside(String.join("\n", problems));
    }

    /** Item 2: a value that builds keeps ${…} as text — nothing is read from a file or the environment. */
    @Test
    void lookups_in_a_title_are_published_as_written(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        String title = "Leak ${file:UTF-8:" + secretFile + "} ${env:PATH} ${sys:paperbake.test.secret}";
        set(site, "site.title", title);
        HostileContentIT.Run run = HostileContentIT.runCommand("build", "--source", site.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        String page = TestSites.read(site.resolve("output/index.html"));
        assertTrue(page.contains(title), "the title is shown literally");
        for (String built : TestSites.snapshot(site.resolve("output")).keySet()) {
            assertFalse(built.contains("SECRET"), built);
        }
        assertNothingFromOutside(page);
        assertNothingFromOutside(TestSites.read(site.resolve("output/404.html")));
    }

    /** Item 2: JBake would decode \u002f after Paperbake validated the literal value. */
    @Test
    void a_unicode_escape_is_refused_rather_than_decoded_behind_the_check(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems = HostileContentIT.failingBuild(site, () -> set(site, "asset.folder", "\\u002fetc"));
        assertEquals(
                List.of("jbake.properties:" + lineOf(site, "asset.folder") + ": 'asset.folder' holds a backslash:"
                        + " settings are read literally, so an escape such as \\u00e9 would not be decoded — write the"
                        + " character itself (the file is UTF-8), without a backslash"),
                problems);
    }

    /** Item 2: JBake reads custom.properties before jbake.properties; Paperbake never validated it. */
    @Test
    void a_legacy_custom_properties_file_is_refused_by_build_and_check(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        String expected = "custom.properties: Paperbake reads its settings only from jbake.properties; the settings in"
                + " this file would be ignored — move them into jbake.properties and delete custom.properties";
        List<String> problems = HostileContentIT.failingBuild(site, () -> {
            TestSites.write(site.resolve("custom.properties"), "asset.folder=evil\n");
            link(site.resolve("evil/passwd"), Path.of("/etc/passwd"));
        });
        assertEquals(List.of(expected), problems);
        HostileContentIT.Run check = HostileContentIT.runCommand("check", "--source", site.toString());
        assertEquals(1, check.exitCode(), check.stderr());
        assertTrue(check.stderr().contains(expected), check.stderr());
    }

    /** Items 3 and 4: every folder setting resolves to a folder of its own inside the project. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "asset.folder|/|the setting points outside the project",
                "asset.folder|OUTSIDE|the setting points outside the project",
                "content.folder|../..|the setting points outside the project",
                "asset.folder|..|the setting points outside the project",
                "template.folder|/etc|the setting points outside the project",
                "data.folder|../outside|the setting points outside the project",
                "asset.folder|.git|the setting names a hidden folder (such as .git, the repository itself)",
                "asset.folder|.|the setting names the whole project, which holds the repository and the build products",
                "asset.folder||the setting names the whole project, which holds the repository and the build products",
                "asset.folder|target|the setting names a build product (target/ holds the build and the launcher's"
                        + " caches, output/ the built site)",
                "asset.folder|output/css|the setting names a build product (target/ holds the build and the"
                        + " launcher's caches, output/ the built site)",
            })
    void a_folder_setting_outside_the_project_or_on_its_repository_or_builds_is_refused(
            String key, String value, String problem, @TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        String written = value == null
                ? ""
                : value.replace("OUTSIDE", folder.resolve("outside").toString());
        List<String> problems = HostileContentIT.failingBuild(site, () -> set(site, key, written));
        String example = Map.of(
                        "asset.folder", "assets",
                        "content.folder", "content",
                        "template.folder", "templates",
                        "data.folder", "data")
                .get(key);
        assertEquals(
                List.of("jbake.properties:" + lineOf(site, key) + ": '" + key + "' is '" + written + "': " + problem
                        + " — write a folder inside the project, relative to jbake.properties, such as " + example
                        + "; the site may publish only the project's own sources"),
                problems);
    }

    @Test
    void two_folder_settings_on_one_folder_are_refused(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems = HostileContentIT.failingBuild(site, () -> set(site, "asset.folder", "content"));
        assertEquals(
                List.of("jbake.properties:" + lineOf(site, "asset.folder") + ": 'asset.folder' is 'content', which"
                        + " overlaps 'content.folder' ('content') — give each folder setting a folder of its own"),
                problems);
    }

    @Test
    void an_asset_folder_that_is_a_symbolic_link_is_refused(@TempDir Path where) throws IOException {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems = HostileContentIT.failingBuild(site, () -> {
            try {
                Files.move(site.resolve("assets"), site.resolve("real-assets"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            link(site.resolve("assets"), folder.resolve("outside"));
        });
        assertEquals(
                List.of("jbake.properties:" + lineOf(site, "asset.folder") + ": 'asset.folder' is 'assets': 'assets' is"
                        + " a symbolic link — write a folder inside the project, relative to jbake.properties, such as"
                        + " assets; the site may publish only the project's own sources"),
                problems);
    }

    /** Item 4: a link that resolves inside the project may still not publish the repository or a build. */
    @ParameterizedTest(name = "assets/{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "repo|../.git|.git",
                "config|../.git/config|.git/config",
                "jar|../target|target",
                "site|../output|output",
                "all|..|",
            })
    void a_link_to_the_repository_a_build_product_or_the_project_is_refused(
            String name, String target, String shown, @TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems = HostileContentIT.failingBuild(site, () -> {
            TestSites.write(site.resolve(".git/config"), "[remote \"origin\"]\n\textraheader = AUTHORIZATION: x\n");
            TestSites.write(site.resolve(".git/HEAD"), "ref: refs/heads/main\n");
            TestSites.write(site.resolve("target/paperbake.jar"), "a jar\n");
            link(site.resolve("assets/" + name), Path.of(target));
        });
        assertEquals(
                List.of("assets/" + name + ": the symbolic link points at "
                        + (shown == null ? "the whole project" : "'" + shown + "'") + ", which is never published (the"
                        + " repository, hidden files, target/ and output/ are not part of the site) — remove the link;"
                        + " link only to files in assets/ or templates/"),
                problems);
    }

    @Test
    void a_link_inside_a_linked_folder_is_followed_and_checked(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems = HostileContentIT.failingBuild(site, () -> {
            TestSites.write(site.resolve("extra/readme.txt"), "fine\n");
            link(site.resolve("extra/passwd"), Path.of("/etc/passwd"));
            link(site.resolve("assets/extra"), Path.of("../extra"));
            link(site.resolve("assets/loop"), Path.of("."));
        });
        assertEquals(
                List.of(
                        "assets/extra/passwd: the symbolic link points outside the project (at /etc/passwd) — replace"
                                + " the link with a copy of the file; the site may publish only files in the project",
                        "assets/loop: the symbolic link leads back into a folder that holds it (a loop) — remove the"
                                + " link"),
                problems);
    }

    /** Item 8: a 2 MB title made 10 MB pages and never finished. */
    @Test
    void a_two_megabyte_title_is_refused_quickly(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems = HostileContentIT.failingBuild(site, () -> set(site, "site.title", "x".repeat(2 << 20)));
        assertEquals(
                List.of("jbake.properties: the file is larger than 64 KB — keep only the settings; each value"
                        + " holds at most 300 characters"),
                problems);
        Path again = copyOfBuiltSite(where.resolve("again"));
        problems = HostileContentIT.failingBuild(again, () -> set(again, "site.title", "A title ".repeat(40)));
        assertEquals(
                List.of("jbake.properties:" + lineOf(again, "site.title")
                        + ": the setting is longer than 300 characters"
                        + " — shorten it; a title, an address or a file name fits in 300"),
                problems);
    }

    /** Item 9: a comma is JBake's list delimiter, and a title holding one failed every page. */
    @Test
    void a_title_with_commas_builds(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        set(site, "site.title", "Law, Order, and Cyberspace");
        HostileContentIT.Run run = HostileContentIT.runCommand("build", "--source", site.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(TestSites.read(site.resolve("output/index.html")).contains("Law, Order, and Cyberspace"));
    }

    /** Item 9: an http host passed the settings check and then could never build. */
    @Test
    void an_http_host_is_refused_in_the_settings_with_the_reason(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems =
                HostileContentIT.failingBuild(site, () -> set(site, "site.host", "http://example.org/paperbake/"));
        assertEquals(
                List.of("jbake.properties:" + lineOf(site, "site.host") + ": 'site.host' is"
                        + " 'http://example.org/paperbake/' — write the https:// address the site is published at,"
                        + " such as https://example.org/paperbake/, or leave it empty (GitHub Pages serves every site"
                        + " over HTTPS, and the canonical links and the not-found page's base address must use it)"),
                problems);
    }

    @Test
    void a_settings_file_that_is_a_link_is_refused_without_reading_it(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems = HostileContentIT.failingBuild(site, () -> {
            try {
                Files.delete(site.resolve("jbake.properties"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            link(site.resolve("jbake.properties"), secretFile);
        });
        assertEquals(
                List.of("jbake.properties: the settings file is a symbolic link or not a plain file — replace it with"
                        + " a plain file holding the settings"),
                problems);
    }
}
