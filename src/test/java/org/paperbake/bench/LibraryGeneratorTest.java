package org.paperbake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Library;
import org.paperbake.content.ParagraphIdCheck;

class LibraryGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void the_same_arguments_give_the_same_files_and_another_seed_different_ones() {
        List<CorpusGenerator.Page> first = new LibraryGenerator(5, 4, 7).pages();
        assertEquals(first, new LibraryGenerator(5, 4, 7).pages());
        assertNotEquals(first, new LibraryGenerator(5, 4, 8).pages());
    }

    @Test
    void the_library_is_valid_content_laid_out_as_the_library_fixture() {
        new LibraryGenerator(12, 6, 7).writeTo(folder.resolve("content"));
        List<ContentFile> files = ContentReader.readAll(folder.resolve("content"));
        assertEquals(12 * LibraryGenerator.PAGES_PER_DOCUMENT + 6, files.size());
        assertEquals(List.of(), Library.check(files), "covers in folders, short titles, parents in their document");
        assertEquals(List.of(), ParagraphIdCheck.check(files), "permanent identifiers unique across the library");
        Map<String, ContentFile> covers = Library.covers(files);
        assertEquals(12, covers.size());
        ContentFile cover = covers.get(LibraryGenerator.folderOf(7));
        assertEquals("paper-0007/index.md", cover.relativePath());
        assertTrue(
                cover.shortTitle().orElseThrow().endsWith(" 7"),
                cover.shortTitle().toString());
        assertEquals(
                6,
                files.stream().filter(file -> file.type() == DocumentType.TERM).count());
        for (ContentFile file : files) {
            if (file.type() == DocumentType.SUBSECTION) {
                assertTrue(file.parent().orElseThrow().matches("paper-00\\d\\d/0[12]-.+"), file.relativePath());
            }
        }
    }

    @Test
    void each_part_has_three_paragraphs_with_a_glossary_name_and_the_conclusion_a_date() {
        LibraryGenerator library = new LibraryGenerator(2, 3, 7);
        String conclusion = library.pages().stream()
                .filter(page -> page.path().equals("paper-0002/conclusion.md"))
                .findFirst()
                .orElseThrow()
                .text();
        String body = conclusion.substring(conclusion.indexOf("\n---\n") + 5);
        assertEquals(LibraryGenerator.PARAGRAPHS_PER_PAGE, body.split("\n\n").length);
        assertTrue(body.contains(" is relevant here."), body);
        assertTrue(body.matches("(?s).*In [A-Z][a-z]+ 20\\d\\d this document was released\\..*"), body);
    }

    @Test
    void a_library_needs_a_document_and_no_negative_terms() {
        assertThrows(IllegalArgumentException.class, () -> new LibraryGenerator(0, 0, 7));
        assertThrows(IllegalArgumentException.class, () -> new LibraryGenerator(3, -1, 7));
    }
}
