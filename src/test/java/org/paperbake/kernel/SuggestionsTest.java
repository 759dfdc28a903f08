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
    void a_candidate_is_suggested_up_to_the_allowed_number_of_edits_and_not_beyond() {
        // Six letters allow two edits: kitten→sittin is two substitutions, kitten→sitting one insertion more.
        assertEquals("sittin", Suggestions.closest("kitten", List.of("sittin")));
        assertNull(Suggestions.closest("kitten", List.of("sitting")));
    }
}
