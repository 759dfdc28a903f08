package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Issue 14.5: a flat document of 399 sections (the roman numerals stop before CD) directly under its cover. The sidebar's top level
 * listed every section on every page, so the site grew with the square of its sections; now it
 * lists 15 around the reader's own and links the rest to the cover, which lists them all. The site
 * is generated here, not committed.
 */
class FlatDocumentSidebarIT {

    private static final int SECTIONS = 399;
    private static final int SHOWN = 15;

    @TempDir
    static Path folder;

    static Path output;

    @BeforeAll
    static void build() {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        // Section C's paragraphs would be numbered as the Conclusion's (¶ C.1): this document has none.
        try {
            Files.delete(site.resolve("content/conclusion.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 2; i <= SECTIONS; i++) {
            TestSites.write(site.resolve("content/section-" + i + ".md"), """
                    ---
                    title: Section %d
                    type: section
                    status: published
                    date: 2023-03-17
                    number: "%s"
                    order: %d
                    ---
                    The text of section %d, in one paragraph.
                    """.formatted(i, roman(i), 1000 + i, i));
        }
        output = site.resolve("output");
        try {
            new Site(site, output, line -> {}).build();
        } catch (org.paperbake.kernel.PaperbakeException e) {
            throw new AssertionError(
                    e.problems().stream().map(p -> p.format()).toList().toString(), e);
        }
    }

    private static String roman(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder text = new StringBuilder();
        int left = number;
        for (int i = 0; i < values.length; i++) {
            for (; left >= values[i]; left -= values[i]) {
                text.append(letters[i]);
            }
        }
        return text.toString();
    }

    private static Document page(String name) {
        try {
            return Jsoup.parse(Files.readString(output.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> topLevel(String name) {
        return page(name).select("nav.sidebar .toc > li:not(.toc-more) > a").eachText();
    }

    private static List<String> moreLinks(String name) {
        return page(name).select("nav.sidebar .toc > li.toc-more > a").eachText();
    }

    @Test
    void the_sidebar_lists_fifteen_sections_around_the_reader_s_own_and_counts_the_rest() {
        List<String> shown = topLevel("section-300.html");
        assertEquals(SHOWN, shown.size(), shown.toString());
        assertTrue(shown.contains(roman(300) + " Section 300"), shown.toString());
        assertEquals(List.of("… 292 more", "… " + (SECTIONS - 292 - SHOWN) + " more"), moreLinks("section-300.html"));
        assertEquals(SHOWN, topLevel("section-399.html").size());
    }

    @Test
    void the_more_links_lead_to_the_cover_which_lists_every_section() {
        assertEquals(
                List.of("index.html"),
                page("section-300.html").select("nav.sidebar .toc > li.toc-more > a").eachAttr("href").stream()
                        .distinct()
                        .toList());
        assertTrue(page("index.html").select(".cover-contents .toc > li").size() >= SECTIONS);
    }

    @Test
    void a_section_page_stays_small_however_many_sections_there_are() throws IOException {
        long bytes = Files.size(output.resolve("section-300.html"));
        assertTrue(bytes < 20_000, bytes + " bytes");
    }
}
