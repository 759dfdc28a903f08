package org.paperbake.history;

import org.jsoup.nodes.Document;

/**
 * Told of each page the history stage writes from a tree it holds, with the text written, so that
 * a later stage can read the page from the tree instead of parsing the file again. Called from
 * several threads at once.
 */
@FunctionalInterface
public interface WrittenTrees {

    /** Nobody is told. */
    WrittenTrees NONE = (path, tree, text) -> {};

    /**
     * The page {@code path} (relative to the site root, with forward slashes) was written as {@code
     * text}, the serialised {@code tree}; the tree is the caller's and must not be changed.
     */
    void written(String path, Document tree, String text);
}
