package org.paperbake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.content.DocumentType;

class CorpusGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void the_same_arguments_give_the_same_files_and_another_seed_different_ones() {
        List<CorpusGenerator.Page> first = new CorpusGenerator(30, 8, 7).pages();
        assertEquals(first, new CorpusGenerator(30, 8, 7).pages());
        assertNotEquals(first, new CorpusGenerator(30, 8, 8).pages());
    }

    @Test
    void the_corpus_is_valid_paperbake_content_with_the_requested_pages_and_terms() {
        new CorpusGenerator(50, 12, 7).writeTo(folder.resolve("content"));
        List<ContentFile> files = ContentReader.readAll(folder.resolve("content"));
        assertEquals(62, files.size());
        assertEquals(
                12,
                files.stream().filter(file -> file.type() == DocumentType.TERM).count());
        assertEquals(
                1,
                files.stream()
                        .filter(file -> file.type() == DocumentType.DOCUMENT)
                        .count());
        long sections = files.stream()
                .filter(file -> file.type() == DocumentType.SECTION)
                .count();
        assertEquals(7, sections, "about the square root of the 49 pages after the cover");
        for (ContentFile file : files) {
            if (file.type() == DocumentType.SUBSECTION) {
                assertTrue(file.parent().orElseThrow().matches("\\d{3}-.+"), file.relativePath());
            }
        }
    }

    @Test
    void a_page_has_about_1250_words_with_headings_lists_panels_links_and_term_names() {
        CorpusGenerator corpus = new CorpusGenerator(20, 5, 7);
        String body = corpus.pages().get(3).text();
        String text = body.substring(body.indexOf("\n---\n") + 5);
        int words = text.split("\\s+").length;
        assertTrue(words >= 1_200 && words <= 1_600, "words: " + words);
        assertTrue(text.contains("\n## "), "a heading");
        assertTrue(text.contains("\n- "), "a list");
        assertTrue(text.contains("> **Panel "), "a panel");
        assertTrue(text.contains("](glossary/term-"), "a term link");
        assertTrue(corpus.termTitles().stream().anyMatch(text::contains), "a recurring glossary name");
    }

    @Test
    void a_corpus_needs_two_pages_and_no_negative_terms() {
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(1, 0, 7));
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(10, -1, 7));
    }

    @Test
    void the_bench_site_uses_the_real_templates_and_settings() {
        BenchSite site = BenchSite.create(TestSites.PROJECT, folder.resolve("site"), new CorpusGenerator(10, 3, 7));
        assertEquals(
                TestSites.read(TestSites.PROJECT.resolve("templates/layout.ftl")),
                TestSites.read(site.folder().resolve("templates/layout.ftl")));
        String settings = TestSites.read(site.folder().resolve("jbake.properties"));
        assertTrue(settings.startsWith(TestSites.read(TestSites.PROJECT.resolve("jbake.properties"))));
        assertTrue(settings.contains("template.term.file="), settings);
    }
}
