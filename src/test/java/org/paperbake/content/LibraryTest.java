package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Problem;

/** Which document a page is in, a library's redirects, and a parent named within the page's own folder. */
class LibraryTest {

    @TempDir
    Path content;

    private void page(String path, String frontMatter) {
        TestSites.write(
                content.resolve(path), "---\n" + frontMatter + "status: published\ndate: 2024-01-15\n---\nText.\n");
    }

    private List<ContentFile> read(List<Problem> problems) {
        return ContentReader.readAllCollecting(content, problems, BuildMemory.none());
    }

    @Test
    void a_page_belongs_to_the_first_folder_of_its_path_and_the_glossary_to_no_document() {
        assertEquals("cyber", Library.documentOf("cyber/06-1-x.md"));
        assertEquals("", Library.documentOf("conclusion.md"));
        assertEquals("", Library.documentOf("glossary/rcep.md"));
    }

    @Test
    void a_parent_is_named_within_the_pages_folder_and_a_moved_document_redirects_every_old_address() {
        page("cyber/index.md", "title: Cover\ntype: document\norder: 0\nshort_title: Cyber\nmoved_from: /\n");
        page("cyber/06-x.md", "title: Six\ntype: section\nnumber: \"VI\"\norder: 600\n");
        page("cyber/06-1-y.md", "title: Six one\ntype: subsection\nnumber: \"6.1\"\norder: 610\nparent: 06-x\n");
        page("other/index.md", "title: Other\ntype: document\norder: 0\nshort_title: Other\n");
        List<Problem> problems = new ArrayList<>();
        List<ContentFile> files = read(problems);
        assertEquals(List.of(), problems);
        assertTrue(Library.isLibrary(files));
        ContentFile subsection = files.stream()
                .filter(file -> file.relativePath().equals("cyber/06-1-y.md"))
                .findFirst()
                .orElseThrow();
        assertEquals("cyber/06-x", subsection.parent().orElseThrow());
        assertEquals(
                Map.of(
                        "full.html", "cyber/full.html",
                        "06-x.html", "cyber/06-x.html",
                        "06-1-y.html", "cyber/06-1-y.html"),
                Library.redirects(files));
        assertEquals(Map.of("cyber", "Cyber", "other", "Other"), Library.shortTitles(files));
    }

    @Test
    void a_site_of_one_document_is_no_library_and_has_no_library_problems() {
        page("index.md", "title: Cover\ntype: document\norder: 0\n");
        page("01-x.md", "title: One\ntype: section\nnumber: \"I\"\norder: 100\n");
        List<Problem> problems = new ArrayList<>();
        List<ContentFile> files = read(problems);
        assertEquals(List.of(), problems);
        assertFalse(Library.isLibrary(files));
        assertEquals(Map.of(), Library.redirects(files));
    }
}
