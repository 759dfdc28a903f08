package org.paperbake.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.paperbake.postprocess.TermMatcher;

/**
 * Term matching in one paragraph holding {@code mentions} mentions (issue 17.8: the matcher was
 * quadratic in the mentions of a paragraph, 10,000 took 5.9 s and 50,000 never finished).
 *
 * <p>Each mention is a name with a nested one ("China-EU Taskforce" holds China and the EU), so the
 * nested-mention pass is measured too. Linear matching shows as a score proportional to
 * {@code mentions}. Run: {@code java -cp target/test-classes:target/classes:<test classpath>
 * org.paperbake.jmh.DenseParagraphBenchmark [-p mentions=10000,20000]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class DenseParagraphBenchmark {

    private static final List<String> NAMES =
            List.of("China", "EU", "China-EU Taskforce", "UN", "United Nations", "World Internet Conference", "Cuba");

    /** Mentions in the paragraph (five per sentence). */
    @Param({"10000", "20000", "50000", "100000"})
    public int mentions;

    private TermMatcher matcher;
    private String paragraph;

    /** The matcher over seven names and a paragraph of {@link #mentions} mentions. */
    @Setup(Level.Trial)
    public void createWorkload() {
        List<TermMatcher.Name> names = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            names.add(TermMatcher.Name.of(NAMES.get(i), i));
        }
        matcher = new TermMatcher(names);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < mentions / 5; i++) {
            text.append(
                    "The China-EU Taskforce met the UN, the United Nations, Cuba and the World Internet Conference. ");
        }
        paragraph = text.toString();
    }

    /** Every mention of the paragraph, nested ones included. */
    @Benchmark
    public int matchDenseParagraph() {
        return matcher.findAll(paragraph).size();
    }

    /** Runs the benchmark; JMH options can be passed on the command line as usual. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(DenseParagraphBenchmark.class.getName())
                        .build())
                .run();
    }
}
