package org.paperbake.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;
import org.paperbake.content.DocumentType;

/**
 * The template variable {@code listings}: the site's published {@code type: listing} pages (the
 * glossary, references and chronology), for the link block every page carries.
 *
 * <p>A site without such pages gets an empty list, so the layout links only to pages that exist.
 * Each entry is a map with {@code uri}, {@code title} and {@code listing}, ordered as
 * {@link org.paperbake.content.ContentSchema#LISTINGS} lists them.
 */
public final class ListingsExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        // Every page asks for the listings: Paperbake's own store finds them once per bake.
        if (db instanceof InMemoryContentStore memory) {
            return memory.remember("listings", () -> listings(db));
        }
        return listings(db);
    }

    private static List<Map<String, Object>> listings(ContentStore db) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (DocumentModel document : db.getPublishedContent(DocumentType.LISTING.toFrontMatter())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("uri", document.getUri());
            entry.put("title", document.getTitle());
            entry.put("listing", String.valueOf(document.getOrDefault("listing", "")));
            entries.add(entry);
        }
        entries.sort(Comparator.comparingInt((Map<String, Object> entry) ->
                        org.paperbake.content.ContentSchema.LISTINGS.indexOf((String) entry.get("listing")))
                .thenComparing(entry -> (String) entry.get("uri")));
        return List.copyOf(entries);
    }
}
