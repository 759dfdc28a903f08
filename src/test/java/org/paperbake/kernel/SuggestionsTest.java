package org.paperbake.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void a_likely_typo_gets_the_closest_candidate() {
        assertEquals("category", Suggestions.closest("categroy", List.of("title", "category", "short")));
    }

    @Test
    void a_word_unlike_every_candidate_gets_no_suggestion() {
        assertNull(Suggestions.closest("completely-different", List.of("title", "category", "short")));
    }

    @Test
    void edit_distance_counts_insertions_deletions_and_substitutions() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(0, Suggestions.distance("same", "same"));
    }
}
