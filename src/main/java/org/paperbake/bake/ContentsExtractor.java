package org.paperbake.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;
import org.paperbake.content.ContentSchema;

/**
 * The template variable {@code contents}: every published part of the document in reading order,
 * for the cover's table of contents and the sidebar.
 *
 * <p>Registered in {@code META-INF/org.jbake.template.ModelExtractors.properties}, because
 * registrations made in code are wiped by {@code Oven.bake()}. Each entry is a map with
 * {@code uri}, {@code title}, {@code number}, {@code type}, {@code slug}, {@code parent} and
 * {@code order}; Freemarker needs a collection, so a list is returned.
 */
public final class ContentsExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        // Every page asks for the contents: Paperbake's own store computes them once per bake.
        if (db instanceof InMemoryContentStore memory) {
            return memory.remember("contents", () -> readingOrder(db));
        }
        return readingOrder(db);
    }

    private static List<Map<String, Object>> readingOrder(ContentStore db) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String type : ContentSchema.TYPES) {
            if (!ContentSchema.isDocumentPart(type)) {
                continue;
            }
            for (DocumentModel document : db.getPublishedContent(type)) {
                entries.add(toEntry(document));
            }
        }
        entries.sort(Comparator.comparingInt((Map<String, Object> entry) -> (Integer) entry.get("order"))
                .thenComparing(entry -> (String) entry.get("uri")));
        return List.copyOf(entries);
    }

    private static Map<String, Object> toEntry(DocumentModel document) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("uri", document.getUri());
        entry.put("title", document.getTitle());
        entry.put("type", document.getType());
        entry.put("number", String.valueOf(document.getOrDefault("number", "")));
        entry.put("slug", String.valueOf(document.get("slug")));
        entry.put("parent", String.valueOf(document.getOrDefault("parent", "")));
        Object order = document.get("order");
        entry.put("order", order instanceof Number number ? number.intValue() : Integer.MAX_VALUE);
        return entry;
    }
}
