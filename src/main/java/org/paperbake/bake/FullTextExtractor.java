package org.paperbake.bake;

import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * The template variable {@code full_text}: whether the site has {@code full.html}, the whole document
 * on one page ({@link SitePagesRenderer} leaves it out for a very long document), so that templates
 * link to it only when it exists.
 */
public final class FullTextExtractor implements ModelExtractor<Boolean> {

    @Override
    public Boolean get(ContentStore db, Map model, String key) {
        // Not memoised itself: it reads the memoised contents, and the memo must not be updated while it computes.
        String document = LibraryExtractor.documentOf(model);
        if (!LibraryExtractor.isLibrary(db)) {
            return SitePagesRenderer.hasFullText(db);
        }
        // In a library each document has its own full text; the pages outside the documents have none.
        return document != null
                && !document.isEmpty()
                && new ContentsExtractor().get(db, model, "contents").size() <= SitePagesRenderer.FULL_TEXT_MAX_PARTS;
    }
}
