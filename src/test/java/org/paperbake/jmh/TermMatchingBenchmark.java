package org.paperbake.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.paperbake.config.LinkPolicy;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.postprocess.Glossary;
import org.paperbake.postprocess.PinpointAnchors;
import org.paperbake.postprocess.Place;
import org.paperbake.postprocess.PostProcessor;
import org.paperbake.postprocess.Term;
import org.paperbake.postprocess.TermLinker;
import org.paperbake.postprocess.TermMatcher;

/**
 * Term matching and post-processing on a synthetic site of 10,000 document pages and 1,000
 * glossary terms (five paragraphs of about 110 words per page, eight mentions per paragraph).
 *
 * <p>Each benchmark operation handles the whole site, so the score is seconds per 10,000 pages:
 * <ul>
 *   <li>{@code matchParagraphText}: the automaton alone over every paragraph's text;</li>
 *   <li>{@code linkPages}: per page, parse with Jsoup, number paragraphs, link terms, serialise
 *       (in memory: the per-page work of the post-processor);</li>
 *   <li>{@code postProcessSite}: {@link PostProcessor#process} over the site on disk (all steps, on all cores),
 *       including the 1,000 term pages and the glossary, references and chronology pages.</li>
 * </ul>
 * Run: {@code java -cp target/test-classes:target/classes:<test classpath> org.paperbake.jmh.TermMatchingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx3g"})
public class TermMatchingBenchmark {

    static final int PAGES = 10_000;
    static final int TERMS = 1_000;
    static final int PARAGRAPHS_PER_PAGE = 5;

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "te", "su", "no", "vi", "de", "po", "ga", "hu"};
    private static final String[] KINDS = {"Council", "Initiative", "Forum", "Agreement", "Mechanism", "Alliance"};
    private static final String[] FILLER =
            ("the of and to in a is that for it as with was on be by this are from at or an have"
                            + " not which but all were when we there can been has more if will one would so what its also into other than then"
                            + " cooperation governance exchange policy rules security data law international digital network platform")
                    .split(" ");

    private Glossary glossary;
    private List<String> pages;
    private List<String> paragraphTexts;
    private Path site;

    /** Builds the synthetic glossary and pages, the same for every run (fixed seed). */
    @Setup(Level.Trial)
    public void createWorkload() {
        List<Term> terms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < TERMS; i++) {
            String title = capitalise(word(i)) + " " + capitalise(word(i * 7 + 3)) + " " + KINDS[i % KINDS.length];
            String acronym = i % 4 == 0 ? initials(title) + i : "";
            terms.add(new Term(
                    "term-" + i, title, "organization", "Definition of " + title + ".", List.of(), acronym, null));
            names.add(i % 4 == 0 && i % 8 == 0 ? acronym : title);
        }
        glossary = Glossary.of(terms);
        Random random = new Random(20230317);
        pages = new ArrayList<>();
        paragraphTexts = new ArrayList<>();
        for (int p = 0; p < PAGES; p++) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Page</title></head><body>"
                    + "<nav><a href=\"index.html\">Contents</a></nav><main><article class=\"document-part\" data-number=\""
                    + (p + 1)
                    + "\"><h1>Page " + (p + 1) + "</h1><div class=\"text\">");
            for (int k = 0; k < PARAGRAPHS_PER_PAGE; k++) {
                String text = paragraph(random, names);
                paragraphTexts.add(text);
                html.append("<p>").append(text).append("</p>");
            }
            pages.add(html.append("</div></article></main></body></html>").toString());
        }
    }

    /** Writes the site to disk afresh before each measured run of {@link #postProcessSite}, which rewrites it. */
    @Setup(Level.Iteration)
    public void writeSite() throws IOException {
        if (site != null) {
            deleteSite();
        }
        site = Files.createTempDirectory("paperbake-jmh-");
        for (int p = 0; p < pages.size(); p++) {
            Files.writeString(
                    site.resolve(String.format(Locale.ROOT, "%05d.html", p)), pages.get(p), StandardCharsets.UTF_8);
        }
        Files.createDirectories(site.resolve("glossary"));
        for (Term term : glossary.terms()) {
            Files.writeString(
                    site.resolve(term.pagePath()),
                    "<!DOCTYPE html><html><body><article class=\"term-entry\" data-term=\""
                            + term.slug() + "\"><h1>" + term.title() + "</h1><div data-fill=\"term-mentions\"></div>"
                            + "<div data-fill=\"related-terms\"></div></article></body></html>",
                    StandardCharsets.UTF_8);
        }
        for (String listing : List.of("glossary", "references", "chronology")) {
            Files.writeString(
                    site.resolve(listing + ".html"),
                    "<!DOCTYPE html><html><body><div data-fill=\"" + listing + "\"></div></body></html>",
                    StandardCharsets.UTF_8);
        }
    }

    /** Removes the last site written. */
    @TearDown(Level.Trial)
    public void deleteSite() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The automaton alone over the text of all 50,000 paragraphs. */
    @Benchmark
    public void matchParagraphText(Blackhole sink) {
        TermMatcher matcher = glossary.matcher();
        for (String text : paragraphTexts) {
            sink.consume(matcher.findAll(text));
        }
    }

    /** Parse, number, link and serialise each of the 10,000 pages in memory. */
    @Benchmark
    public void linkPages(Blackhole sink) {
        TermLinker linker = new TermLinker(glossary, LinkPolicy.FIRST_PER_PAGE);
        for (int p = 0; p < pages.size(); p++) {
            Document document = Jsoup.parse(pages.get(p));
            document.outputSettings().prettyPrint(false);
            PinpointAnchors.addTo(document);
            sink.consume(linker.linkTerms(
                    document, new Place(p + ".html", "Page", String.valueOf(p + 1), p, "", "", 0), ""));
            sink.consume(document.outerHtml());
        }
    }

    /** The whole post-processing step over the site on disk, cross-reference pages included. */
    @Benchmark
    public void postProcessSite(Blackhole sink) {
        sink.consume(
                PostProcessor.process(site, "", List.of(), glossary, LinkPolicy.FIRST_PER_PAGE, BuildMemory.none()));
    }

    private static String paragraph(Random random, List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 100; w++) {
            text.append(w == 0 ? "The" : FILLER[random.nextInt(FILLER.length)]);
            if (w % 12 == 11) {
                String name = names.get(random.nextInt(names.size()));
                text.append(' ').append(name).append(random.nextBoolean() ? "'s" : "");
            }
            text.append(w == 99 ? "." : " ");
        }
        return text.toString();
    }

    private static String word(int seed) {
        int n = Math.abs(seed);
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            word.append(SYLLABLES[n % SYLLABLES.length]);
            n = n / SYLLABLES.length + 5 * s + 1;
        }
        return word.toString();
    }

    private static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String initials(String title) {
        StringBuilder initials = new StringBuilder();
        for (String part : title.split(" ")) {
            initials.append(part.charAt(0));
        }
        return initials.toString();
    }

    /** Runs the benchmarks; JMH options can be passed on the command line as usual. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(TermMatchingBenchmark.class.getName())
                        .build())
                .run();
    }
}
