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
 * The template variable {@code contents}: every published part of the document in reading order,
 * for the cover's table of contents and the sidebar.
 *
 * <p>Registered in {@code META-INF/org.jbake.template.ModelExtractors.properties}, because
 * registrations made in code are wiped by {@code Oven.bake()}. Each entry is a map with
 * {@code uri}, {@code title}, {@code number}, {@code type}, {@code slug}, {@code parent},
 * {@code order}, {@code panels} (each with {@code number}, {@code title} and {@code id}) and
 * {@code children} (the entries whose {@code parent} is this entry's slug, in reading order) and
 * {@code child_uris} (their uris, in the same order);
 * Freemarker needs a collection, so a list is returned. {@link ContentsTreeExtractor} gives the same
 * entries as a tree.
 *
 * <p>The children are linked here, once per bake, so that no template has to find them by filtering
 * the whole list on every page: with a thousand pages that filter made the bake quadratic.
 */
public final class ContentsExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        List<Map<String, Object>> all = allParts(db);
        String document = LibraryExtractor.documentOf(model);
        if (document == null || !LibraryExtractor.isLibrary(db)) {
            return all;
        }
        // In a library a page sees its own document's parts; a page outside the documents sees their covers.
        if (db instanceof InMemoryContentStore memory) {
            return memory.remember("contents:" + document, () -> LibraryExtractor.partsOf(all, document));
        }
        return LibraryExtractor.partsOf(all, document);
    }

    /** Every document part of the site, of every document. */
    static List<Map<String, Object>> allParts(ContentStore db) {
        // Every page asks for the contents: Paperbake's own store computes them once per bake.
        if (db instanceof InMemoryContentStore memory) {
            return memory.remember("contents", () -> documentParts(db, false));
        }
        return documentParts(db, false);
    }

    /** The top of the contents tree: every entry that is neither the cover nor a subsection. */
    static List<Map<String, Object>> topLevel(List<Map<String, Object>> entries) {
        return entries.stream().filter(entry -> typeOf(entry).isTopLevelPart()).toList();
    }

    /** Every published document part in reading order; with {@code withBody}, each with its rendered body too. */
    static List<Map<String, Object>> documentParts(ContentStore db, boolean withBody) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            if (!type.isDocumentPart()) {
                continue;
            }
            for (DocumentModel document : db.getPublishedContent(type.toFrontMatter())) {
                Map<String, Object> entry = toEntry(document);
                if (withBody) {
                    document.forEach(entry::putIfAbsent);
                    entry.put("body", document.getBody() == null ? "" : document.getBody());
                }
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparingInt((Map<String, Object> entry) -> (Integer) entry.get("order"))
                .thenComparing(entry -> (String) entry.get("uri")));
        linkChildren(entries);
        return List.copyOf(entries);
    }

    /** Gives each entry its {@code children}, in reading order, in one pass over the list. */
    private static void linkChildren(List<Map<String, Object>> entries) {
        Map<String, List<Map<String, Object>>> childrenBySlug = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries) {
            String parent = (String) entry.get("parent");
            if (!parent.isEmpty()) {
                childrenBySlug
                        .computeIfAbsent(parent, slug -> new ArrayList<>())
                        .add(entry);
            }
        }
        for (Map<String, Object> entry : entries) {
            List<Map<String, Object>> children = childrenBySlug.getOrDefault((String) entry.get("slug"), List.of());
            entry.put("children", List.copyOf(children));
            // The children's uris, for a template to find the current page among them in one
            // ?seq_index_of (the sidebar shows only the siblings around it).
            entry.put(
                    "child_uris",
                    children.stream().map(child -> (String) child.get("uri")).toList());
        }
    }

    /** The type of a contents entry, which keeps it as JBake names it, for templates. */
    static DocumentType typeOf(Map<String, Object> entry) {
        return DocumentType.fromFrontMatter((String) entry.get("type"))
                .orElseThrow(() -> new IllegalStateException("a contents entry of no document type: " + entry));
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
        entry.put("panels", panelsOf(document));
        return entry;
    }

    /** The panels the engine found in the page's body, stored as parallel lists of numbers and titles. */
    private static List<Map<String, String>> panelsOf(DocumentModel document) {
        List<Map<String, String>> panels = new ArrayList<>();
        if (document.get(FrontMatterMarkdownEngine.PANEL_NUMBERS) instanceof List<?> numbers
                && document.get(FrontMatterMarkdownEngine.PANEL_TITLES) instanceof List<?> titles) {
            for (int i = 0; i < numbers.size() && i < titles.size(); i++) {
                String number = String.valueOf(numbers.get(i));
                panels.add(Map.of("number", number, "title", String.valueOf(titles.get(i)), "id", "panel-" + number));
            }
        }
        return panels;
    }
}
