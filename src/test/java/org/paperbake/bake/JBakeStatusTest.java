package org.paperbake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.junit.jupiter.api.Test;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Status;

/** A content file's status crosses into JBake's model as the word JBake's store and renderer act on. */
class JBakeStatusTest {

    @Test
    void jbake_lists_the_published_page_and_leaves_the_draft_out() {
        String subsection = DocumentType.SUBSECTION.toFrontMatter();
        DocumentTypes.addDocumentType(subsection);
        InMemoryContentStore store = new InMemoryContentStore();
        for (Status status : Status.values()) {
            DocumentModel page = DocumentModel.createDefaultDocumentModel();
            page.setType(subsection);
            page.setStatus(FrontMatterMarkdownEngine.jbakeStatus(status));
            page.setUri(status.toFrontMatter() + ".html");
            store.addDocument(page);
        }
        assertEquals(
                List.of("published.html"),
                store.getPublishedContent(subsection).stream()
                        .map(DocumentModel::getUri)
                        .toList());
    }
}
