package org.paperbake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.BuildMemory;

/**
 * {@code serve}'s departures from the official source: each part's comparison and the page of
 * departures are remembered under all they are made of, so that an edit compares only the edited
 * part again, and what is remembered is what comparing afresh gives.
 */
class RememberedDeparturesTest {

    private static final String SUBSECTION = "content/06-2-conducting-extensive-exchanges-and-cooperation.md";

    @TempDir
    Path folder;

    private static List<List<String>> shown(List<OfficialSource.Departure> departures) {
        return departures.stream()
                .map(d -> List.of(
                        d.part().outputPath(), d.part().title(), d.anchor(), d.official(), d.edition(), d.kind()))
                .toList();
    }

    private static List<OfficialSource.Departure> departures(Path site, BuildMemory memory) {
        SiteConfig config = SiteConfig.load(site);
        List<ContentFile> content = ContentReader.readAll(config.contentFolder());
        return OfficialSource.departures(config, content, memory);
    }

    @Test
    void an_edit_compares_only_the_edited_part_again_and_gives_what_a_fresh_comparison_gives() {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        BuildMemory memory = BuildMemory.acrossBuilds();
        departures(site, memory);
        int parts = memory.computedThisBuild(OfficialSource.Comparison.class);
        memory.nextBuild();

        List<OfficialSource.Departure> unchanged = departures(site, memory);
        assertEquals(0, memory.computedThisBuild(OfficialSource.Comparison.class), "nothing changed");
        assertEquals(shown(departures(site, BuildMemory.none())), shown(unchanged));
        memory.nextBuild();

        Path subsection = site.resolve(SUBSECTION);
        TestSites.write(subsection, TestSites.read(subsection) + "\nA sentence the official text doesn't have.\n");
        List<OfficialSource.Departure> edited = departures(site, memory);

        assertEquals(1, memory.computedThisBuild(OfficialSource.Comparison.class), "of " + parts + " parts");
        List<List<String>> fresh = shown(departures(site, BuildMemory.none()));
        assertEquals(fresh, shown(edited));
        assertTrue(
                fresh.stream().anyMatch(d -> d.get(4).equals("A sentence the official text doesn't have.")),
                "the new sentence departs: " + fresh);
    }
}
