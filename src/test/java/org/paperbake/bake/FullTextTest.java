package org.paperbake.bake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.junit.jupiter.api.Test;

class FullTextTest {

    private static InMemoryContentStore documentOf(int parts) {
        DocumentTypes.addDocumentType("subsection");
        InMemoryContentStore store = new InMemoryContentStore();
        for (int i = 1; i <= parts; i++) {
            DocumentModel part = DocumentModel.createDefaultDocumentModel();
            part.setType("subsection");
            part.setStatus("published");
            part.setUri(String.format("%05d.html", i));
            part.setTitle("Part " + i);
            part.put("order", i);
            part.put("slug", String.format("%05d", i));
            store.addDocument(part);
        }
        return store;
    }

    @Test
    void a_document_of_up_to_a_thousand_parts_gets_its_full_text_page() {
        assertTrue(new FullTextExtractor().get(documentOf(SitePagesRenderer.FULL_TEXT_MAX_PARTS), null, "full_text"));
    }

    @Test
    void a_longer_document_gets_none_and_templates_are_told() {
        assertFalse(
                new FullTextExtractor().get(documentOf(SitePagesRenderer.FULL_TEXT_MAX_PARTS + 1), null, "full_text"));
    }
}
