package org.paperbake.jmh;

import java.util.concurrent.TimeUnit;
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

/**
 * Markdown to HTML for one synthetic page of about 1,250 words, with Paperbake's shared Flexmark
 * parser, against building a new parser per page as JBake's own engine does.
 *
 * <p>Run: {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/test.cp)
 * org.paperbake.jmh.MarkdownRenderBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkdownRenderBenchmark {

    private MarkdownRenderer shared;
    private String markdown;

    /** A page body from the benchmark corpus. */
    @Setup
    public void createPage() {
        shared = new MarkdownRenderer(BuildMemory.none());
        String page = new CorpusGenerator(20, 20, 7).pages().get(5).text();
        markdown = page.substring(page.indexOf("\n---\n") + 5);
    }

    /** One page with the one parser Paperbake keeps for the whole build. */
    @Benchmark
    public String renderWithSharedParser() {
        return shared.renderMarkdown(markdown);
    }

    /** One page with a parser built for it, as JBake's MarkdownEngine does per file. */
    @Benchmark
    public String renderWithNewParserPerPage() {
        return new MarkdownRenderer(BuildMemory.none()).renderMarkdown(markdown);
    }

    /** Runs this benchmark with JMH. */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {MarkdownRenderBenchmark.class.getSimpleName()});
    }
}
