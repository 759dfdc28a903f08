package org.paperbake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.bench.BenchSite;
import org.paperbake.bench.CorpusGenerator;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.BuildMemory;

/**
 * The fast baker against the reference: JBake's own Oven with its OrientDB store, crawler and
 * documents renderer, given the same Markdown engine and templates. Their output must be the same
 * byte for byte, on the real seed site and on a 200-page synthetic document, and also with a probe
 * in the page frame (on pages with distinct dates, see {@link #giveEveryPageItsOwnDate}) that prints the parts of JBake's data model the site's templates don't use
 * (JBake's own previous/next, the published_* lists in store order, sha1, file, rootpath).
 */
class StockJBakeEquivalenceIT {

    /** Printed into every page of the probed copies; every value comes from JBake's data model. */
    private static final String PROBE = "<#if content??><p class=\"probe\">prev=${(content.previousContent.uri)!\"-\"} "
            + "next=${(content.nextContent.uri)!\"-\"} sha1=${content.sha1!\"-\"} root=${content.rootpath!\"-\"} "
            + "type=${content.type!\"-\"} status=${content.status!\"-\"} cached=${(content.cached?c)!\"-\"} "
            + "date=${(content.date?string(\"yyyy-MM-dd\"))!\"-\"} sections=<#list published_sections as s>${s.uri},</#list> "
            + "subsections=${published_subsections?size} pages=<#list published_pages as p>${p.uri},</#list> "
            + "all=${all_content?size} version=${version!\"-\"}</p></#if>";

    @TempDir
    static Path folder;

    @BeforeAll
    static void createSites() {
        TestSites.copyProjectSite(folder.resolve("seed"));
        BenchSite.create(TestSites.PROJECT, folder.resolve("corpus"), new CorpusGenerator(200, 30, 11));
        BenchSite.create(TestSites.PROJECT, folder.resolve("corpus-probed"), new CorpusGenerator(60, 10, 3));
        giveEveryPageItsOwnDate(folder.resolve("corpus-probed/content"));
        addProbe(folder.resolve("corpus-probed"));
    }

    /**
     * JBake orders documents by date only; OrientDB returns documents with the same date in an order
     * that depends on how it spread them over its clusters (one per core), so stock JBake's
     * previous/next between same-day pages differs from machine to machine. The probe compares them
     * where JBake defines them: on pages with distinct dates.
     */
    private static void giveEveryPageItsOwnDate(Path content) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(content)) {
            List<Path> pages = files.filter(path -> path.toString().endsWith(".md"))
                    .sorted()
                    .toList();
            // A step coprime with the number of pages gives every page a date of its own (37 alone
            // gave 74 pages only two dates).
            long step = 37;
            while (java.math.BigInteger.valueOf(step)
                            .gcd(java.math.BigInteger.valueOf(pages.size()))
                            .intValue()
                    != 1) {
                step++;
            }
            for (int i = 0; i < pages.size(); i++) {
                String text = TestSites.read(pages.get(i));
                String date = java.time.LocalDate.of(2000, 1, 1)
                        .plusDays((i * step) % pages.size())
                        .toString();
                TestSites.write(
                        pages.get(i),
                        text.contains("\ndate: ")
                                ? text.replace("date: 2023-03-17", "date: " + date)
                                : text.replace("status: published\n", "status: published\ndate: " + date + "\n"));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void addProbe(Path site) {
        Path layout = site.resolve("templates/layout.ftl");
        TestSites.write(layout, TestSites.read(layout).replace("</footer>", PROBE + "</footer>"));
    }

    private static Map<String, String> bake(Path site, Baker baker, String into) {
        SiteConfig config = SiteConfig.load(site);
        List<ContentFile> files = ContentReader.readAll(config.contentFolder());
        Path destination = folder.resolve(into);
        baker.bake(config, files, destination, BuildMemory.none());
        return TestSites.snapshot(destination);
    }

    private static void assertSameOutput(String site) {
        Path source = folder.resolve(site);
        Map<String, String> reference = bake(source, new StockJBakeBaker(), site + "-stock");
        Map<String, String> fast = bake(source, new SiteBaker(), site + "-fast");
        assertTrue(reference.size() > 5, reference.toString());
        assertEquals(reference, fast);
    }

    @Test
    void the_seed_site_bakes_byte_for_byte_as_stock_jbake_bakes_it() {
        assertSameOutput("seed");
    }

    @Test
    void a_200_page_synthetic_document_bakes_byte_for_byte_as_stock_jbake_bakes_it() {
        assertSameOutput("corpus");
    }

    @Test
    void jbake_s_previous_next_store_order_and_crawl_attributes_match_on_a_synthetic_document() {
        assertSameOutput("corpus-probed");
        String subsection = TestSites.snapshot(folder.resolve("corpus-probed-fast")).keySet().stream()
                .filter(name -> name.matches("002-2-.*\\.html"))
                .findFirst()
                .orElseThrow();
        String page = TestSites.read(folder.resolve("corpus-probed-fast").resolve(subsection));
        assertTrue(page.matches("(?s).*prev=\\S+\\.html next=\\S+\\.html sha1=[0-9a-f]{40} .*"), page);
    }

    @Test
    void two_fast_bakes_of_the_same_content_are_byte_identical() {
        Path source = folder.resolve("corpus");
        assertEquals(bake(source, new SiteBaker(), "again-1"), bake(source, new SiteBaker(), "again-2"));
    }
}
