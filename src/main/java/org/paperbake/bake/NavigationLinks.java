package org.paperbake.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paperbake.content.ContentFile;
import org.paperbake.content.Library;

/**
 * A page's place in the document's reading order: the page before, the page after, its parent.
 *
 * <p>Computed once for all pages in linear time, instead of JBake's per-type previous/next, which
 * loads every page of a type for each page rendered and would chain sections and subsections
 * separately rather than in reading order.
 *
 * @param previous the page before in reading order, or null
 * @param next the page after in reading order, or null
 * @param parent the parent page, or null
 */
record NavigationLinks(ContentFile previous, ContentFile next, ContentFile parent) {

    /** Reading order: by {@code order}, then by path so that ties are deterministic. */
    static final Comparator<ContentFile> READING_ORDER = Comparator.comparingInt(
                    (ContentFile file) -> file.order().orElse(Integer.MAX_VALUE))
            .thenComparing(ContentFile::relativePath);

    /**
     * Links for every published document part, keyed by slug. In a library each document is its
     * own reading order: the last page of one document never leads to the cover of the next.
     */
    static Map<String, NavigationLinks> forPages(List<ContentFile> files) {
        Map<String, ContentFile> bySlug = new HashMap<>();
        Map<String, List<ContentFile>> partsByDocument = new TreeMap<>();
        for (ContentFile file : files) {
            bySlug.put(file.slug(), file);
            if (file.type().isDocumentPart() && file.isPublished()) {
                partsByDocument
                        .computeIfAbsent(Library.documentOf(file), document -> new ArrayList<>())
                        .add(file);
            }
        }
        Map<String, NavigationLinks> links = new HashMap<>();
        for (List<ContentFile> parts : partsByDocument.values()) {
            link(parts, bySlug, links);
        }
        return links;
    }

    private static void link(
            List<ContentFile> parts, Map<String, ContentFile> bySlug, Map<String, NavigationLinks> links) {
        parts.sort(READING_ORDER);
        for (int i = 0; i < parts.size(); i++) {
            ContentFile page = parts.get(i);
            links.put(
                    page.slug(),
                    new NavigationLinks(
                            i > 0 ? parts.get(i - 1) : null,
                            i + 1 < parts.size() ? parts.get(i + 1) : null,
                            page.parent().map(bySlug::get).orElse(null)));
        }
    }

    /** Stores the links as flat strings, which JBake's content store keeps as they are. */
    void putInto(Map<String, Object> document) {
        putPage(document, "previous_page", previous);
        putPage(document, "next_page", next);
        putPage(document, "parent_page", parent);
    }

    private static void putPage(Map<String, Object> document, String prefix, ContentFile page) {
        if (page != null) {
            document.put(prefix + "_uri", page.outputPath());
            document.put(prefix + "_title", page.title());
            document.put(prefix + "_number", page.number().orElse(""));
        }
    }
}
