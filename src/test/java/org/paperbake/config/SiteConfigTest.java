package org.paperbake.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

class SiteConfigTest {

    @TempDir
    Path folder;

    private static final String VALID = """
            site.title=A Title
            site.repo=owner/name
            site.branch=main
            db.store=memory
            render.index=false
            render.feed=false
            render.archive=false
            render.tags=false
            template.section.file=section.ftl
            """;

    @Test
    void the_projects_own_settings_are_valid() {
        SiteConfig config = SiteConfig.load(TestSites.PROJECT);
        assertEquals("China's Law-Based Cyberspace Governance in the New Era", config.title());
        assertEquals("main", config.branch());
    }

    @Test
    void valid_settings_are_read_into_the_record() {
        TestSites.write(folder.resolve("jbake.properties"), VALID);
        SiteConfig config = SiteConfig.load(folder);
        assertEquals("A Title", config.title());
        assertEquals("owner/name", config.repo());
        assertEquals("", config.host());
        assertEquals("en", config.language());
        assertEquals(folder.resolve("content"), config.contentFolder());
    }

    @Test
    void an_unknown_key_is_reported_with_the_closest_known_key() {
        TestSites.write(folder.resolve("jbake.properties"), VALID + "site.titel=Typo\n");
        List<String> problems = problemsOf(folder);
        assertEquals(
                List.of(folder.resolve("jbake.properties")
                        + ":10: unknown setting 'site.titel' — did you mean 'site.title'?"),
                problems);
    }

    /** Four bad values on lines 1, 2, 3 and 5. */
    private static final String BAD_VALUES = """
            site.title=
            site.repo=not a repo
            db.store=plocal
            render.index=false
            render.feed=true
            render.archive=false
            render.tags=false
            """;

    @Test
    void every_problem_is_reported_at_once() {
        TestSites.write(folder.resolve("jbake.properties"), BAD_VALUES + "bogus\n");
        List<String> problems = problemsOf(folder);
        assertEquals(
                List.of(folder.resolve("jbake.properties") + ":8: 'bogus' is not a setting — write key=value,"
                        + " or start the line with # to make it a comment"),
                problems,
                "a line that is not a setting stops the reading before the values are checked");
        TestSites.write(folder.resolve("jbake.properties"), BAD_VALUES);
        problems = problemsOf(folder);
        assertEquals(4, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).contains(":1: 'site.title' is missing or empty"));
        assertEquals(true, problems.get(1).contains(":2: 'site.repo' is 'not a repo' — write a GitHub repository"));
        assertEquals(true, problems.get(2).contains(":3: JBake's content store must be in memory"));
        assertEquals(true, problems.get(3).contains(":5: 'render.feed' must be false"));
    }

    @Test
    void a_key_set_twice_is_reported_on_its_second_line() {
        TestSites.write(folder.resolve("jbake.properties"), VALID + "site.branch=gh-pages\n");
        assertEquals(
                List.of(folder.resolve("jbake.properties") + ":10: 'site.branch' is set twice (first on line 3)"
                        + " — keep one of the two lines"),
                problemsOf(folder));
    }

    @Test
    void a_missing_file_is_bad_input() {
        PaperbakeException.BadInput failure =
                assertThrows(PaperbakeException.BadInput.class, () -> SiteConfig.load(folder));
        assertEquals(2, failure.exitCode());
        assertEquals(true, failure.problems().get(0).format().contains("there is no jbake.properties here"));
    }

    @Test
    void the_glossary_link_policy_is_read_and_defaults_to_the_first_mention_per_page() {
        TestSites.write(folder.resolve("jbake.properties"), VALID);
        assertEquals(LinkPolicy.FIRST_PER_PAGE, SiteConfig.load(folder).linkPolicy());
        TestSites.write(folder.resolve("jbake.properties"), VALID + "glossary.link_policy=every-mention\n");
        assertEquals(LinkPolicy.EVERY_MENTION, SiteConfig.load(folder).linkPolicy());
        assertEquals(
                LinkPolicy.FIRST_PER_PAGE, SiteConfig.load(TestSites.PROJECT).linkPolicy());
    }

    @Test
    void an_unknown_link_policy_is_reported_with_the_choices() {
        TestSites.write(folder.resolve("jbake.properties"), VALID + "glossary.link_policy=always\n");
        assertEquals(
                List.of(folder.resolve("jbake.properties") + ":10: 'glossary.link_policy' is 'always' — write one of"
                        + " first-per-page, first-per-paragraph, every-mention"),
                problemsOf(folder));
    }

    private static List<String> problemsOf(Path folder) {
        PaperbakeException failure = assertThrows(PaperbakeException.class, () -> SiteConfig.load(folder));
        return failure.problems().stream().map(Problem::format).toList();
    }
}
