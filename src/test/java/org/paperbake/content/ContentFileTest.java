package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The typed accessors over a file's front matter, as SnakeYAML and ContentReader leave the values. */
class ContentFileTest {

    private static ContentFile file(Map<String, Object> frontMatter) {
        return new ContentFile(Path.of("content/x.md"), "x.md", frontMatter, Map.of(), "", 5, "");
    }

    @Test
    void a_subsection_gives_its_type_status_number_order_parent_and_date() {
        ContentFile subsection = file(Map.of(
                "title", "Doing Things",
                "type", "subsection",
                "status", "published",
                "number", "6.1",
                "order", 610,
                "parent", "06-section",
                "date", LocalDate.of(2023, 3, 17)));
        assertEquals(DocumentType.SUBSECTION, subsection.type());
        assertEquals(Status.PUBLISHED, subsection.status());
        assertTrue(subsection.isPublished());
        assertEquals(Optional.of("6.1"), subsection.number());
        assertEquals(OptionalInt.of(610), subsection.order());
        assertEquals(Optional.of("06-section"), subsection.parent());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 17)), subsection.date());
    }

    @Test
    void a_draft_term_gives_its_glossary_settings_and_no_place_in_the_document() {
        ContentFile term = file(Map.of(
                "title", "Regional Comprehensive Economic Partnership",
                "type", "term",
                "status", "draft",
                "category", "agreement",
                "short", "A free-trade agreement.",
                "aliases", List.of("RCEP"),
                "acronym", "RCEP"));
        assertEquals(DocumentType.TERM, term.type());
        assertFalse(term.isPublished());
        assertEquals(Optional.of("agreement"), term.category());
        assertEquals(Optional.of("A free-trade agreement."), term.shortDefinition());
        assertEquals(List.of("RCEP"), term.aliases());
        assertEquals(Optional.of("RCEP"), term.acronym());
        assertEquals(Optional.empty(), term.number());
        assertEquals(OptionalInt.empty(), term.order());
        assertEquals(Optional.empty(), term.parent());
        assertEquals(Optional.empty(), term.date());
    }

    @Test
    void a_number_yaml_read_as_a_whole_number_is_given_as_written() {
        assertEquals(Optional.of("12"), file(Map.of("number", 12)).number());
    }

    @Test
    void a_file_that_skipped_validation_fails_loudly_instead_of_passing_for_a_type() {
        ContentFile unchecked = file(Map.of("type", "chapter", "status", "publised"));
        assertThrows(IllegalStateException.class, unchecked::type);
        assertThrows(IllegalStateException.class, unchecked::status);
    }
}
