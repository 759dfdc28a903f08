package org.paperbake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.ChromiumFlags;
import org.paperbake.TestSites;
import org.paperbake.kernel.PaperbakeException;

/** {@code ./paperbake serve} on a free loopback port: serving, rebuilding on change, keeping the last good site. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevServerIT {

    /** Generous: a rebuild takes about a second here, but the machine is shared. */
    static final Duration WITHIN = Duration.ofSeconds(60);

    @TempDir
    static Path folder;

    static Path site;
    static DevServer server;
    static final List<String> LOG = new ArrayList<>();
    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        site = TestSites.copyFixture("minimal", folder.resolve("site"));
        server = new DevServer(site, site.resolve("output"), 0, line -> {
            synchronized (LOG) {
                LOG.add(line);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.url() + path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code path} until its body satisfies {@code condition}, failing after {@link #WITHIN}. */
    static String awaitPage(String path, Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String body = get(path).body();
        while (!condition.test(body)) {
            assertTrue(System.nanoTime() < deadline, "the served page did not change within " + WITHIN + ": " + body);
            Thread.sleep(100);
            body = get(path).body();
        }
        return body;
    }

    @Test
    @Order(1)
    void the_server_listens_on_the_loopback_interface_only_and_serves_the_built_pages() {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        HttpResponse<String> cover = get("");
        assertEquals(200, cover.statusCode());
        assertEquals(
                "text/html; charset=utf-8",
                cover.headers().firstValue("Content-Type").orElse(""));
        assertTrue(cover.body().contains("A Minimal White Paper"));
        assertEquals(
                "text/css; charset=utf-8",
                get("css/site.css").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    @Order(1)
    void the_server_sends_each_reply_at_once_rather_than_wait_for_the_browsers_acknowledgement() {
        // Read by the JDK's server when it opens a connection: with it unset, Nagle's algorithm holds a
        // reply's body until the browser acknowledges its head, up to 40 ms a file.
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
        assertEquals(200, get("css/site.css").statusCode());
    }

    @Test
    @Order(2)
    void served_pages_carry_the_reload_script_as_a_file_but_the_built_files_do_not() {
        String served = get("01-first-things.html").body();
        HttpResponse<String> script = get("_paperbake/live-reload.js");
        assertTrue(
                served.contains("<script src=\"/_paperbake/live-reload.js?v="
                        + CachedAssets.digest(script.body().getBytes(StandardCharsets.UTF_8))
                        + "\" data-generation=\"1\" defer></script></body>"),
                served);
        assertFalse(TestSites.read(site.resolve("output/01-first-things.html")).contains("live-reload"));
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("/_paperbake/status"));
        assertEquals(
                "{\"generation\":1,\"error\":null,\"builds\":1}",
                get("_paperbake/status").body());
    }

    @Test
    @Order(2)
    void a_pages_stylesheet_is_named_by_its_digest_and_only_that_address_may_be_cached() {
        HttpResponse<String> page = get("01-first-things.html");
        String css = TestSites.read(site.resolve("output/css/site.css"));
        String digest = CachedAssets.digest(css.getBytes(StandardCharsets.UTF_8));
        assertTrue(page.body().contains("href=\"css/site.css?v=" + digest + "\""), page.body());
        assertFalse(
                TestSites.read(site.resolve("output/01-first-things.html")).contains("?v="),
                "the built page keeps its plain addresses");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> current = get("css/site.css?v=" + digest);
        assertEquals(css, current.body());
        assertEquals(
                CachedAssets.FOR_GOOD,
                current.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(
                "no-store",
                get("css/site.css").headers().firstValue("Cache-Control").orElse(""));
        assertEquals(
                "no-store",
                get("css/site.css?v=0123456789abcdef")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(""));
    }

    @Test
    @Order(3)
    void paths_outside_the_output_folder_and_missing_pages_are_not_found() {
        assertEquals(404, get("../jbake.properties").statusCode());
        assertEquals(404, get("%2e%2e/jbake.properties").statusCode());
        assertEquals(404, get("..%2fjbake.properties").statusCode());
        HttpResponse<String> missing = get("no-such-page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(
                missing.body().contains("Page not found") && missing.body().contains("live-reload.js"), missing.body());
    }

    @Test
    @Order(4)
    void editing_a_content_file_changes_the_served_page() throws InterruptedException {
        Path file = site.resolve("content/01-first-things.md");
        TestSites.write(
                file, TestSites.read(file).replace("opens with this paragraph", "opens with an edited paragraph"));
        awaitPage("01-first-things.html", body -> body.contains("opens with an edited paragraph"));
        // The new page is in place just before the server counts the build; the script reloads on the count.
        awaitPage("_paperbake/status", body -> !body.startsWith("{\"generation\":1,"));
        String page = get("01-first-things.html").body();
        assertTrue(page.contains("data-generation=\"" + server.state().generation() + "\""), page);
        assertNull(server.state().error());
    }

    @Test
    @Order(5)
    void a_failed_rebuild_keeps_the_last_good_site_and_reports_the_problem_to_the_browser()
            throws InterruptedException {
        Map<String, String> before = TestSites.snapshot(site.resolve("output"));
        long generation = server.state().generation();
        Path file = site.resolve("content/conclusion.md");
        String good = TestSites.read(file);
        TestSites.write(file, good.replace("order: 200", "ordr: 200"));
        String status = awaitPage("_paperbake/status", body -> body.contains("\"error\":\""));
        // The status is ASCII JSON: the dash arrives escaped, and the browser's JSON parser turns it back.
        assertTrue(
                status.contains("conclusion.md:7: unknown front-matter key 'ordr' \\u2014 did you mean 'order'?"),
                status);
        assertEquals(before, TestSites.snapshot(site.resolve("output")));
        assertTrue(get("conclusion.html").body().contains("The end, in one paragraph."));
        // How the page shows the problems: LiveReloadBrowserIT, in Chromium.

        TestSites.write(file, good.replace("The end, in one paragraph.", "The end, fixed."));
        awaitPage("conclusion.html", body -> body.contains("The end, fixed."));
        String fixed = awaitPage("_paperbake/status", body -> body.contains("\"error\":null"));
        assertTrue(
                fixed.matches("\\{\"generation\":\\d+,\"error\":null,\"builds\":\\d+}")
                        && server.state().generation() > generation,
                fixed);
    }

    @Test
    @Order(6)
    void a_template_change_and_a_new_content_file_are_picked_up_too() throws InterruptedException {
        Path template = site.resolve("templates/page.ftl");
        TestSites.write(template, TestSites.read(template).replace("<h1>", "<h1 class=\"edited\">"));
        TestSites.write(site.resolve("content/extra/notes.md"), """
                ---
                title: Extra Notes
                type: page
                status: published
                date: 2023-03-17
                order: 250
                ---
                Notes in a new folder.
                """);
        String page = awaitPage("extra/notes.html", body -> body.contains("Notes in a new folder."));
        assertTrue(page.contains("<h1 class=\"edited\">Extra Notes</h1>"), page);
    }

    @Test
    @Order(6)
    void an_edited_stylesheet_gets_a_new_address_in_the_served_pages() throws InterruptedException {
        Path css = site.resolve("assets/css/site.css");
        String before = CachedAssets.digest(
                TestSites.read(site.resolve("output/css/site.css")).getBytes(StandardCharsets.UTF_8));
        TestSites.write(css, TestSites.read(css) + "\n.edited-in-preview { color: navy; }\n");
        awaitPage("css/site.css", body -> body.contains(".edited-in-preview"));
        String after = CachedAssets.digest(get("css/site.css").body().getBytes(StandardCharsets.UTF_8));
        assertNotEquals(before, after);
        String page = awaitPage("01-first-things.html", body -> body.contains("css/site.css?v=" + after + "\""));
        assertFalse(page.contains(before), page);
    }

    @Test
    @Order(7)
    void the_page_open_in_chromium_reloads_by_itself_after_an_edit() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(folder, "chromium-");
        List<String> command = new ArrayList<>(List.of("/usr/bin/chromium"));
        command.addAll(ChromiumFlags.headlessOffline(profile));
        command.addAll(List.of(
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                server.url() + "01-1-a-subsection.html"));
        Process chromium = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // Chromium writes the DevTools port it chose into the profile; its /json/list names each open tab's title.
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + WITHIN.toNanos();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "Chromium started");
                Thread.sleep(100);
            }
            URI tabs = URI.create(
                    "http://127.0.0.1:" + Files.readAllLines(portFile).get(0).strip() + "/json/list");
            awaitTabTitle(tabs, "\"title\": \"1.1 A Subsection · ");
            Path file = site.resolve("content/01-1-a-subsection.md");
            TestSites.write(file, TestSites.read(file).replace("title: A Subsection", "title: A Renamed Subsection"));
            awaitTabTitle(tabs, "\"title\": \"1.1 A Renamed Subsection · ");
        } finally {
            chromium.destroy();
            chromium.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Polls Chromium's list of open tabs until it shows {@code title}: the page reloaded itself, nothing navigated it. */
    static void awaitTabTitle(URI tabs, String title) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String list = "";
        while (!list.contains(title)) {
            assertTrue(System.nanoTime() < deadline, "the open tab never showed " + title + ": " + list);
            Thread.sleep(200);
            try {
                list = HTTP.send(
                                HttpRequest.newBuilder(tabs)
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
            } catch (IOException e) {
                list = "";
            }
        }
    }

    @Test
    @Order(8)
    void a_change_to_the_settings_file_is_picked_up() throws InterruptedException {
        Path settings = site.resolve("jbake.properties");
        TestSites.write(
                settings,
                TestSites.read(settings)
                        .replace(
                                "site.title=China's Law-Based Cyberspace Governance in the New Era",
                                "site.title=A Retitled Preview"));
        awaitPage(
                "index.html",
                body -> body.contains("<a class=\"site-title\" href=\"index.html\">A Retitled Preview</a>"));
    }

    @Test
    @Order(9)
    void a_port_already_in_use_is_bad_usage_with_a_fix() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PaperbakeException failure = assertThrows(
                    PaperbakeException.BadInput.class,
                    () -> new DevServer(site, folder.resolve("unused-output"), taken.getLocalPort(), line -> {}));
            assertTrue(
                    failure.problems()
                            .get(0)
                            .format()
                            .startsWith("--port " + taken.getLocalPort() + ": the port cannot be opened ("),
                    failure.problems().toString());
            assertTrue(failure.problems().get(0).format().endsWith(") — choose another port with --port N"));
        }
        assertFalse(Files.exists(folder.resolve("unused-output")), "nothing is built when the port is taken");
    }

    @Test
    @Order(10)
    void close_stops_serving_and_can_be_called_twice() {
        DevServer other = new DevServer(site, folder.resolve("other-output"), 0, line -> {});
        other.start();
        String url = other.url();
        Rehearsal rehearsal = other.rehearsal().orElseThrow();
        other.close();
        other.close();
        assertFalse(rehearsal.isRunning(), "the background rehearsal stops with the server");
        assertThrows(
                IOException.class,
                () -> HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                "the server still answers after close()");
        assertTrue(server.rebuildMillis().size() >= 4, server.rebuildMillis().toString());
    }

    @Test
    @Order(10)
    void the_preview_is_busy_while_it_is_used_and_idle_a_moment_after() throws InterruptedException {
        get("01-first-things.html");
        assertTrue(server.busy(), "a page was just fetched");
        Thread.sleep(DevServer.IDLE_AFTER_MILLIS + 200);
        assertFalse(server.busy(), "nothing happened for a while");
        Path file = site.resolve("content/01-first-things.md");
        TestSites.write(file, TestSites.read(file) + "\nOne more sentence.\n");
        awaitPage("01-first-things.html", body -> body.contains("One more sentence."));
        assertTrue(server.busy(), "just rebuilt");
    }

    @Test
    @Order(11)
    void an_editors_swap_and_temporary_files_rebuild_nothing_but_its_save_does() throws Exception {
        // Whatever rebuild an earlier edit started is over before counting.
        long quietUntil = System.nanoTime() + WITHIN.toNanos();
        int builds = server.rebuildMillis().size();
        do {
            builds = server.rebuildMillis().size();
            Thread.sleep(500);
        } while ((server.busy() || builds != server.rebuildMillis().size()) && System.nanoTime() < quietUntil);

        Path content = site.resolve("content");
        for (String scratch : List.of(
                ".01-first-things.md.swp", ".01-first-things.md.swx", "4913", "01-first-things.md___jb_tmp___")) {
            TestSites.write(content.resolve(scratch), "typed, not saved");
        }
        TestSites.write(content.resolve(".01-first-things.md.swp"), "typed some more");
        for (String scratch : List.of(".01-first-things.md.swx", "4913", "01-first-things.md___jb_tmp___")) {
            Files.delete(content.resolve(scratch));
        }
        Thread.sleep(1500);
        assertEquals(builds, server.rebuildMillis().size(), "no rebuild for an editor's scratch files");

        Path file = content.resolve("01-first-things.md");
        TestSites.write(file, TestSites.read(file).replace("opens with", "begins with"));
        awaitPage("01-first-things.html", body -> body.contains("begins with"));
        assertEquals(builds + 1, server.rebuildMillis().size(), "the save rebuilt once, the swap file still there");
        Files.delete(content.resolve(".01-first-things.md.swp"));

        // Emacs's autosave is refused by the build, so it rebuilds as it comes and as it goes.
        Path autosave = content.resolve("#01-first-things.md#");
        TestSites.write(autosave, "typed, not saved");
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (server.state().error() == null) {
            assertTrue(System.nanoTime() < deadline, "the autosave was not seen: " + LOG);
            Thread.sleep(100);
        }
        assertTrue(
                server.state().error().contains("an editor's backup or autosave copy"),
                server.state().error());
        Files.delete(autosave);
        while (server.state().error() != null) {
            assertTrue(System.nanoTime() < deadline, "its removal was not seen: " + LOG);
            Thread.sleep(100);
        }
    }

    @Test
    @Order(12)
    void a_status_request_waits_for_the_next_build_without_holding_a_request_thread() throws Exception {
        long builds = server.state().builds();
        assertEquals(
                server.state().toJson(),
                get("_paperbake/status?builds=" + (builds - 1)).body(),
                "a page that missed a build hears of it at once");
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < DevServer.REQUEST_THREADS + 4; i++) {
            waiting.add(HTTP.sendAsync(
                    HttpRequest.newBuilder(URI.create(server.url() + "_paperbake/status?builds=" + builds))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        // Time for them all to arrive and wait: more waiting pages than request threads, and the site is still served.
        Thread.sleep(1000);
        assertEquals(200, get("index.html").statusCode());
        assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone), "answered before any build");

        Path file = site.resolve("content/01-first-things.md");
        TestSites.write(file, TestSites.read(file).replace("an edited paragraph", "a paragraph edited twice"));
        for (CompletableFuture<HttpResponse<String>> answer : waiting) {
            String state = answer.get(WITHIN.toSeconds(), TimeUnit.SECONDS).body();
            assertTrue(state.contains("\"builds\":") && !state.contains("\"builds\":" + builds + "}"), state);
        }
        assertTrue(get("01-first-things.html").body().contains("a paragraph edited twice"));
    }
}
