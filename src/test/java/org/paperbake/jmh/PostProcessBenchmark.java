package org.paperbake.jmh;

import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.paperbake.bake.MarkdownRenderer;
import org.paperbake.bench.CorpusGenerator;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.postprocess.PinpointAnchors;

/**
 * HTML post-processing of one baked page of about 1,250 words: Jsoup parse, panels and pinpoint
 * anchors, serialisation — the per-page work of {@code PostProcessor} — and the parse alone.
 *
 * <p>Run as {@link MarkdownRenderBenchmark} says, with this class's name.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PostProcessBenchmark {

    private String html;

    /** A page as the templates frame it: article.document-part with the rendered body. */
    @Setup
    public void createPage() {
        String page = new CorpusGenerator(20, 20, 7).pages().get(5).text();
        String body =
                new MarkdownRenderer(BuildMemory.none()).renderMarkdown(page.substring(page.indexOf("\n---\n") + 5));
        html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>6.1 Page</title></head><body>"
                + "<nav class=\"sidebar\"><ol class=\"toc\"><li><a href=\"index.html\">Cover</a></li></ol></nav><main id=\"main\">"
                + "<article class=\"document-part\" data-number=\"6.1\"><h1>6.1 Page</h1><div class=\"text\">" + body
                + "</div></article></main></body></html>";
    }

    /** Parse, add panels and paragraph anchors, serialise: one page of the post-process stage. */
    @Benchmark
    public String postProcessPage() {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        PinpointAnchors.addTo(document);
        return document.outerHtml();
    }

    /** The Jsoup parse alone, which the link check also pays once per page. */
    @Benchmark
    public Document parsePage() {
        return Jsoup.parse(html);
    }

    /** Runs this benchmark with JMH. */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {PostProcessBenchmark.class.getSimpleName()});
    }
}
