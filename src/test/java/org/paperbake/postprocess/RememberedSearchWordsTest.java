package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.PackedText;

/**
 * {@code serve}'s search index: each page's words are counted once and remembered under the page's
 * entries, so that an edit counts the edited page's words again, and the index written — as one
 * script or in pieces — is byte for byte the one a fresh index writes.
 */
class RememberedSearchWordsTest {

    @TempDir
    Path folder;

    private static PackedText page(String path, String... texts) {
        List<SearchIndex.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            entries.add(
                    new SearchIndex.Entry(path + "#p-" + (i + 1), "1." + (i + 1), "A section", texts[i], "paragraph"));
        }
        return PackedText.of(SearchIndex.json(entries));
    }

    private Map<String, String> written(String name, BuildMemory memory, long oneFileLimit, PackedText... pages)
            throws Exception {
        SearchIndex index = new SearchIndex(memory);
        for (PackedText page : pages) {
            index.add(page);
        }
        Path site = folder.resolve(name);
        index.writeTo(site, oneFileLimit);
        return TestSites.snapshot(site);
    }

    @Test
    void an_edit_counts_only_the_edited_pages_words_again_and_writes_what_a_fresh_index_writes() throws Exception {
        PackedText first = page("a.html", "Cyberspace governance rules.", "Rules of the road, rules again.");
        PackedText second = page("b.html", "Data security and cooperation.");
        PackedText third = page("c.html", "Dialogue platforms for cyberspace.");
        PackedText edited = page("b.html", "Data security, cooperation and dialogue.");
        for (long limit : new long[] {SearchIndex.ONE_FILE_LIMIT, 0}) {
            BuildMemory memory = BuildMemory.acrossBuilds();
            written("first-" + limit, memory, limit, first, second, third);
            assertEquals(3, memory.computedThisBuild(SearchIndex.PageEntries.class));
            memory.nextBuild();

            Map<String, String> again = written("again-" + limit, memory, limit, first, second, third);
            assertEquals(0, memory.computedThisBuild(SearchIndex.PageEntries.class), "nothing changed");
            assertEquals(written("fresh-" + limit, BuildMemory.none(), limit, first, second, third), again);
            memory.nextBuild();

            Map<String, String> afterEdit = written("edited-" + limit, memory, limit, first, edited, third);
            assertEquals(1, memory.computedThisBuild(SearchIndex.PageEntries.class), "the edited page");
            assertEquals(written("fresh-edited-" + limit, BuildMemory.none(), limit, first, edited, third), afterEdit);
            assertNotEquals(again, afterEdit);
        }
    }
}
