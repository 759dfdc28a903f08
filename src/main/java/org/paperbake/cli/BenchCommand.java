package org.paperbake.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperbake.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperbake bench}: build a synthetic corpus and print where the time goes. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a synthetic document (about 1,250 words a page, with glossary terms), or with --documents a "
                    + "library of small documents sharing a glossary, build it and print the time of each stage.",
            "With --compare-jbake and --compare-hugo, also build it with stock JBake 2.7.0 (its Oven with the OrientDB store, "
                    + "Paperbake's Markdown engine and templates) and with Hugo, each in a fresh process, side by side."
        })
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--pages",
            paramLabel = "N",
            description =
                    "Document pages: cover, sections, subsections (default: 100); 0 benchmarks the site's own content.")
    private int pages = 100;

    @Option(
            names = "--documents",
            paramLabel = "D",
            description = "Generate a library of D small documents (7 pages each) instead of one document of --pages.")
    private int documents;

    @Option(names = "--terms", paramLabel = "T", description = "Glossary terms (default: 100).")
    private int terms = 100;

    @Option(names = "--compare-jbake", description = "Also build with stock JBake's Oven (OrientDB store).")
    private boolean compareJBake;

    @Option(names = "--compare-hugo", description = "Also build an equivalent Hugo site with hugo, if installed.")
    private boolean compareHugo;

    @Option(
            names = "--runs",
            paramLabel = "R",
            description = "Whole-process runs per tool; the median is printed (default: 1).")
    private int runs = 1;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Stop a compared build after this long (default: 300).")
    private int timeout = 300;

    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "The site whose templates and settings are used (default: .).")
    private Path source = Path.of(".");

    @Option(
            names = "--warm",
            paramLabel = "K",
            description = "Also time K full rebuilds in this JVM after a one-page edit.")
    private int warm;

    @Option(
            names = "--keep",
            paramLabel = "DIR",
            description = "Generate into DIR (replaced) and keep it, instead of a temporary folder.")
    private Path keep;

    @Override
    public Integer call() {
        if ((pages != 0 && pages < 2) || documents < 0 || terms < 0 || runs < 1 || timeout < 1 || warm < 0) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this),
                    "--pages must be 0 or at least 2, --documents, --terms and --warm at least 0, --runs and --timeout"
                            + " at least 1");
        }
        new Bench(
                        new Bench.Options(
                                source.toAbsolutePath().normalize(),
                                pages,
                                documents,
                                terms,
                                compareJBake,
                                compareHugo,
                                runs,
                                timeout,
                                keep == null ? null : keep.toAbsolutePath().normalize(),
                                warm),
                        System.out)
                .run();
        return 0;
    }
}
