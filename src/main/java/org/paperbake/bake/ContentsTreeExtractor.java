package org.paperbake.bake;

import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * The template variable {@code contents_tree}: the top of the contents — every published part that
 * is neither the cover nor a subsection — in reading order, each entry with its {@code children}.
 *
 * <p>The same entries as {@code contents} ({@link ContentsExtractor}), for the sidebar and the
 * cover's contents, which walk the tree instead of filtering the flat list on every page.
 */
public final class ContentsTreeExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        List<Map<String, Object>> contents = new ContentsExtractor().get(db, model, "contents");
        String document = LibraryExtractor.documentOf(model);
        String memoKey = document == null ? "contents_tree" : "contents_tree:" + document;
        // Outside remember(): the store's memo must not be updated while it computes another value.
        if (db instanceof InMemoryContentStore memory) {
            return memory.remember(
                    LibraryExtractor.isLibrary(db) ? memoKey : "contents_tree",
                    () -> LibraryExtractor.treeOf(contents, document));
        }
        return LibraryExtractor.isLibrary(db)
                ? LibraryExtractor.treeOf(contents, document)
                : ContentsExtractor.topLevel(contents);
    }
}
