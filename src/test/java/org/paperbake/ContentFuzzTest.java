package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.paperbake.bake.MarkdownRenderer;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.PaperbakeException;

/**
 * Thousands of random content files (fixed seed) through the content reader, the Markdown policy
 * and the renderer: each ends in bounded time, either reads cleanly or is refused with located
 * problems (never another exception), and the renderer on its own never emits script, handlers,
 * style or script URLs, whatever the body.
 */
class ContentFuzzTest {

    /** Per document; the slowest seen is a few tens of milliseconds. */
    private static final long BOUND_MILLIS = 5_000;

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(BuildMemory.none());

    static Path content;

    @BeforeContainer
    static void createContentFolder() throws IOException {
        content = Files.createTempDirectory("paperbake-fuzz-");
    }

    @AfterContainer
    static void deleteContentFolder() throws IOException {
        Files.deleteIfExists(content.resolve("page.md"));
        Files.deleteIfExists(content);
    }

    @Provide
    Arbitrary<String> documents() {
        return HostileDocuments.documents();
    }

    @Property(tries = 2000, seed = "6006", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void a_random_document_is_read_or_refused_and_never_renders_script(@ForAll("documents") String document) {
        long start = System.nanoTime();
        try {
            // Lone surrogates from the random strings become '?': String.getBytes replaces what UTF-8 can't encode.
            Files.write(content.resolve("page.md"), document.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ContentFile> files;
        try {
            files = ContentReader.readAll(content);
            Statistics.label("outcome").collect("read");
        } catch (PaperbakeException.ContentProblems refused) {
            Statistics.label("outcome").collect("refused");
            assertTrue(!refused.problems().isEmpty());
            refused.problems()
                    .forEach(problem ->
                            assertTrue(problem.path().endsWith("page.md") && problem.line() >= 0, problem.format()));
            files = List.of();
        }
        assertTrue(files.size() <= 1);
        String body = document.contains("\n---\n") ? document.substring(document.indexOf("\n---\n") + 5) : document;
        String html = RENDERER.renderMarkdown(body.replace("\u0000", ""));
        assertEquals(List.of(), HostileDocuments.scriptInjections(Jsoup.parseBodyFragment(html)), html);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
        // Both outcomes must be common, or the generator tests only one path.
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("read").percentage(percent -> percent > 10);
            coverage.check("refused").percentage(percent -> percent > 10);
        });
    }
}
