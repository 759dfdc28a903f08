package org.paperbake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.pipeline.OutputFolder;

/**
 * The preview server serves only its own site, to its own origin, with timeouts: a foreign
 * {@code Host} or {@code Origin} is refused (DNS rebinding), stalled connections don't starve the
 * others, a bad path gets an answer, links out of the site are not followed, and a rebuild's swap
 * never leaves a reader without a site. Every request goes to 127.0.0.1 with a timeout.
 */
class DevServerTrustIT {

    @TempDir
    static Path folder;

    static Path site;
    static DevServer server;
    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void start() {
        site = TestSites.copyFixture("minimal", folder.resolve("site"));
        server = new DevServer(site, site.resolve("output"), 0, line -> {});
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code request} as it is on a raw socket and returns the status line of the answer. */
    static String rawStatusLine(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readNBytes(12);
            return new String(answer, StandardCharsets.ISO_8859_1);
        }
    }

    static String request(String host, String extraHeaders) {
        return "GET / HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    }

    @Test
    void a_foreign_host_or_origin_is_refused_so_dns_rebinding_cannot_read_the_preview() throws IOException {
        int port = server.port();
        assertEquals("HTTP/1.1 200", rawStatusLine(request("127.0.0.1:" + port, "")));
        assertEquals("HTTP/1.1 200", rawStatusLine(request("localhost:" + port, "")));
        assertEquals(
                "HTTP/1.1 200",
                rawStatusLine(request("127.0.0.1:" + port, "Origin: http://127.0.0.1:" + port + "\r\n")));
        assertEquals("HTTP/1.1 403", rawStatusLine(request("attacker.example:" + port, "")));
        assertEquals("HTTP/1.1 403", rawStatusLine(request("attacker.example", "")));
        assertEquals("HTTP/1.1 403", rawStatusLine(request("127.0.0.1.attacker.example:" + port, "")));
        assertEquals("HTTP/1.1 403", rawStatusLine(request("127.0.0.1:1", "")));
        assertEquals("HTTP/1.1 403", rawStatusLine("GET / HTTP/1.0\r\n\r\n"));
        assertEquals(
                "HTTP/1.1 403",
                rawStatusLine(request("127.0.0.1:" + port, "Origin: http://attacker.example:" + port + "\r\n")));
        assertEquals("HTTP/1.1 403", rawStatusLine(request("127.0.0.1:" + port, "Origin: null\r\n")));
        String status =
                "GET /_paperbake/status HTTP/1.1\r\nHost: attacker.example:" + port + "\r\nConnection: close\r\n\r\n";
        assertEquals("HTTP/1.1 403", rawStatusLine(status), "the build state is the preview's too");
    }

    @Test
    void a_path_with_a_nul_byte_or_a_control_character_gets_an_answer() throws Exception {
        assertEquals(400, get("index.html%00.txt").statusCode());
        assertEquals(400, get("index.html%0a").statusCode());
        String raw =
                "GET /index.html%00.txt HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n";
        assertEquals("HTTP/1.1 400", rawStatusLine(raw));
        assertEquals(200, get("index.html").statusCode(), "the server still serves");
    }

    @Test
    void a_folder_whose_name_has_a_space_is_redirected_to_its_index() throws Exception {
        TestSites.write(site.resolve("output/two words/index.html"), "<p>two</p>");
        HttpResponse<String> folder = get("two%20words");
        assertEquals(301, folder.statusCode());
        assertEquals("/two%20words/", folder.headers().firstValue("Location").orElse(""));
        assertEquals(200, get("two%20words/").statusCode());
    }

    @Test
    void a_link_in_the_output_folder_is_not_followed() throws Exception {
        Path output = site.resolve("output");
        Path secret = Files.writeString(folder.resolve("secret.txt"), "not part of the site\n");
        Files.createSymbolicLink(output.resolve("leak.txt"), secret);
        Files.createSymbolicLink(output.resolve("up"), site);
        Files.createSymbolicLink(output.resolve("css/inside.css"), output.resolve("css/site.css"));
        assertEquals(404, get("leak.txt").statusCode());
        assertEquals(404, get("up/jbake.properties").statusCode());
        assertEquals(404, get("up/").statusCode());
        assertEquals(404, get("css/inside.css").statusCode(), "not even a link that stays inside the site");
        assertTrue(!get("leak.txt").body().contains("not part of the site"));
        assertEquals(200, get("css/site.css").statusCode());
    }

    @Test
    void connections_that_never_finish_their_headers_neither_block_other_requests_nor_stay_open() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            // More stalled connections than the old pool of four threads, and than the new pool too.
            for (int i = 0; i < DevServer.REQUEST_THREADS + 4; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Slow: ")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                stalled.add(socket);
            }
            long start = System.nanoTime();
            assertEquals(200, get("index.html").statusCode());
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertTrue(
                    waited < (DevServer.HEADER_TIMEOUT_SECONDS + 8) * 1000L,
                    "a request waited " + waited + " ms behind stalled connections");
            for (Socket socket : stalled) {
                InputStream in = socket.getInputStream();
                try {
                    // The server gives up on the unfinished request and closes the connection.
                    while (in.read() >= 0) {
                        // an error answer, if any, is read and ignored
                    }
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a connection that never finished its headers is still open", e);
                } catch (IOException e) {
                    // reset by the server: closed too
                }
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void while_the_output_folder_is_swapped_the_last_good_site_is_still_served() throws Exception {
        Path output = site.resolve("output");
        Path previous = OutputFolder.previousFolder(output);
        String page = get("01-first-things.html").body();
        // The moment between publish's two moves: the last good site moved aside, the new one not yet in.
        Files.move(output, previous);
        try {
            HttpResponse<String> during = get("01-first-things.html");
            assertEquals(200, during.statusCode());
            assertEquals(page, during.body());
            assertEquals(200, get("").statusCode());
            HttpResponse<String> missing = get("no-such-page.html");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Page not found"), missing.body());
        } finally {
            Files.move(previous, output);
        }
    }

    @Test
    void every_request_during_repeated_rebuilds_is_answered_with_the_page() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (String path : List.of("index.html", "01-first-things.html", "css/site.css")) {
            Thread reader = new Thread(() -> {
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (!done.get() && System.nanoTime() < deadline) {
                    try {
                        HttpResponse<String> response = get(path);
                        answered.incrementAndGet();
                        if (response.statusCode() != 200) {
                            failures.add(path + ": " + response.statusCode());
                        }
                    } catch (IOException e) {
                        failures.add(path + ": no answer (" + e + ")");
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        long generation = server.state().generation();
        int rebuilds = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try {
            // At least 8 swaps, and enough of them that the readers meet some: a remembering
            // rebuild of unchanged sources takes milliseconds.
            while (rebuilds < 8 || answered.get() <= 24 && System.nanoTime() < deadline) {
                server.rebuild();
                rebuilds++;
            }
        } finally {
            done.set(true);
            for (Thread reader : readers) {
                reader.join(30_000);
            }
        }
        assertEquals(generation + rebuilds, server.state().generation(), "every rebuild published");
        assertTrue(answered.get() > 24, "requests answered: " + answered.get());
        assertEquals(List.of(), List.copyOf(failures), answered.get() + " requests");
    }
}
