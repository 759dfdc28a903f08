package org.paperbake.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    void the_host_variable_replaces_site_host_for_the_canonical_urls_and_the_templates() {
        TestSites.write(folder.resolve("jbake.properties"), VALID + "site.host=https://example.org/old/\n");
        SiteConfig config = SiteConfig.load(folder, Map.of(SiteConfig.HOST_VARIABLE, " https://owner.github.io/repo "));
        assertEquals("https://owner.github.io/repo", config.host());
        assertEquals("https://owner.github.io/repo", config.jbake().get("site.host"));
    }

    @Test
    void without_the_host_variable_a_site_without_host_stays_relative() {
        TestSites.write(folder.resolve("jbake.properties"), VALID);
        SiteConfig config = SiteConfig.load(folder, Map.of(SiteConfig.HOST_VARIABLE, ""));
        assertEquals("", config.host());
        assertFalse(config.jbake().containsKey("site.host"));
    }

    @Test
    void a_host_variable_that_is_not_an_https_address_is_a_problem_naming_the_variable() {
        TestSites.write(folder.resolve("jbake.properties"), VALID);
        PaperbakeException.ContentProblems thrown = assertThrows(
                PaperbakeException.ContentProblems.class,
                () -> SiteConfig.load(folder, Map.of(SiteConfig.HOST_VARIABLE, "http://owner.github.io/repo")));
        assertEquals(
                List.of("PAPERBAKE_SITE_HOST: the environment variable is 'http://owner.github.io/repo' — set it to"
                        + " the https:// address the site is published at, such as https://example.org/paperbake/, or"
                        + " unset it to use site.host"),
                thrown.problems().stream().map(Problem::toString).toList());
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
    void the_glossary_link_policy_is_read_and_defaults_to_the_first_mention_per_section() {
        TestSites.write(folder.resolve("jbake.properties"), VALID);
        assertEquals(LinkPolicy.FIRST_PER_SECTION, SiteConfig.load(folder).linkPolicy());
        TestSites.write(folder.resolve("jbake.properties"), VALID + "glossary.link_policy=every-mention\n");
        assertEquals(LinkPolicy.EVERY_MENTION, SiteConfig.load(folder).linkPolicy());
        assertEquals(
                LinkPolicy.FIRST_PER_SECTION, SiteConfig.load(TestSites.PROJECT).linkPolicy());
    }

    @Test
    void an_unknown_link_policy_is_reported_with_the_choices() {
        TestSites.write(folder.resolve("jbake.properties"), VALID + "glossary.link_policy=always\n");
        assertEquals(
                List.of(folder.resolve("jbake.properties") + ":10: 'glossary.link_policy' is 'always' — write one of"
                        + " first-per-section, first-per-page, first-per-paragraph, every-mention"),
                problemsOf(folder));
    }

    @Test
    void values_are_literal_a_comma_and_lookups_stay_as_written() {
        TestSites.write(
                folder.resolve("jbake.properties"),
                VALID.replace("A Title", "Law, Order, and ${env:HOME} ${sys:user.dir}"));
        SiteConfig config = SiteConfig.load(folder);
        assertEquals("Law, Order, and ${env:HOME} ${sys:user.dir}", config.title());
        assertEquals(
                "Law, Order, and ${env:HOME} ${sys:user.dir}", config.jbake().get("site.title"));
    }

    @Test
    void a_backslash_escape_or_a_control_character_is_refused_not_decoded() {
        TestSites.write(folder.resolve("jbake.properties"), VALID + "asset.folder=\\u002fetc\n");
        assertEquals(
                List.of(folder.resolve("jbake.properties") + ":10: 'asset.folder' holds a backslash: settings are read"
                        + " literally, so an escape such as \\u00e9 would not be decoded — write the character itself"
                        + " (the file is UTF-8), without a backslash"),
                problemsOf(folder));
        TestSites.write(folder.resolve("jbake.properties"), VALID.replace("A Title", "A \u202Eeltit"));
        assertEquals(
                List.of(folder.resolve("jbake.properties") + ":1: 'site.title' holds a control character — remove"
                        + " it; a setting is one line of plain text"),
                problemsOf(folder));
    }

    @Test
    void every_setting_and_the_file_have_a_size_limit() {
        TestSites.write(folder.resolve("jbake.properties"), VALID.replace("A Title", "t".repeat(301)));
        assertEquals(
                List.of(folder.resolve("jbake.properties") + ":1: the setting is longer than 300 characters — shorten"
                        + " it; a title, an address or a file name fits in 300"),
                problemsOf(folder));
        TestSites.write(folder.resolve("jbake.properties"), VALID.replace("A Title", "t".repeat(300)));
        assertEquals(300, SiteConfig.load(folder).title().length());
        TestSites.write(folder.resolve("jbake.properties"), VALID + "# padding\n".repeat(7000));
        assertEquals(
                List.of(folder.resolve("jbake.properties") + ": the file is larger than 64 KB — keep only the"
                        + " settings; each value holds at most 300 characters"),
                problemsOf(folder));
    }

    @Test
    void a_legacy_custom_properties_file_is_refused() {
        TestSites.write(folder.resolve("jbake.properties"), VALID);
        TestSites.write(folder.resolve("custom.properties"), "asset.folder=/\n");
        assertEquals(
                List.of(folder.resolve("custom.properties") + ": Paperbake reads its settings only from"
                        + " jbake.properties; the settings in this file would be ignored — move them into"
                        + " jbake.properties and delete custom.properties"),
                problemsOf(folder));
    }

    @Test
    void an_http_host_is_refused_and_an_https_one_accepted() {
        TestSites.write(folder.resolve("jbake.properties"), VALID + "site.host=http://example.org/\n");
        assertEquals(
                true,
                problemsOf(folder)
                        .get(0)
                        .contains(":10: 'site.host' is 'http://example.org/' — write the" + " https:// address"));
        TestSites.write(folder.resolve("jbake.properties"), VALID + "site.host=https://example.org/\n");
        assertEquals("https://example.org/", SiteConfig.load(folder).host());
    }

    @Test
    void jbake_values_must_have_their_settings_form() {
        TestSites.write(folder.resolve("jbake.properties"), VALID + """
                        render.sitemap=yes
                        index.posts_per_page=many
                        template.page.file=../../etc/passwd
                        output.extension=.html/../x
                        jvm.locale=${sys:user.language}
                        freemarker.timezone=Mars/Olympus
                        date.format=yyyy-MM-dd'
                        render.encoding=EBCDIC-9000
                        destination.folder=/tmp/x
                        """);
        List<String> problems = problemsOf(folder);
        assertEquals(9, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).contains(":10: 'render.sitemap' is 'yes' — write true or false"));
        assertEquals(true, problems.get(8).contains(":18: 'destination.folder' is set by Paperbake"));
    }

    @Test
    void folder_settings_must_name_a_folder_of_their_own_inside_the_project() {
        for (String value : List.of("/", "/etc", "..", "../..", "a/../../b", ".git", ".", "", "target", "output/x")) {
            TestSites.write(folder.resolve("jbake.properties"), VALID + "asset.folder=" + value + "\n");
            List<String> problems = problemsOf(folder);
            assertEquals(1, problems.size(), value + ": " + problems);
            assertEquals(true, problems.get(0).contains(":10: 'asset.folder' is '" + value + "': the setting "), value);
        }
        TestSites.write(
                folder.resolve("jbake.properties"), VALID + "asset.folder=templates\ntemplate.folder=templates/x\n");
        assertEquals(
                List.of(folder.resolve("jbake.properties") + ":10: 'asset.folder' is 'templates', which overlaps"
                        + " 'template.folder' ('templates/x') — give each folder setting a folder of its own"),
                problemsOf(folder));
        TestSites.write(
                folder.resolve("jbake.properties"), VALID + "asset.folder=site/assets\nignore.file=.jbakeignore\n");
        assertEquals(folder.resolve("site/assets"), SiteConfig.load(folder).assetFolder());
    }

    private static List<String> problemsOf(Path folder) {
        PaperbakeException failure = assertThrows(PaperbakeException.class, () -> SiteConfig.load(folder));
        return failure.problems().stream().map(Problem::format).toList();
    }

    @Test
    void the_edition_settings_default_to_edition_tags_and_no_days() {
        TestSites.write(folder.resolve("jbake.properties"), VALID);
        EditionSettings settings = EditionSettings.of(SiteConfig.load(folder));
        assertEquals("edition-*", settings.tagPattern());
        assertEquals(List.of(), settings.dates());
        org.junit.jupiter.api.Assertions.assertTrue(settings.isEditionTag("edition-2026-03"));
        assertFalse(settings.isEditionTag("v1.0"));
        assertFalse(settings.isEditionTag("my-edition-1"));
    }

    @Test
    void listed_days_are_read_with_their_line_and_none_turns_tags_off() {
        TestSites.write(
                folder.resolve("jbake.properties"),
                VALID + "editions.tags=none\neditions.dates=2026-03-01, 2026-06-01\n");
        EditionSettings settings = EditionSettings.of(SiteConfig.load(folder));
        assertEquals("", settings.tagPattern());
        assertFalse(settings.isEditionTag("edition-1"));
        assertEquals(
                List.of(java.time.LocalDate.parse("2026-03-01"), java.time.LocalDate.parse("2026-06-01")),
                settings.dates().stream().map(EditionSettings.Dated::date).toList());
        assertEquals(11, settings.dates().get(0).line());
    }

    @Test
    void a_listed_day_that_is_not_a_day_and_a_bad_tag_pattern_are_problems_at_their_lines() {
        TestSites.write(
                folder.resolve("jbake.properties"),
                VALID + "editions.tags=<script>\neditions.dates=2026-03-01, 2026-02-30, soon\n");
        assertEquals(
                List.of(
                        folder.resolve("jbake.properties") + ":10: 'editions.tags' is '<script>', which is not a tag"
                                + " pattern — write a tag name where * stands for any characters, such as edition-*, or"
                                + " none for no tagged editions",
                        folder.resolve("jbake.properties") + ":11: 'editions.dates' lists '2026-02-30', which is not"
                                + " a day — write days as 2026-03-01, separated by commas",
                        folder.resolve("jbake.properties") + ":11: 'editions.dates' lists 'soon', which is not a day"
                                + " — write days as 2026-03-01, separated by commas"),
                problemsOf(folder));
    }
}
