package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.ParagraphIds;
import org.paperbake.kernel.Problem;

/**
 * {@code serve}'s paragraph identifier check: each file's blocks are remembered under the file, so
 * that an edit reads the blocks of the edited file again, and the problems are those a fresh check
 * finds — an identifier used twice is found across a remembered file and an edited one.
 */
class RememberedParagraphBlocksTest {

    private static final String SECTION = "content/06-1-playing-an-active-role-in-rule-making.md";
    private static final String OTHER = "content/06-2-conducting-extensive-exchanges-and-cooperation.md";

    @TempDir
    Path folder;

    private static List<String> problems(Path site, BuildMemory memory) {
        List<ContentFile> content = ContentReader.readAll(site.resolve("content"));
        return ParagraphIdCheck.check(content, memory).stream()
                .map(Problem::format)
                .toList();
    }

    @Test
    void an_edit_reads_only_the_edited_files_blocks_again_and_finds_what_a_fresh_check_finds() {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        BuildMemory memory = BuildMemory.acrossBuilds();
        assertEquals(List.of(), problems(site, memory));
        int files = memory.computedThisBuild(ParagraphIdCheck.BlocksOf.class);
        memory.nextBuild();

        assertEquals(List.of(), problems(site, memory));
        assertEquals(0, memory.computedThisBuild(ParagraphIdCheck.BlocksOf.class), "nothing changed");
        memory.nextBuild();

        // The edited file takes an identifier the other file keeps, and gains a paragraph without one.
        String taken = ParagraphIds.idsIn(TestSites.read(site.resolve(OTHER)))
                .iterator()
                .next();
        Path section = site.resolve(SECTION);
        TestSites.write(
                section,
                TestSites.read(section) + "\nA copied paragraph. <!-- ¶ " + taken + " -->\n\nA new paragraph.\n");
        List<String> edited = problems(site, memory);

        assertEquals(1, memory.computedThisBuild(ParagraphIdCheck.BlocksOf.class), "of " + files + " files");
        assertEquals(problems(site, BuildMemory.none()), edited);
        assertEquals(2, edited.size(), edited.toString());
        assertTrue(edited.stream().anyMatch(p -> p.contains("'" + taken + "' is also used at")), edited.toString());
        assertTrue(edited.stream().anyMatch(p -> p.contains("this paragraph has no identifier")), edited.toString());
    }
}
