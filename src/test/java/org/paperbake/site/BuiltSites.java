package org.paperbake.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.paperbake.TestSites;
import org.paperbake.pipeline.Site;

/**
 * The real project site, built once per test JVM under {@code target/it-sites/}, shared by the
 * whole-site checks (validity, accessibility, browser), which only read it.
 */
final class BuiltSites {

    static final Path ROOT = TestSites.PROJECT.resolve("target/it-sites");

    /** The id of the seed's paragraph that the term fixture page links a term in. */
    static final String TERM_PARAGRAPH = "p-6-2-3";
    /** The fixture page carrying the glossary's term-link markup. */
    static final String TERM_FIXTURE = "term-fixture.html";

    private static final Map<String, Path> BUILT = new HashMap<>();

    private BuiltSites() {}

    /** The project's own site (content, templates, assets, settings), built with {@code site.host} as given. */
    static synchronized Path project(String host) {
        String name = host.isEmpty() ? "project" : "project-with-host";
        return BUILT.computeIfAbsent(name, key -> {
            Path source = ROOT.resolve(key);
            org.paperbake.kernel.FileTrees.deleteRecursively(source);
            TestSites.copyProjectSite(source);
            if (!host.isEmpty()) {
                String settings = TestSites.read(source.resolve("jbake.properties"))
                        .replace("site.host=\n", "site.host=" + host + "\n");
                TestSites.write(source.resolve("jbake.properties"), settings);
            }
            Path output = source.resolve("output");
            new Site(source, output, line -> {}).build();
            writeTermFixture(output);
            return output;
        });
    }

    /**
     * A copy of subsection 6.2 under the fixture's name and title, which the tooltip tests and
     * screenshots open: its paragraph {@link #TERM_PARAGRAPH} holds a linked term.
     */
    private static void writeTermFixture(Path output) {
        Document page =
                Jsoup.parse(TestSites.read(output.resolve("06-2-conducting-extensive-exchanges-and-cooperation.html")));
        if (page.selectFirst("#" + TERM_PARAGRAPH + " a.term") == null) {
            throw new IllegalStateException("paragraph " + TERM_PARAGRAPH + " of 6.2 links no term: pick another");
        }
        page.title("Term fixture · " + page.title());
        page.outputSettings().prettyPrint(false);
        TestSites.write(output.resolve(TERM_FIXTURE), page.outerHtml());
    }
}
