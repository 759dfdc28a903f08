package org.paperbake.bake;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;
import org.paperbake.content.DocumentType;

/**
 * The template variable {@code cover}: the cover's ({@code type: document}) front matter, for the
 * facts every page states and every citation needs — the title, the issuer and the date of issue,
 * the source of the text and which parts of the document the site holds.
 *
 * <p>Those facts are written once, in {@code content/index.md}, and read by the templates from
 * here, so no template repeats them. A site without a cover gets an empty map. Only the front
 * matter is given (strings, numbers and dates as the content reader typed them), never the body.
 */
public final class CoverExtractor implements ModelExtractor<Map<String, Object>> {

    /** The keys of the cover's front matter templates read through {@code cover}. */
    static final List<String> KEYS = List.of(
            "title",
            "uri",
            "date",
            "issuer",
            "issued",
            "publisher",
            "publication",
            "updated",
            "year",
            "source_host",
            "source_url",
            "copyright",
            "part",
            "parts",
            "parts_held",
            "parts_missing",
            "posted",
            "standfirst",
            "holds",
            "omitted",
            "short_title");

    @Override
    public Map<String, Object> get(ContentStore db, Map model, String key) {
        String document = LibraryExtractor.documentOf(model);
        boolean library = document != null && LibraryExtractor.isLibrary(db);
        // Every page asks for the cover: Paperbake's own store finds it once per bake (once per document in a library).
        if (db instanceof InMemoryContentStore memory) {
            return library
                    ? memory.remember("cover:" + document, () -> coverOf(db, document))
                    : memory.remember("cover", () -> cover(db));
        }
        return library ? coverOf(db, document) : cover(db);
    }

    /** A library page's cover: its own document's, or none outside the documents (the library's home, glossary, search). */
    static Map<String, Object> coverOf(ContentStore db, String document) {
        if (document.isEmpty()) {
            return Map.of();
        }
        String uri = document + "/index.html";
        return db.getPublishedContent(DocumentType.DOCUMENT.toFrontMatter()).stream()
                .filter(cover -> uri.equals(cover.getUri()))
                .findFirst()
                .map(CoverExtractor::entryOf)
                .orElse(Map.of());
    }

    static Map<String, Object> cover(ContentStore db) {
        List<DocumentModel> covers = db.getPublishedContent(DocumentType.DOCUMENT.toFrontMatter());
        if (covers.isEmpty()) {
            return Map.of();
        }
        // A site with two covers takes the first in address order, so the choice never depends on reading order.
        DocumentModel cover =
                covers.stream().min(Comparator.comparing(DocumentModel::getUri)).orElseThrow();
        return entryOf(cover);
    }

    /**
     * One cover's front matter as templates read it, with {@code folder}: the document's folder
     * ({@code "cyber/"}), or {@code ""} for a site of one document, to prefix its own pages' addresses.
     */
    static Map<String, Object> entryOf(DocumentModel cover) {
        Map<String, Object> entry = new LinkedHashMap<>();
        for (String name : KEYS) {
            Object value = "uri".equals(name) ? cover.getUri() : cover.get(name);
            if (value != null) {
                entry.put(name, value);
            }
        }
        String folder = org.paperbake.content.Library.documentOf(cover.getUri());
        entry.put("folder", folder.isEmpty() ? "" : folder + "/");
        return Map.copyOf(entry);
    }
}
