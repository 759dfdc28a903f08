package org.paperbake.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A built site served on 127.0.0.1 the way GitHub Pages serves it: at the root of a host and under a
 * project path, {@code 404.html} for anything missing.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "xml",
            "application/xml",
            "txt",
            "text/plain; charset=utf-8",
            "png",
            "image/png",
            "svg",
            "image/svg+xml");

    private final HttpServer server;
    private final Path site;

    private SiteServer(Path site, String... prefixes) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        // The JDK server's timeouts are fixed for the JVM by the first server made: the preview's, not the defaults.
        org.paperbake.serve.DevServer.installTimeouts();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (String prefix : prefixes) {
            server.createContext(prefix, exchange -> serve(exchange, prefix));
        }
        server.start();
    }

    /** Serves {@code site} under each of {@code prefixes} (each starting and ending with "/"). */
    static SiteServer start(Path site, String... prefixes) {
        try {
            return new SiteServer(site, prefixes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the site served under {@code prefix}, ending with "/". */
    String url(String prefix) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void serve(HttpExchange exchange, String prefix) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        String relative = path.length() >= prefix.length() ? path.substring(prefix.length()) : "";
        Path file = site.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative)
                .normalize();
        int status = 200;
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            file = site.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        exchange.getResponseHeaders()
                .set(
                        "Content-Type",
                        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
