package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void every_status_is_read_back_from_its_front_matter_spelling() {
        for (Status status : Status.values()) {
            assertEquals(Optional.of(status), Status.fromFrontMatter(status.toFrontMatter()), status.name());
        }
    }

    @Test
    void the_choices_are_published_then_draft() {
        assertEquals(List.of("published", "draft"), Status.frontMatterChoices());
    }

    @Test
    void a_misspelt_or_missing_status_is_no_status() {
        assertEquals(Optional.empty(), Status.fromFrontMatter("publised"));
        assertEquals(Optional.empty(), Status.fromFrontMatter("PUBLISHED"));
        assertEquals(Optional.empty(), Status.fromFrontMatter(null));
    }
}
