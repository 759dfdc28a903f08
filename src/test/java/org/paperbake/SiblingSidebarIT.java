package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.pipeline.Site;

/**
 * Issue 17.7: a thousand subsections under one section. Every sidebar listed every sibling (107 KB
 * a page, 100 s to build; 5,000 never finished); now it lists at most 15 around the current page
 * and links the rest to the section's own list. The site is generated here, not committed.
 */
class SiblingSidebarIT {

    private static final int SIBLINGS = 1000;
    private static final int SHOWN = 15;

    @TempDir
    static Path folder;

    static Path output;
    static long millis;

    @BeforeAll
    static void build() {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        for (int i = 2; i <= SIBLINGS; i++) {
            TestSites.write(site.resolve("content/01-" + i + "-part-" + i + ".md"), """
                    ---
                    title: Part %d
                    type: subsection
                    status: published
                    date: 2023-03-17
                    number: "1.%d"
                    order: %d
                    parent: 01-first-things
                    ---
                    The text of part %d, in one paragraph.
                    """.formatted(i, i, 110 + i, i));
        }
        output = site.resolve("output");
        long start = System.nanoTime();
        new Site(site, output, line -> {}).build();
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    private static Document page(String name) {
        try {
            return Jsoup.parse(Files.readString(output.resolve(name)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> sidebarSiblings(String name) {
        return page(name).select("nav.sidebar .toc ol > li:not(.toc-more) > a").eachText();
    }

    private static List<String> moreLinks(String name) {
        return page(name).select("nav.sidebar .toc ol > li.toc-more > a").eachText();
    }

    @Test
    void the_sidebar_lists_at_most_fifteen_siblings_around_the_current_page() {
        assertEquals(SHOWN, sidebarSiblings("01-500-part-500.html").size());
        assertEquals("1.493 Part 493", sidebarSiblings("01-500-part-500.html").get(0));
        assertEquals("1.507 Part 507", sidebarSiblings("01-500-part-500.html").get(SHOWN - 1));
        assertEquals(List.of("… 492 more", "… 493 more"), moreLinks("01-500-part-500.html"));
        assertEquals(List.of("… 985 more"), moreLinks("01-1-a-subsection.html"));
        assertEquals(List.of("… 985 more"), moreLinks("01-1000-part-1000.html"));
        assertEquals(
                "1.1000 Part 1000", sidebarSiblings("01-1000-part-1000.html").get(SHOWN - 1));
        assertEquals(List.of("… 985 more"), moreLinks("01-first-things.html"));
    }

    @Test
    void the_more_links_lead_to_the_section_which_lists_every_subsection() {
        assertEquals(
                List.of("01-first-things.html#subsections-title"),
                page("01-500-part-500.html").select("li.toc-more > a").eachAttr("href").stream()
                        .distinct()
                        .toList());
        assertEquals(
                SIBLINGS,
                page("01-first-things.html").select("nav.subsections li").size());
        assertEquals(
                SIBLINGS,
                page("index.html").select(".cover-contents .toc ol > li").size());
    }

    @Test
    void a_page_stays_small_and_the_build_takes_bounded_time() throws IOException {
        long bytes = Files.size(output.resolve("01-500-part-500.html"));
        System.out.println("SiblingSidebarIT: " + SIBLINGS + " siblings built in " + millis
                + " ms; a subsection page is " + bytes + " bytes");
        assertTrue(bytes < 20_000, bytes + " bytes");
        assertTrue(millis < 120_000, millis + " ms");
    }
}
