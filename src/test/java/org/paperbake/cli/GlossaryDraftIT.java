package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.TestSites.Run;

/**
 * {@code ./paperbake glossary draft} on a freshly imported document with no glossary
 * (src/test/resources/sites/no-glossary): a draft for each name, then {@code check} listing the
 * drafts as work to do and passing, then a build that publishes none of them.
 */
class GlossaryDraftIT {

    private static Run run(Path site, String... command) {
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--source";
        args[command.length + 1] = site.toString();
        return TestSites.run(args);
    }

    private static String draft(Path site, String slug) {
        return TestSites.read(site.resolve("content/glossary/" + slug + ".md"));
    }

    @Test
    void a_document_without_a_glossary_gets_a_draft_per_name_then_checks_and_builds(@TempDir Path temp)
            throws IOException {
        Path site = TestSites.copyFixture("no-glossary", temp.resolve("site"));

        Run before = run(site, "check");
        assertEquals(1, before.exitCode(), before.err());
        assertTrue(before.out().contains("11 name(s) in the text are not in the glossary"), before.out());
        assertTrue(before.out().contains("./paperbake glossary draft writes a draft entry for each"), before.out());
        assertTrue(
                before.err()
                        .contains(
                                "\"Regional Comprehensive Economic Partnership (RCEP)\" (¶ I.1) is not in the glossary"),
                before.err());

        Run drafted = run(site, "glossary", "draft");
        assertEquals(0, drafted.exitCode(), drafted.err());
        assertTrue(drafted.out().contains("Drafted 11 glossary entries"), drafted.out());
        assertEquals(GlossaryDrafts.LISTING_PAGE, TestSites.read(site.resolve("content/glossary.md")), "its A–Z page");
        try (var files = Files.list(site.resolve("content/glossary"))) {
            assertEquals(
                    List.of(
                            "aiib.md",
                            "belt-and-road-initiative.md",
                            "central-asia.md",
                            "digital-silk-road-council.md",
                            "eso.md",
                            "evil-script-office.md",
                            "o-brien-trust-fund.md",
                            "people-s-friendship-association.md",
                            "quoted-name-council.md",
                            "regional-comprehensive-economic-partnership.md",
                            "wto.md"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no joined pseudo-name such as 'WTO with the AIIB', and 'Central Asia and Russia' is Central Asia");
        }
        String rcep = draft(site, "regional-comprehensive-economic-partnership");
        assertTrue(
                rcep.startsWith("---\ntitle: \"Regional Comprehensive Economic Partnership\"\ntype: term\n"
                        + "status: draft\nacronym: \"RCEP\"\naliases: []\ncategory: agreement\n"),
                rcep);
        assertTrue(
                rcep.contains("- Mentioned in 2 paragraphs:\n"), "its acronym's sighting in 1.1 is its own: " + rcep);
        assertTrue(
                rcep.contains("  - [¶ I.1](../01-trade.html#p-i-1) in I Trade \\& \\<Cooperation\\> \\*Now\\*\n"),
                rcep);
        assertTrue(rcep.contains("  - [¶ 1.1.1](../01-1-members.html#p-1-1-1) in 1.1 Members\n"), rcep);
        assertTrue(draft(site, "o-brien-trust-fund").startsWith("---\ntitle: \"O'Brien Trust Fund\"\n"));
        assertTrue(draft(site, "central-asia").contains("category: place\n"));

        Run after = run(site, "check");
        assertEquals(0, after.exitCode(), "drafts are work to do, not problems: " + after.err());
        assertTrue(after.out().contains("Glossary work: 11 draft entries to finish"), after.out());
        assertTrue(
                after.out()
                        .contains("content/glossary/regional-comprehensive-economic-partnership.md:2: Regional"
                                + " Comprehensive Economic Partnership — mentioned in 2 paragraphs, first ¶ I.1"),
                after.out());

        Map<String, String> drafts = TestSites.snapshot(site.resolve("content"));
        Run again = run(site, "glossary", "draft");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("No drafts to write"), again.out());
        assertEquals(drafts, TestSites.snapshot(site.resolve("content")), "a second run changes nothing");

        Path output = temp.resolve("out");
        Run build = run(site, "build", "--output", output.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.exists(output.resolve("01-trade.html")));
        assertFalse(Files.exists(output.resolve("glossary/wto.html")), "a draft is never published");
        assertTrue(Files.exists(output.resolve("glossary.html")));
    }

    @Test
    void an_entry_published_with_the_drafts_placeholder_is_refused_until_written(@TempDir Path temp) {
        Path site = TestSites.copyFixture("no-glossary", temp.resolve("site"));
        assertEquals(0, run(site, "glossary", "draft").exitCode());
        Path wto = site.resolve("content/glossary/wto.md");
        TestSites.write(wto, draft(site, "wto").replace("status: draft", "status: published"));

        Run check = run(site, "check");
        assertEquals(1, check.exitCode());
        assertTrue(
                check.err()
                        .contains("wto.md:7: the entry is published, but its 'short' sentence is still the draft's"
                                + " placeholder"),
                check.err());

        TestSites.write(
                wto,
                "---\ntitle: \"WTO\"\ntype: term\nstatus: published\ncategory: organization\n"
                        + "short: \"The World Trade Organization, which sets the rules of trade between nations.\"\n---\n"
                        + "The World Trade Organization.\n");
        Run finished = run(site, "check");
        assertEquals(0, finished.exitCode(), finished.err());
        assertTrue(finished.out().contains("Glossary work: 10 draft entries to finish"), finished.out());
        assertFalse(finished.out().contains("wto.md"), finished.out());
    }

    @Test
    void an_existing_file_with_the_drafts_name_is_never_overwritten(@TempDir Path temp) {
        Path site = TestSites.copyFixture("no-glossary", temp.resolve("site"));
        String tourism =
                "---\ntitle: \"World Tourism Organization\"\ntype: term\nstatus: draft\ncategory: organization\n"
                        + "short: \"The United Nations agency for tourism.\"\n---\nIts own text.\n";
        TestSites.write(site.resolve("content/glossary/wto.md"), tourism);

        Run drafted = run(site, "glossary", "draft");
        assertEquals(1, drafted.exitCode(), drafted.out());
        assertEquals(tourism, draft(site, "wto"), "the editor's file is left as it was");
        assertTrue(
                drafted.err()
                        .contains("content/glossary/wto.md:2: already exists, and doesn't name \"WTO\" (¶ I.1); it was"
                                + " left as it is and no draft was written — if it is the same thing, add \"WTO\" to"
                                + " its aliases; if not, write the entry under another file name"),
                drafted.err());
        assertTrue(drafted.out().contains("Drafted 10 glossary entries"), drafted.out());
        assertTrue(Files.exists(site.resolve("content/glossary/aiib.md")), "the other drafts are written");
    }

    @Test
    void a_glossary_folder_that_cannot_be_written_leaves_the_content_untouched(@TempDir Path temp) {
        Path site = TestSites.copyFixture("no-glossary", temp.resolve("site"));
        // A file where the folder should be: creating it fails for any user, root included.
        TestSites.write(site.resolve("content/glossary"), "not a folder\n");
        Map<String, String> before = TestSites.snapshot(site.resolve("content"));

        Run drafted = run(site, "glossary", "draft");
        assertTrue(drafted.exitCode() == 1 || drafted.exitCode() == 2, drafted.err());
        assertFalse(drafted.err().contains("Exception"), drafted.err());
        assertTrue(drafted.err().contains("content/glossary"), drafted.err());
        assertEquals(before, TestSites.snapshot(site.resolve("content")));
    }
}
