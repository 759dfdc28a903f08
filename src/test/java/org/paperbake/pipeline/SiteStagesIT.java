package org.paperbake.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * {@link Site#build()} and {@link Site#check()} run one list of stages and differ in the failure
 * policy: a build stops at the first stage that finds a problem, a check collects the problems of
 * every stage that can still run.
 */
class SiteStagesIT {

    private static final String SECOND_SECTION_NUMBERED_LIKE_THE_FIRST =
            "---\ntitle: Second Things\ntype: section\nstatus: published\ndate: 2023-03-17\nnumber: \"I\"\n"
                    + "order: 150\n---\nA section numbered like the first.\n";

    private static String termWithAlias(String title, String alias) {
        return "---\ntitle: " + title + "\ntype: term\nstatus: published\naliases: [" + alias + "]\n"
                + "category: organization\nshort: An organization.\n---\nAn organization.\n";
    }

    @Test
    void a_check_reports_the_content_the_sources_and_the_glossary_together_and_bakes_nothing(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        TestSites.write(site.resolve("content/02-second-things.md"), SECOND_SECTION_NUMBERED_LIKE_THE_FIRST);
        TestSites.write(site.resolve("content/03-broken.md"), "---\ntitel: Broken\n---\nText.\n");
        TestSites.write(site.resolve("content/glossary/alpha.md"), termWithAlias("Alpha Agency", "Shared Name"));
        TestSites.write(site.resolve("content/glossary/beta.md"), termWithAlias("Beta Agency", "Shared Name"));
        List<String> log = new ArrayList<>();

        List<Problem> problems = new Site(site, site.resolve("output"), log::add).check();

        List<String> files = problems.stream().map(Problem::path).distinct().toList();
        assertTrue(files.stream().anyMatch(path -> path.endsWith("content/03-broken.md")), problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(problem -> problem.path().endsWith("content/02-second-things.md")
                                && problem.message().contains("section number")),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(problem -> problem.path().contains("content/glossary/")
                                && problem.message().contains("Shared Name")),
                problems.toString());
        assertTrue(log.stream().noneMatch(line -> line.startsWith("Baked")), "the bake needs sound sources: " + log);
    }

    @Test
    void a_build_stops_at_the_first_stage_that_finds_problems(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        TestSites.write(site.resolve("content/02-second-things.md"), SECOND_SECTION_NUMBERED_LIKE_THE_FIRST);
        Path conclusion = site.resolve("content/conclusion.md");
        TestSites.write(conclusion, TestSites.read(conclusion) + "\n[A broken link](nowhere.html).\n");
        List<String> log = new ArrayList<>();

        PaperbakeException.ContentProblems failure = assertThrows(
                PaperbakeException.ContentProblems.class,
                () -> new Site(site, site.resolve("output"), log::add).build());

        assertEquals(1, failure.problems().size(), failure.problems().toString());
        assertTrue(
                failure.problems().get(0).message().contains("section number"),
                failure.problems().toString());
        assertTrue(log.stream().noneMatch(line -> line.startsWith("Baked")), log.toString());
        assertFalse(Files.exists(site.resolve("output")));
        // A check of the same site goes no further either: the broken link is only found once the sources are sound.
        assertEquals(
                1, new Site(site, site.resolve("output"), line -> {}).check().size());
    }

    @Test
    void a_check_runs_every_stage_and_says_what_its_last_one_checked(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        List<String> log = new ArrayList<>();

        assertEquals(List.of(), new Site(site, site.resolve("output"), log::add).check());

        assertEquals(10, log.size(), log.toString());
        assertTrue(log.get(4).startsWith("Baked "), log.toString());
        assertTrue(log.get(7).startsWith("History: 0 changes, "), log.get(7));
        assertEquals(Site.NO_EDITIONS, log.get(8));
        assertTrue(
                log.get(9)
                        .matches(
                                "Checked the links, the reachability and the Content-Security-Policy of \\d+ pages in \\d+ ms"),
                log.get(9));
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void a_fresh_build_computes_everything_and_says_so(@TempDir Path folder) {
        Path site = TestSites.copyFixture("minimal", folder.resolve("site"));
        Site fresh = new Site(site, site.resolve("output"), line -> {});

        fresh.build();
        Redone first = fresh.redoneLastBuild();
        fresh.build();

        assertEquals(5, first.filesRead());
        assertTrue(first.bodiesRendered() > 0 && first.pagesRendered() > 0, first.describe());
        assertTrue(first.pagesPostProcessed() > 0 && first.pagesChecked() > 0, first.describe());
        assertEquals(first, fresh.redoneLastBuild(), "a site that doesn't remember redoes it all every time");
    }
}
