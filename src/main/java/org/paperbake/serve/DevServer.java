package org.paperbake.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.FileTrees;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.pipeline.OutputFolder;
import org.paperbake.pipeline.Site;

/**
 * {@code ./paperbake serve}: builds the site, serves the output folder on the loopback interface,
 * rebuilds when a source changes and lets the open page reload itself.
 *
 * <p>Served HTML pages get one {@code <script src>} for {@code /_paperbake/live-reload.js}, added to
 * the response only, so the published files never carry it; the script is a file, not inline code,
 * so the pages' Content-Security-Policy holds in preview too. A failed rebuild leaves the last good
 * site in place (the build is atomic) and the script shows its problems over the page. A served
 * page also names its stylesheets, scripts and icons by their digest ({@link CachedAssets}), so a
 * reload takes the unchanged ones from the browser's cache.
 *
 * <p>The server serves only its own site to its own origin: a request whose {@code Host} is not
 * this server's loopback address or {@code localhost} with its port, or whose {@code Origin} is
 * another site's, gets 403 (DNS rebinding); a client has {@value #HEADER_TIMEOUT_SECONDS} s to send
 * a request; only regular files are served, never through a symbolic link; and while a rebuild
 * swaps the new site in, requests are answered from the last good one.
 */
public final class DevServer implements AutoCloseable {

    /** The URL path prefix of the server's own resources, which no site page can have. */
    static final String PREFIX = "/_paperbake/";

    private static final byte[] RELOAD_SCRIPT = resource("live-reload.js");

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"));

    /**
     * Seconds a client has to send a whole request (the JDK server's {@code sun.net.httpserver.maxReqTime});
     * a browser on the same machine sends one in milliseconds.
     */
    static final int HEADER_TIMEOUT_SECONDS = 5;

    /** Seconds a response may take to be sent ({@code sun.net.httpserver.maxRspTime}). */
    static final int RESPONSE_TIMEOUT_SECONDS = 60;

    /** Requests read and answered at once; a stalled client holds one only until its timeout. */
    static final int REQUEST_THREADS = 16;

    /**
     * Seconds a status request that waits for the next build is held before it is answered with the
     * state unchanged (the script then asks again): well inside {@link #RESPONSE_TIMEOUT_SECONDS}.
     */
    static final int STATUS_WAIT_SECONDS = 20;

    /**
     * Full builds of the site into a throwaway folder, run after the first build and before the
     * server starts, so that the first edit's rebuild runs code the JIT has already compiled: the
     * first edit after start took about 0.9 s to show against a few hundred ms for the later ones
     * (issue 13). A rebuild of the unchanged sources, as the warm-up was before, redoes nothing and
     * so compiled nothing an edit runs; a full build renders, post-processes and checks every page.
     * Run in the background, they held the build lock when the first edit came and it waited for
     * them (the first edit took 6.3 s to show on a loaded machine), so they are part of the start.
     */
    static final int WARM_UP_BUILDS = 1;

    /**
     * How long after the last change, rebuild or request the preview counts as idle, and {@link
     * Rehearsal} may rebuild its copy. A reloaded page asks for itself about 10 ms after the rebuild
     * and fires its load event 60–125 ms later, so this covers it; the longer the window, the less
     * the rehearsal gets done before the editor's first edits (1,000 ms against 400 ms, 5 sessions
     * of ServeLatency alternated: first edit 362 ms against 286 ms, later edits 214 ms against 194 ms).
     */
    static final long IDLE_AFTER_MILLIS = 400;

    static {
        // The JDK's server reads a request's headers on a request thread and, by default, waits for them for ever:
        // four clients that never finish their headers held all four threads. Its only timeouts are these
        // properties, read once when the server classes load, so they are set before the first server is made
        // (unless the user set them: -Dsun.net.httpserver.maxReqTime=N wins).
        setUnlessSet("sun.net.httpserver.maxReqTime", HEADER_TIMEOUT_SECONDS);
        setUnlessSet("sun.net.httpserver.maxRspTime", RESPONSE_TIMEOUT_SECONDS);
    }

    private static void setUnlessSet(String property, int seconds) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Integer.toString(seconds));
        }
    }

    /**
     * Installs the server's timeouts in this JVM; call before any other code makes a JDK HTTP server, which
     * would fix the defaults (no timeouts) for the whole process.
     */
    public static void installTimeouts() {
        // The static initializer above does the work; calling this method is what runs it.
    }

    private final Path source;
    private final Path output;
    /** Where the last good site is while a rebuild swaps the new one into {@link #output}. */
    private final Path previous;

    private final Consumer<String> log;
    private final HttpServer server;
    private final ExecutorService requests = Executors.newFixedThreadPool(REQUEST_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "paperbake-http");
        thread.setDaemon(true);
        return thread;
    });
    /** Answers the status requests that waited {@link #STATUS_WAIT_SECONDS} for a build in vain. */
    private final ScheduledExecutorService statusTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "paperbake-status-timer");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Status requests waiting for the next build, their headers sent: parked here rather than on a
     * request thread, so that open tabs never use up {@link #REQUEST_THREADS}. Guarded by itself.
     */
    private final Set<HttpExchange> waitingForBuild = new HashSet<>();

    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Long> rebuildMillis = new ArrayList<>();
    private SiteWatcher watcher;
    private volatile BuildState state = new BuildState(0, null, 0);
    /** One site for the whole session: it remembers each build, so an edit redoes only what it changed. */
    private final Site site;

    private final Optional<Path> scratch;
    private Rehearsal rehearsal;
    private volatile boolean rebuilding;
    private volatile long lastActivityNanos = System.nanoTime();

    /**
     * Binds the server (not yet serving), then builds the site once and warms up ({@link #WARM_UP_BUILDS}).
     *
     * @param port the port on 127.0.0.1, or 0 for any free port
     * @throws PaperbakeException.BadInput when the port is taken
     */
    public DevServer(Path source, Path output, int port, Consumer<String> log) {
        this(source, output, Optional.empty(), port, log);
    }

    /**
     * As {@link #DevServer(Path, Path, int, Consumer)}, with {@code scratch} for the background
     * {@link Rehearsal}'s copy of the site (the session's folder in memory); empty for the temporary folder.
     */
    public DevServer(Path source, Path output, Optional<Path> scratch, int port, Consumer<String> log) {
        this.scratch = scratch;
        this.source = source.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.previous = OutputFolder.previousFolder(this.output);
        this.log = log;
        this.site = Site.remembering(this.source, this.output, line -> {});
        // The JDK's server leaves Nagle's algorithm on: a reply written in two pieces (head, body) waits
        // for the browser's delayed acknowledgement, up to 40 ms a file on Linux. Read when the first
        // server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new PaperbakeException.BadInput(
                    "cannot serve",
                    List.of(new Problem(
                            "--port " + port,
                            0,
                            "the port cannot be opened (" + e.getMessage() + ")",
                            "choose another port with --port N")));
        }
        server.createContext("/", this::handle);
        server.setExecutor(requests);
        rebuild();
        if (state.error() == null) {
            warmUp();
        }
    }

    /** Starts serving and watching; returns at once. */
    public void start() {
        SiteConfig config = loadConfigOrDefaults();
        watcher = new SiteWatcher(
                List.of(config.contentFolder(), config.templateFolder(), config.assetFolder()),
                source.resolve(SiteConfig.FILE_NAME),
                this::noticeActivity,
                this::rebuild);
        watcher.start();
        server.start();
        log.accept("Serving " + Problem.displayPath(output) + " at " + url() + " — edit content/, templates/ or assets/"
                + " and the page reloads; Ctrl-C stops");
        if (rehearsal != null) {
            rehearsal.start();
        }
    }

    /** Whether a change, a rebuild or a request is under way or has just been: the rehearsal waits then. */
    boolean busy() {
        return rebuilding
                || closing.get()
                || System.nanoTime() - lastActivityNanos < TimeUnit.MILLISECONDS.toNanos(IDLE_AFTER_MILLIS);
    }

    private void noticeActivity() {
        lastActivityNanos = System.nanoTime();
    }

    /** The rehearsal of edits, prepared by the warm-up and begun by {@link #start}; empty for a site not rehearsed. */
    Optional<Rehearsal> rehearsal() {
        return Optional.ofNullable(rehearsal);
    }

    /** The address the site is served at. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The port bound, useful when 0 was asked for. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The current build state, as the live-reload script sees it. */
    BuildState state() {
        return state;
    }

    /** The time each successful rebuild took, in milliseconds, first build included. */
    public synchronized List<Long> rebuildMillis() {
        return List.copyOf(rebuildMillis);
    }

    /** Blocks until {@link #close()} has run. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Builds into the output folder; on failure keeps the last good site and records the problems for the browser. */
    synchronized void rebuild() {
        rebuilding = true;
        long start = System.nanoTime();
        try {
            site.build();
            long millis = (System.nanoTime() - start) / 1_000_000;
            rebuildMillis.add(millis);
            state = state.next(null);
            log.accept("Built in " + millis + " ms (redone: "
                    + site.redoneLastBuild().describe() + ")");
        } catch (PaperbakeException e) {
            StringBuilder problems = new StringBuilder();
            e.problems().forEach(problem -> problems.append(problem.format()).append('\n'));
            problems.append(e.getMessage());
            state = state.next(problems.toString());
            log.accept("The build failed; still serving the last good site:\n" + problems);
        } catch (RuntimeException e) {
            // A bug, not a content mistake: keep serving and show it, rather than end the preview.
            state = state.next("internal error: " + e);
            log.accept("The build failed with an internal error (a bug in Paperbake): " + e);
        } finally {
            noticeActivity();
            rebuilding = false;
        }
        answerWaitingStatusRequests();
    }

    /**
     * A full build of the sources into a folder of its own, then a rebuild of the served site (the
     * remembering path an edit takes: each page looked up, the history added). The full build is the
     * rehearsal's copy being built ({@link Rehearsal#prepare}), which {@link #start} then edits in the
     * background; for a site too large to rehearse, a throwaway build ({@link #WARM_UP_BUILDS}).
     * Nothing reaches the served site: the first build writes only its own folder, and the rebuild
     * reads the same sources, so what it publishes is what the first build did.
     */
    private void warmUp() {
        long start = System.nanoTime();
        Rehearsal candidate = new Rehearsal(source, scratch, this::busy, Rehearsal.EDITS, log);
        String fullBuild;
        if (candidate.prepare()) {
            rehearsal = candidate;
            fullBuild = "a full build of a copy of the site, edited in the background from now on";
        } else {
            buildThrowaway();
            fullBuild = "a full build into a throwaway folder";
        }
        try {
            site.build();
            log.accept("Warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms (" + fullBuild
                    + ", so that the first edit is rebuilt by compiled code)");
        } catch (RuntimeException e) {
            // Best effort only: a source changed under the warm-up is rebuilt, and reported, by the watcher.
        }
    }

    private void buildThrowaway() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("paperbake-serve-warm-up-");
            Site throwaway = new Site(source, folder.resolve("site"), line -> {});
            for (int i = 0; i < WARM_UP_BUILDS; i++) {
                throwaway.build();
            }
        } catch (IOException | RuntimeException e) {
            // Best effort only, as the warm-up.
        } finally {
            if (folder != null) {
                FileTrees.deleteRecursively(folder);
            }
        }
    }

    private SiteConfig loadConfigOrDefaults() {
        return loadConfigOrDefaults(source);
    }

    /** The site's settings, or the defaults while jbake.properties is broken (the build reports it). */
    static SiteConfig loadConfigOrDefaults(Path source) {
        try {
            return SiteConfig.load(source);
        } catch (PaperbakeException e) {
            return new SiteConfig(
                    source.resolve(SiteConfig.FILE_NAME),
                    "",
                    "",
                    "",
                    "main",
                    "en",
                    Map.of(),
                    org.paperbake.config.LinkPolicy.FIRST_PER_PAGE);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        noticeActivity();
        boolean waiting = false;
        try {
            waiting = answer(exchange);
        } catch (RuntimeException e) {
            // A bug: answer rather than drop the connection, and keep serving.
            log.accept("Internal error answering " + exchange.getRequestURI() + " (a bug in Paperbake): " + e);
            if (exchange.getResponseCode() < 0) {
                send(exchange, 500, CONTENT_TYPES.get("txt"), "Internal error\n".getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            if (!waiting) {
                exchange.close();
            }
        }
    }

    /** Answers the request; true when it is a status request left waiting for the next build. */
    private boolean answer(HttpExchange exchange) throws IOException {
        String refusal = refusal(exchange);
        if (refusal != null) {
            send(exchange, 403, CONTENT_TYPES.get("txt"), refusal.getBytes(StandardCharsets.UTF_8));
            return false;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        String path = exchange.getRequestURI().getPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            // %00 and other control characters: no page of the site has such a name, and the path API rejects NUL.
            send(
                    exchange,
                    400,
                    CONTENT_TYPES.get("txt"),
                    "Bad request: the path holds a control character\n".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        if (path.equals(PREFIX + "status")) {
            return answerStatus(exchange);
        }
        if (path.startsWith(PREFIX)) {
            serveOwnResource(exchange, path.substring(PREFIX.length()));
        } else {
            serveSiteFile(exchange, path);
        }
        return false;
    }

    /**
     * The build state. {@code ?builds=N} asks to wait for the build after the N-th: the state is
     * answered at once when more builds have finished, else when the next one does (or after
     * {@link #STATUS_WAIT_SECONDS} unchanged). The page learns of a rebuild the moment it is
     * published, where polling every 300 ms added 150 ms on average (issue 13).
     *
     * @return true when the request was left waiting, its headers sent
     */
    private boolean answerStatus(HttpExchange exchange) throws IOException {
        long seen = buildsSeen(exchange.getRequestURI().getRawQuery());
        if (seen < 0 || exchange.getRequestMethod().equals("HEAD")) {
            send(exchange, 200, "application/json", state.toJson().getBytes(StandardCharsets.UTF_8));
            return false;
        }
        synchronized (waitingForBuild) {
            // Checked under the lock the rebuild answers under: a build that ends now is either seen here or
            // answers this request.
            if (state.builds() != seen || closing.get()) {
                send(exchange, 200, "application/json", state.toJson().getBytes(StandardCharsets.UTF_8));
                return false;
            }
            setHeaders(exchange, "application/json");
            // The headers go now, so the JDK server's request timeout is over and only its response one runs.
            exchange.sendResponseHeaders(200, 0);
            waitingForBuild.add(exchange);
            // Under the lock too: close() answers the waiting requests under it before it stops the timer.
            statusTimer.schedule(() -> answerWaiting(List.of(exchange)), STATUS_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        return true;
    }

    /** The N of {@code builds=N} in the query, or -1 when there is none (answer at once). */
    private static long buildsSeen(String query) {
        if (query == null) {
            return -1;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("builds=")) {
                try {
                    return Long.parseLong(parameter.substring("builds=".length()));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private void answerWaitingStatusRequests() {
        List<HttpExchange> waiting;
        synchronized (waitingForBuild) {
            waiting = List.copyOf(waitingForBuild);
        }
        answerWaiting(waiting);
    }

    /** Sends the current state to those of {@code exchanges} still waiting, and ends them. */
    private void answerWaiting(List<HttpExchange> exchanges) {
        byte[] body = state.toJson().getBytes(StandardCharsets.UTF_8);
        for (HttpExchange exchange : exchanges) {
            synchronized (waitingForBuild) {
                if (!waitingForBuild.remove(exchange)) {
                    // Answered already (by a build, or by its timer).
                    continue;
                }
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // The page went away (it reloaded, or its tab closed) while it waited: nobody to tell.
                continue;
            } finally {
                exchange.close();
            }
        }
    }

    private void serveOwnResource(HttpExchange exchange, String name) throws IOException {
        switch (name) {
            case "live-reload.js" ->
                send(
                        exchange,
                        200,
                        CONTENT_TYPES.get("js"),
                        RELOAD_SCRIPT,
                        CachedAssets.cacheControl(exchange.getRequestURI().getRawQuery(), RELOAD_SCRIPT));
            case "live-reload.css" -> send(exchange, 200, CONTENT_TYPES.get("css"), resource(name));
            default -> notFound(exchange);
        }
    }

    /**
     * Why the request is refused, or null when it is the preview's own. A page on another site can
     * point its own name at 127.0.0.1 (DNS rebinding) and then read the preview as same-origin; its
     * requests still name that site in {@code Host}, and in {@code Origin} when they have one. So
     * only the loopback names of this server's port are answered.
     */
    private String refusal(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        List<String> own = ownHosts();
        if (host == null || !own.contains(host.strip().toLowerCase(Locale.ROOT))) {
            return "This preview answers only " + url() + " (the request names "
                    + (host == null ? "no host" : "the host '" + host + "'") + ")\n";
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && own.stream().noneMatch(name -> origin.strip().equalsIgnoreCase("http://" + name))) {
            return "This preview answers only pages of " + url() + " (the request comes from '" + origin + "')\n";
        }
        return null;
    }

    /** The {@code Host} values that name this server: its loopback address and {@code localhost}, with the port. */
    private List<String> ownHosts() {
        InetAddress address = server.getAddress().getAddress();
        String literal = address.getHostAddress();
        String name = literal.contains(":") ? "[" + literal + "]" : literal;
        return List.of(name + ":" + port(), "localhost:" + port());
    }

    private void serveSiteFile(HttpExchange exchange, String path) throws IOException {
        // The URI is already decoded; resolve it below the output folder and refuse anything that climbs out.
        String relative = path.substring(1);
        Found found = find(relative);
        if (found != null && found.body() == null) {
            if (!path.endsWith("/")) {
                // From the raw path: the decoded one may hold a space, which URI.create rejects.
                exchange.getResponseHeaders()
                        .set("Location", exchange.getRequestURI().getRawPath() + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            found = find(relative + "index.html");
        }
        if (found == null || found.body() == null) {
            notFound(exchange);
            return;
        }
        String type = contentType(found.file());
        byte[] body = found.body();
        if (type.startsWith("text/html")) {
            String page = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
            send(exchange, 200, type, withAssetDigests(injectReloadScript(body), page));
        } else {
            send(
                    exchange,
                    200,
                    type,
                    body,
                    CachedAssets.cacheControl(exchange.getRequestURI().getRawQuery(), body));
        }
    }

    /** A file found in the site (with its bytes), or a folder (without). */
    private record Found(Path file, byte[] body) {}

    /**
     * Finds {@code relative} in the site being served. While a rebuild publishes there is a moment
     * with no output folder — the last good site has been moved aside to {@link #previous} and the
     * new one is not in yet — so a miss is looked for there while the output folder is absent, and
     * in the output folder again once it is back: a swap never leaves a reader without a site.
     */
    private Found find(String relative) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Found found = lookUp(output, relative);
            if (found != null) {
                return found;
            }
            if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                // The site as it stands now: the first look may have fallen into a swap that has since ended.
                return lookUp(output, relative);
            }
            found = lookUp(previous, relative);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * {@code relative} below {@code root}, never through a link: a link placed in the output
     * folder could lead anywhere on the machine, and the build never makes one.
     */
    private static Found lookUp(Path root, String relative) {
        try {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root)) {
                return null;
            }
            for (Path part = file; part.startsWith(root); part = part.getParent()) {
                if (Files.isSymbolicLink(part)) {
                    return null;
                }
                if (part.equals(root)) {
                    break;
                }
            }
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                return new Found(file, null);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                // Missing, or a fifo or device that reading could hang on.
                return null;
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                return new Found(file, in.readAllBytes());
            }
        } catch (IOException | InvalidPathException e) {
            // Gone between the look and the read (a swap), or a name the file system can't hold.
            return null;
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Found page = find("404.html");
        // Before the first good build there is no 404 page; a bare one still carries the script that shows the
        // problems.
        byte[] page404 = page != null && page.body() != null
                ? page.body()
                : ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                                + "<body><p>Not found.</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, CONTENT_TYPES.get("html"), injectReloadScript(page404));
    }

    /** {@code html} served as {@code page}, with its stylesheets', scripts' and icons' addresses made cacheable. */
    private byte[] withAssetDigests(byte[] html, String page) {
        return CachedAssets.versioned(
                html, page, path -> Optional.ofNullable(find(path)).map(Found::body));
    }

    /** Adds the live-reload script before {@code </body>}, carrying the generation the page was served from. */
    byte[] injectReloadScript(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        String script = "<script src=\"" + CachedAssets.withDigest(PREFIX + "live-reload.js", RELOAD_SCRIPT)
                + "\" data-generation=\"" + state.generation()
                + "\" defer></script>";
        int end = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String injected = end < 0 ? text + script : text.substring(0, end) + script + text.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static byte[] resource(String name) {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        send(exchange, status, type, body, CachedAssets.NEVER);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String cacheControl)
            throws IOException {
        setHeaders(exchange, type);
        exchange.getResponseHeaders().set("Cache-Control", cacheControl);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void setHeaders(HttpExchange exchange, String type) {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", CachedAssets.NEVER);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }

    /** Stops watching and serving; safe to call twice (the command's shutdown hook and a test may both call it). */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        if (rehearsal != null) {
            rehearsal.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        // Waiting status requests get the state now rather than keep the server's stop waiting for them.
        answerWaitingStatusRequests();
        statusTimer.shutdownNow();
        server.stop(0);
        requests.shutdownNow();
        try {
            requests.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed.countDown();
        log.accept("Stopped serving");
    }
}
