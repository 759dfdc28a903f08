package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.PaperbakeException;

/**
 * {@code serve}'s glossary: remembered under its published entries, so that an edit of a page that
 * is no entry makes no glossary, an edit of an entry makes the one a fresh load makes, and a
 * glossary with problems is never remembered.
 */
class RememberedGlossaryTest {

    private static final String SECTION = "content/06-1-playing-an-active-role-in-rule-making.md";
    private static final String ENTRY = "content/glossary/asean.md";

    @TempDir
    Path folder;

    private static List<ContentFile> content(Path site) {
        return ContentReader.readAll(site.resolve("content"));
    }

    @Test
    void only_an_edit_of_an_entry_makes_the_glossary_again_and_it_is_the_one_a_fresh_load_makes() {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        BuildMemory memory = BuildMemory.acrossBuilds();
        Glossary.load(content(site), memory);
        assertEquals(1, memory.computedThisBuild(Glossary.Entries.class));
        memory.nextBuild();

        Path section = site.resolve(SECTION);
        TestSites.write(section, TestSites.read(section) + "\nA new paragraph.\n");
        Glossary.load(content(site), memory);
        assertEquals(0, memory.computedThisBuild(Glossary.Entries.class), "no entry changed");
        memory.nextBuild();

        Path entry = site.resolve(ENTRY);
        TestSites.write(entry, TestSites.read(entry).replace("founded in 1967.\"", "founded in Bangkok in 1967.\""));
        Glossary edited = Glossary.load(content(site), memory);
        assertEquals(1, memory.computedThisBuild(Glossary.Entries.class));
        assertEquals(Glossary.load(content(site)).terms(), edited.terms());
        assertEquals(
                "A regional organization of Southeast Asian countries, founded in Bangkok in 1967.",
                edited.terms().stream()
                        .filter(term -> term.slug().equals("asean"))
                        .findFirst()
                        .orElseThrow()
                        .shortDefinition());
    }

    @Test
    void a_glossary_with_problems_is_found_to_have_them_in_every_build() {
        Path site = TestSites.copyProjectSite(folder.resolve("site"));
        Path entry = site.resolve(ENTRY);
        TestSites.write(entry, TestSites.read(entry).replace("aliases: [\"ASEAN\"]", "aliases: [\"ASEAN\", \"a\"]"));
        BuildMemory memory = BuildMemory.acrossBuilds();
        for (int build = 0; build < 2; build++) {
            assertThrows(PaperbakeException.ContentProblems.class, () -> Glossary.load(content(site), memory));
            assertEquals(1, memory.computedThisBuild(Glossary.Entries.class), "build " + build);
            memory.nextBuild();
        }
    }
}
