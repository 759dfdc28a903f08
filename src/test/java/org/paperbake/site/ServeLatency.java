package org.paperbake.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.paperbake.kernel.FileTrees;

/**
 * The end-to-end preview latency of {@code ./paperbake serve} (issue 13): starts the launcher's
 * {@code serve} on a copy of the project's site as its own process under {@code /usr/bin/time -v},
 * opens a page in headless Chromium, and then, edit after edit, appends one sentence to that page's
 * content file and measures from the moment the write returned to the browser's {@code load} event
 * of the reloaded page showing the sentence. Both ends are read on the machine's one wall clock:
 * {@link System#currentTimeMillis()} after the write, {@code performance.timeOrigin +
 * loadEventEnd} in the page. The serve log's {@code Built in} lines, stamped as they arrive,
 * split each latency into write → rebuilt and rebuilt → loaded.
 *
 * <p>A measuring tool, not a test: speed claims come from its figures, never from a timed test.
 * Run from the project folder (README, "Preview latency"):
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) org.paperbake.site.ServeLatency 3 20
 * </pre>
 *
 * (sessions, edits per session; a third argument sets the pause before each edit in ms, 1000 by default).
 * With {@code --settle=MS} the first edit waits that long after the page opened, as an editor
 * reads before editing (the background rehearsal of edits runs meanwhile); other edits wait the pause.
 * With {@code --git} the site is a clone of the project's repository rather than a copy of its
 * folders, so that the history stage reads the record of changes as in an editor's checkout.
 *
 * <p>Issue 13's figure is the first edit and the 10 after it: {@code ServeLatency 3 11 --git}.
 */
public final class ServeLatency {

    /** The page edited and watched: a subsection of the seed document. */
    static final String PAGE = "06-2-conducting-extensive-exchanges-and-cooperation";

    private static final Pattern BUILT = Pattern.compile("Built in (\\d+) ms.*");
    private static final long DEADLINE_MILLIS = 30_000;
    private static final long QUIET_MILLIS = 1_000;

    /**
     * One edit: write → load of the page showing it, the part of it until serve logged the rebuild,
     * and the reload's own parts from its navigation timing: write → the reload's start, and from
     * that start to the response's first byte and to {@code DOMContentLoaded}.
     */
    record Edit(
            long writeToLoadMillis,
            long writeToBuiltMillis,
            long rebuildMillis,
            long writeToReloadMillis,
            long reloadToResponseMillis,
            long reloadToContentLoadedMillis) {}

    /** The reloaded page's navigation timing, on the wall clock: its start, first byte, DOMContentLoaded and load. */
    private record Reload(long start, long responseStart, long contentLoaded, long loaded) {}

    /** One serve session: its edits, and the whole serve process as /usr/bin/time saw it. */
    record Session(long startMillis, List<Edit> edits, double wallSeconds, double cpuSeconds, long peakKilobytes) {}

    /** A line of the serve log and when it arrived. */
    private record LogLine(long atMillis, String text) {}

    private ServeLatency() {}

    public static void main(String[] args) throws Exception {
        List<String> numbers =
                Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        long settleMillis = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--settle="))
                .mapToLong(arg -> Long.parseLong(arg.substring("--settle=".length())))
                .findFirst()
                .orElse(0);
        boolean git = Arrays.asList(args).contains("--git");
        int sessions = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 3;
        int edits = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 20;
        long pauseMillis = numbers.size() > 2 ? Long.parseLong(numbers.get(2)) : 1000;
        Path project = Path.of("").toAbsolutePath();
        List<Session> results = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Session session = session(project, edits, pauseMillis, settleMillis, git);
            results.add(session);
            print("session " + (i + 1), session);
        }
        System.out.printf(
                Locale.ROOT,
                "ALL %d sessions: first edit median %d ms, max %d ms; later edits median of medians %d ms, median of"
                        + " p90s %d ms, max %d ms;"
                        + " serve process median wall %.2f s, CPU %.2f s, peak RSS %d MB; start (launch → Serving) median %d ms%n",
                results.size(),
                median(results.stream()
                        .map(s -> s.edits().get(0).writeToLoadMillis())
                        .toList()),
                results.stream()
                        .mapToLong(s -> s.edits().get(0).writeToLoadMillis())
                        .max()
                        .orElseThrow(),
                median(results.stream().map(s -> median(later(s))).toList()),
                median(results.stream().map(s -> percentile(later(s), 90)).toList()),
                results.stream()
                        .flatMap(s -> later(s).stream())
                        .mapToLong(Long::longValue)
                        .max()
                        .orElseThrow(),
                medianDouble(results.stream().map(Session::wallSeconds).toList()),
                medianDouble(results.stream().map(Session::cpuSeconds).toList()),
                median(results.stream().map(Session::peakKilobytes).toList()) / 1024,
                median(results.stream().map(Session::startMillis).toList()));
    }

    private static void print(String name, Session session) {
        Edit first = session.edits().get(0);
        List<Edit> rest = session.edits().subList(1, session.edits().size());
        System.out.printf(
                Locale.ROOT,
                "%s: start %d ms; first edit %d ms (rebuilt after %d, rebuild %d ms); later %d edits median %d ms, p90 %d ms,"
                        + " max %d ms"
                        + " (write → rebuilt median %d ms, rebuild median %d ms, rebuilt → loaded median %d ms;"
                        + " write → reload starts median %d ms, reload → first byte %d ms, → DOMContentLoaded %d ms);"
                        + " serve wall %.2f s, CPU %.2f s, peak RSS %d MB%n",
                name,
                session.startMillis(),
                first.writeToLoadMillis(),
                first.writeToBuiltMillis(),
                first.rebuildMillis(),
                rest.size(),
                median(later(session)),
                percentile(later(session), 90),
                percentile(later(session), 100),
                median(rest.stream().map(Edit::writeToBuiltMillis).toList()),
                median(rest.stream().map(Edit::rebuildMillis).toList()),
                median(rest.stream()
                        .map(edit -> edit.writeToLoadMillis() - edit.writeToBuiltMillis())
                        .toList()),
                median(rest.stream().map(Edit::writeToReloadMillis).toList()),
                median(rest.stream().map(Edit::reloadToResponseMillis).toList()),
                median(rest.stream().map(Edit::reloadToContentLoadedMillis).toList()),
                session.wallSeconds(),
                session.cpuSeconds(),
                session.peakKilobytes() / 1024);
        System.out.println("  all edits (write → load ms): "
                + session.edits().stream().map(Edit::writeToLoadMillis).toList());
    }

    private static List<Long> later(Session session) {
        return session.edits().subList(1, session.edits().size()).stream()
                .map(Edit::writeToLoadMillis)
                .toList();
    }

    private static Session session(Path project, int edits, long pauseMillis, long settleMillis, boolean git)
            throws Exception {
        Path folder = Files.createTempDirectory("paperbake-serve-latency-");
        Path site = folder.resolve("site");
        prepare(project, site, git);
        Path times = folder.resolve("time.txt");
        int port = freePort();
        long launched = System.currentTimeMillis();
        Process serve = new ProcessBuilder(
                        "/usr/bin/time",
                        "-v",
                        "-o",
                        times.toString(),
                        "sh",
                        project.resolve("paperbake").toString(),
                        "serve",
                        "--source",
                        site.toString(),
                        "--port",
                        Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        List<LogLine> log = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readLog(serve, log), "serve-log");
        reader.setDaemon(true);
        reader.start();
        ChromeDriver driver = null;
        try {
            LogLine serving = await(log, 0, line -> line.text().startsWith("Serving "), "serve to start");
            long startMillis = serving.atMillis() - launched;
            driver = Browser.start(project.resolve("target/chromium-profiles"));
            driver.get("http://127.0.0.1:" + port + "/" + PAGE + ".html");
            Path file = site.resolve("content").resolve(PAGE + ".md");
            String original = Files.readString(file, StandardCharsets.UTF_8);
            List<Edit> results = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                Thread.sleep(i == 0 ? Math.max(pauseMillis, settleMillis) : pauseMillis);
                results.add(edit(file, original + "\n", i, log, driver));
            }
            driver.quit();
            driver = null;
            // SIGTERM to the JVM alone (the launcher's shell may still be waiting for it, to install the class
            // archive the JVM writes at exit): its shutdown hook stops the server, then time reports.
            serve.descendants()
                    .filter(process -> process.children().findAny().isEmpty())
                    .forEach(ProcessHandle::destroy);
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("serve did not stop");
            }
            String report = Files.readString(times, StandardCharsets.UTF_8);
            log.stream()
                    .filter(line -> BUILT.matcher(line.text()).matches())
                    .reduce((first, second) -> second)
                    .ifPresent(line -> System.out.println("  last rebuild: " + line.text()));
            return new Session(
                    startMillis,
                    results,
                    wallSeconds(field(report, "Elapsed (wall clock) time (h:mm:ss or m:ss)")),
                    Double.parseDouble(field(report, "User time (seconds)"))
                            + Double.parseDouble(field(report, "System time (seconds)")),
                    Long.parseLong(field(report, "Maximum resident set size (kbytes)")));
        } finally {
            if (driver != null) {
                driver.quit();
            }
            serve.descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
            FileTrees.deleteRecursively(folder);
        }
    }

    /** Appends the {@code i}th sentence to {@code original} in {@code file} and measures until the page shows it. */
    private static Edit edit(Path file, String original, int i, List<LogLine> log, ChromeDriver driver)
            throws IOException, InterruptedException {
        String sentence = "Latency probe sentence number " + i + "x" + System.nanoTime() + ".";
        int seen = log.size();
        Files.writeString(file, original + sentence + "\n", StandardCharsets.UTF_8);
        long written = System.currentTimeMillis();
        LogLine built = await(log, seen, line -> BUILT.matcher(line.text()).matches(), "the rebuild");
        Reload reload = awaitLoad(driver, sentence);
        Matcher rebuild = BUILT.matcher(built.text());
        rebuild.matches();
        return new Edit(
                reload.loaded() - written,
                built.atMillis() - written,
                Long.parseLong(rebuild.group(1)),
                reload.start() - written,
                reload.responseStart() - reload.start(),
                reload.contentLoaded() - reload.start());
    }

    /** The site served: a clone of the project's repository, or a copy of its site's folders. */
    private static void prepare(Path project, Path site, boolean git) throws IOException, InterruptedException {
        if (git) {
            Process clone = new ProcessBuilder("git", "clone", "--quiet", project.toString(), site.toString())
                    .inheritIO()
                    .start();
            if (clone.waitFor() != 0) {
                throw new IllegalStateException("git clone of " + project + " failed");
            }
        } else {
            for (String part : new String[] {"templates", "assets", "content"}) {
                FileTrees.copy(project.resolve(part), site.resolve(part));
            }
            Files.copy(project.resolve("jbake.properties"), site.resolve("jbake.properties"));
        }
    }

    /**
     * When the page showing {@code sentence} fired its load event, on the wall clock, in ms. The
     * browser is asked only after a quiet pause: a WebDriver round trip every few milliseconds would
     * take a core of the two from the reload it measures. The page's own clock dates the load, so
     * asking late doesn't change the figure.
     */
    private static Reload awaitLoad(ChromeDriver driver, String sentence) throws InterruptedException {
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        Thread.sleep(QUIET_MILLIS);
        while (System.currentTimeMillis() < deadline) {
            try {
                Object loaded = Browser.js(
                        driver,
                        "var nav = performance.getEntriesByType('navigation')[0], t = performance.timeOrigin;"
                                + "return document.body && document.body.textContent.indexOf(arguments[0]) >= 0"
                                + " && nav && nav.loadEventEnd > 0 ? [t + nav.startTime, t + nav.responseStart,"
                                + " t + nav.domContentLoadedEventEnd, t + nav.loadEventEnd].join(' ') : null;",
                        sentence);
                if (loaded instanceof String times) {
                    long[] at = Arrays.stream(times.split(" "))
                            .mapToLong(time -> Math.round(Double.parseDouble(time)))
                            .toArray();
                    return new Reload(at[0], at[1], at[2], at[3]);
                }
            } catch (WebDriverException e) {
                // The page is being replaced by its reload: ask the new one.
            }
            Thread.sleep(QUIET_MILLIS / 10);
        }
        throw new IllegalStateException("the page did not show the edit within " + DEADLINE_MILLIS + " ms");
    }

    private static void readLog(Process serve, List<LogLine> log) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                log.add(new LogLine(System.currentTimeMillis(), line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LogLine await(List<LogLine> log, int from, java.util.function.Predicate<LogLine> wanted, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            for (int i = from; i < log.size(); i++) {
                if (wanted.test(log.get(i))) {
                    return log.get(i);
                }
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("waited in vain for " + what + "; serve said: "
                + log.stream().map(LogLine::text).toList());
    }

    private static String field(String report, String name) {
        for (String line : report.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith(name + ":")) {
                return stripped.substring(name.length() + 1).strip();
            }
        }
        throw new IllegalStateException("no '" + name + "' in /usr/bin/time's report:\n" + report);
    }

    /** {@code m:ss.cc} or {@code h:mm:ss} as seconds. */
    private static double wallSeconds(String clock) {
        double seconds = 0;
        for (String part : clock.split(":")) {
            seconds = seconds * 60 + Double.parseDouble(part);
        }
        return seconds;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long median(List<Long> values) {
        return percentile(values, 50);
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double medianDouble(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
