package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.pipeline.Site;

/** The real site: deterministic, atomic builds, and "Edit this page" / "History" on every page built from content. */
class PublishingIT {

    @TempDir
    static Path folder;

    static Path site;
    static Path output;

    @BeforeAll
    static void build() {
        site = TestSites.copyProjectSite(folder.resolve("site"));
        output = site.resolve("output");
        new Site(site, output, line -> {}).build();
    }

    @Test
    void two_builds_of_the_real_site_are_byte_identical() {
        Path again = folder.resolve("again");
        new Site(site, again, line -> {}).build();
        assertEquals(TestSites.snapshot(output), TestSites.snapshot(again));
    }

    @Test
    void every_page_built_from_content_links_to_its_file_in_the_github_editor_and_to_its_history() {
        List<ContentFile> content = ContentReader.readAll(site.resolve("content"));
        assertTrue(content.size() >= 6, "the imported pages at least");
        for (ContentFile file :
                content.stream().filter(ContentFile::isPublished).toList()) {
            Document page = Jsoup.parse(TestSites.read(output.resolve(file.outputPath())));
            String path = "content/" + file.relativePath();
            assertEquals(
                    List.of(
                            "https://github.com/paperbake/paperbake/edit/main/" + path,
                            "https://github.com/paperbake/paperbake/commits/main/" + path),
                    page.select("nav.edit-links a").eachAttr("href"),
                    file.relativePath());
            assertEquals(
                    List.of("Edit this page", "History"),
                    page.select("nav.edit-links a").eachText());
        }
        assertTrue(
                Jsoup.parse(TestSites.read(output.resolve("404.html")))
                        .select(".edit-links")
                        .isEmpty(),
                "404 has no content file");
    }

    @Test
    void the_edit_links_follow_site_repo_and_site_branch_and_vanish_without_a_repo(@TempDir Path other) {
        Path copy = TestSites.copyFixture("minimal", other.resolve("site"));
        Path settings = copy.resolve("jbake.properties");
        TestSites.write(
                settings,
                TestSites.read(settings)
                        .replace("site.repo=paperbake/paperbake", "site.repo=someone/fork")
                        .replace("site.branch=main", "site.branch=release/2023"));
        TestPage.page("A B", 900).body("A page in a subfolder.\n").writeTo(copy.resolve("content/glossary/a-b.md"));
        new Site(copy, copy.resolve("output"), line -> {}).build();
        assertEquals(
                List.of(
                        "https://github.com/someone/fork/edit/release/2023/content/glossary/a-b.md",
                        "https://github.com/someone/fork/commits/release/2023/content/glossary/a-b.md"),
                Jsoup.parse(TestSites.read(copy.resolve("output/glossary/a-b.html")))
                        .select("nav.edit-links a")
                        .eachAttr("href"));

        TestSites.write(settings, TestSites.read(settings).replace("site.repo=someone/fork", "site.repo="));
        new Site(copy, copy.resolve("output"), line -> {}).build();
        assertTrue(Jsoup.parse(TestSites.read(copy.resolve("output/index.html")))
                .select(".edit-links")
                .isEmpty());
    }

    @Test
    void bad_front_matter_or_a_bad_template_leaves_the_previous_output_byte_identical(@TempDir Path other) {
        Path copy = TestSites.copyProjectSite(other.resolve("site"));
        Path out = copy.resolve("output");
        new Site(copy, out, line -> {}).build();
        Map<String, String> before = TestSites.snapshot(out);

        Path page = copy.resolve("content/conclusion.md");
        String good = TestSites.read(page);
        TestSites.write(page, good.replace("type: section", "type: sectoin"));
        PaperbakeException frontMatter =
                assertThrows(PaperbakeException.ContentProblems.class, () -> new Site(copy, out, line -> {}).build());
        assertTrue(
                frontMatter
                        .problems()
                        .get(0)
                        .format()
                        .contains("conclusion.md:3: 'type' is 'sectoin' — did you mean 'section'?"),
                frontMatter.problems().toString());
        assertEquals(before, TestSites.snapshot(out));

        TestSites.write(page, good);
        TestSites.write(
                copy.resolve("templates/layout.ftl"),
                TestSites.read(copy.resolve("templates/layout.ftl"))
                        .replace("<@edit_links/>", "<@edit_links/>${content.no_such_value}"));
        assertThrows(PaperbakeException.ContentProblems.class, () -> new Site(copy, out, line -> {}).build());
        assertEquals(before, TestSites.snapshot(out));
    }
}
