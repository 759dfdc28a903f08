package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void every_type_is_read_back_from_its_front_matter_spelling() {
        for (DocumentType type : DocumentType.values()) {
            assertEquals(Optional.of(type), DocumentType.fromFrontMatter(type.toFrontMatter()), type.name());
        }
    }

    @Test
    void the_choices_are_the_front_matter_spellings_in_the_order_a_reader_meets_them() {
        assertEquals(
                List.of("document", "section", "subsection", "page", "term", "listing"),
                DocumentType.frontMatterChoices());
    }

    @Test
    void a_misspelt_capitalised_or_missing_type_is_no_type() {
        assertEquals(Optional.empty(), DocumentType.fromFrontMatter("sectoin"));
        assertEquals(Optional.empty(), DocumentType.fromFrontMatter("Section"));
        assertEquals(Optional.empty(), DocumentType.fromFrontMatter(null));
    }

    @Test
    void the_cover_sections_subsections_and_pages_are_in_the_reading_order_and_terms_and_listings_are_not() {
        assertEquals(
                List.of(DocumentType.DOCUMENT, DocumentType.SECTION, DocumentType.SUBSECTION, DocumentType.PAGE),
                Arrays.stream(DocumentType.values())
                        .filter(DocumentType::isDocumentPart)
                        .toList());
    }

    @Test
    void sections_and_pages_are_the_top_of_the_contents_tree() {
        assertEquals(
                List.of(DocumentType.SECTION, DocumentType.PAGE),
                Arrays.stream(DocumentType.values())
                        .filter(DocumentType::isTopLevelPart)
                        .toList());
    }
}
