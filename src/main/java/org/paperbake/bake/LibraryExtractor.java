package org.paperbake.bake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Library;

/**
 * The template variable {@code library}: the documents of a library, one entry per cover in folder
 * order, for the library's home page; an empty list on a site of one document.
 *
 * <p>Each entry holds the cover's front matter that {@link CoverExtractor} gives, and
 * {@code folder} ({@code cyber/}), {@code short_title} and {@code paragraphs} (how many paragraphs
 * its parts hold, counted from the sources). Also the helpers the other extractors use to give each
 * page its own document: {@link #documentOf(Map)} reads the page's document from the model.
 */
public final class LibraryExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        if (db instanceof InMemoryContentStore memory) {
            return memory.remember("library", () -> documents(db));
        }
        return documents(db);
    }

    static List<Map<String, Object>> documents(ContentStore db) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (DocumentModel cover : db.getPublishedContent(DocumentType.DOCUMENT.toFrontMatter())) {
            String folder = Library.documentOf(cover.getUri());
            if (folder.isEmpty()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>(CoverExtractor.entryOf(cover));
            entry.put("folder", folder + "/");
            entry.put("paragraphs", cover.getOrDefault(FrontMatterMarkdownEngine.PARAGRAPHS, 0));
            documents.add(Map.copyOf(entry));
        }
        documents.sort(java.util.Comparator.comparing(entry -> (String) entry.get("folder")));
        return List.copyOf(documents);
    }

    /**
     * The document folder of the page a template renders ({@code ""} outside the documents), or
     * null when the extractor is asked without a page (the whole site's value).
     */
    static String documentOf(Map<?, ?> model) {
        if (model != null && model.get("content") instanceof Map<?, ?> content) {
            Object document = content.get(FrontMatterMarkdownEngine.DOCUMENT);
            return document == null ? "" : document.toString();
        }
        return null;
    }

    /**
     * Whether the site is a library, asked by every extractor on every page: computed once per bake
     * in Paperbake's store, since on a site of one document it reads every entry to find no cover in a folder.
     */
    static boolean isLibrary(ContentStore db) {
        if (db instanceof InMemoryContentStore memory) {
            return memory.remember("is-library", () -> isLibrary(ContentsExtractor.allParts(db)));
        }
        return isLibrary(ContentsExtractor.allParts(db));
    }

    /** Whether the contents entries are a library's: a cover lives in a folder. */
    private static boolean isLibrary(List<Map<String, Object>> entries) {
        return entries.stream()
                .anyMatch(entry -> ContentsExtractor.typeOf(entry) == DocumentType.DOCUMENT
                        && !Library.documentOf((String) entry.get("uri")).isEmpty());
    }

    /** The entries of one document; for {@code ""}, the page outside the documents, the covers. */
    static List<Map<String, Object>> partsOf(List<Map<String, Object>> entries, String document) {
        if (document.isEmpty()) {
            return entries.stream()
                    .filter(entry -> ContentsExtractor.typeOf(entry) == DocumentType.DOCUMENT)
                    .toList();
        }
        return entries.stream()
                .filter(entry -> Library.documentOf((String) entry.get("uri")).equals(document))
                .toList();
    }

    /** The sidebar's tree: a document's top-level parts, or, outside the documents of a library, the covers. */
    static List<Map<String, Object>> treeOf(List<Map<String, Object>> contents, String document) {
        if ("".equals(document) && isLibrary(contents)) {
            return contents;
        }
        return ContentsExtractor.topLevel(contents);
    }
}
