package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Status;
import org.paperbake.pipeline.Site;

/** {@code ./paperbake new term|page}: valid scaffolds that build, never an overwrite. */
class NewCommandIT {

    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void new_term_and_new_page_scaffold_valid_drafts_that_build_and_a_published_page_appears(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Run term = run("new", "term", "Regional Comprehensive Economic Partnership", "--source", site.toString());
        Run page = run("new", "page", "About: \"this\" site #1", "--source", site.toString());
        assertEquals(0, term.exitCode(), term.err());
        assertEquals(0, page.exitCode(), page.err());
        Path termFile = site.resolve("content/glossary/regional-comprehensive-economic-partnership.md");
        Path pageFile = site.resolve("content/about-this-site-1.md");
        assertTrue(
                term.out()
                        .startsWith(
                                "Created " + termFile.toAbsolutePath().normalize() + "\nNext: write the definition"),
                term.out());
        assertTrue(page.out().startsWith("Created " + pageFile.toAbsolutePath().normalize() + "\n"), page.out());

        Map<String, ContentFile> files = new java.util.HashMap<>();
        ContentReader.readAll(site.resolve("content")).forEach(file -> files.put(file.relativePath(), file));
        ContentFile termContent = files.get("glossary/regional-comprehensive-economic-partnership.md");
        assertEquals("Regional Comprehensive Economic Partnership", termContent.title());
        assertEquals(DocumentType.TERM, termContent.type());
        assertEquals(Status.DRAFT, termContent.status());
        assertEquals(List.of(), termContent.aliases());
        ContentFile pageContent = files.get("about-this-site-1.md");
        assertEquals("About: \"this\" site #1", pageContent.title());
        assertEquals(DocumentType.PAGE, pageContent.type());
        assertEquals(Status.DRAFT, pageContent.status());
        assertEquals(OptionalInt.of(310), pageContent.order(), "after the last page (draft-notes, order 300)");
        assertTrue(pageContent.date().isPresent());

        new Site(site, site.resolve("output"), line -> {}).build();
        TestSites.write(pageFile, TestSites.read(pageFile).replace("status: draft", "status: published"));
        new Site(site, site.resolve("output"), line -> {}).build();
        assertEquals(
                "About: \"this\" site #1",
                Jsoup.parse(TestSites.read(site.resolve("output/about-this-site-1.html")))
                        .selectFirst("h1")
                        .text());
        assertTrue(
                TestSites.read(site.resolve("output/conclusion.html")).contains("href=\"about-this-site-1.html\""),
                "next link from the last page");
    }

    @Test
    void new_refuses_to_overwrite_an_existing_file_and_leaves_it_as_it_is(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        String before = TestSites.read(site.resolve("content/conclusion.md"));
        Run again = run("new", "page", "Conclusion", "--source", site.toString());
        assertEquals(2, again.exitCode());
        assertTrue(
                again.err()
                        .startsWith(site.resolve("content/conclusion.md")
                                        .toAbsolutePath()
                                        .normalize()
                                + ": already exists; it was left as it is — edit that file, or choose another name\n"),
                again.err());
        assertEquals(before, TestSites.read(site.resolve("content/conclusion.md")));
    }

    @Test
    void a_name_without_letters_or_digits_is_bad_usage_and_writes_nothing(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Map<String, String> before = TestSites.snapshot(site.resolve("content"));
        Run run = run("new", "term", "—?!", "--source", site.toString());
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err().startsWith("new term: the name '—?!' has no letters or digits to make a file name from"),
                run.err());
        assertEquals(before, TestSites.snapshot(site.resolve("content")));
        assertEquals(2, run("new", "page", "--source", site.toString()).exitCode(), "a missing title is bad usage");
        assertTrue(Files.isDirectory(site.resolve("content")));
    }
}
