package org.paperbake.bake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * The contents as a tree, ready to print: {@code contents_tree} (the whole tree, for the cover),
 * {@code sidebar} (the tree as seen from the page being rendered) and {@code page_children} (the
 * subsections of the page being rendered).
 *
 * <p>Templates could compute these from {@code contents} with {@code ?filter}, but Freemarker
 * compares strings with a locale collator, and filtering every entry on every page is quadratic:
 * at 10,000 pages that alone is hours. Here the tree is built once per bake, and each page gets
 * its flags in time proportional to what it prints. Each entry is a map with {@code uri},
 * {@code title}, {@code number}, {@code show_number} (a number that differs from the title),
 * {@code type}, {@code slug}, {@code current} (it is this page), {@code expanded} (its subsections
 * are listed) and {@code children}. The sidebar lists every subsection while the document has at
 * most {@value #FULL_TREE_LIMIT} parts; beyond that only the current section's, so that a page's
 * size does not grow with the whole document.
 */
public final class NavigationExtractor implements ModelExtractor<List<Map<String, Object>>> {

    /** Up to this many document parts, every page's sidebar shows the whole tree. */
    public static final int FULL_TREE_LIMIT = 100;

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        List<Map<String, Object>> contents = new ContentsExtractor().get(db, model, "contents");
        Object content = model.get("content");
        Map<String, Object> page = content instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        String uri = String.valueOf(page.getOrDefault("uri", ""));
        String slug = String.valueOf(page.getOrDefault("slug", ""));
        String parent = String.valueOf(page.getOrDefault("parent", ""));
        if ("page_children".equals(key)) {
            return children(contents, slug, uri);
        }
        // Built once per bake with Paperbake's store; every page then only flags its own entries.
        Grouping grouping = db instanceof InMemoryContentStore memory
                ? memory.remember("contents-grouping", () -> Grouping.of(contents))
                : Grouping.of(contents);
        return "contents_tree".equals(key)
                ? tree(grouping, null, null, true)
                : tree(grouping, uri, parent, contents.size() <= FULL_TREE_LIMIT);
    }

    /** The top-level entries and each entry's subsections, in reading order. */
    private record Grouping(List<Map<String, Object>> top, Map<String, List<Map<String, Object>>> childrenBySlug) {

        static Grouping of(List<Map<String, Object>> contents) {
            List<Map<String, Object>> top = new ArrayList<>();
            Map<String, List<Map<String, Object>>> childrenBySlug = new LinkedHashMap<>();
            for (Map<String, Object> entry : contents) {
                if (!"subsection".equals(entry.get("type")) && !"document".equals(entry.get("type"))) {
                    top.add(entry);
                }
                childrenBySlug.computeIfAbsent(String.valueOf(entry.get("parent")), ignored -> new ArrayList<>()).add(entry);
            }
            return new Grouping(top, childrenBySlug);
        }
    }

    private static List<Map<String, Object>> tree(Grouping grouping, String currentUri, String currentParent, boolean expandAll) {
        List<Map<String, Object>> tree = new ArrayList<>();
        for (Map<String, Object> entry : grouping.top()) {
            String slug = String.valueOf(entry.get("slug"));
            boolean expanded = expandAll || entry.get("uri").equals(currentUri) || slug.equals(currentParent);
            List<Map<String, Object>> children = new ArrayList<>();
            if (expanded) {
                for (Map<String, Object> child : grouping.childrenBySlug().getOrDefault(slug, List.of())) {
                    children.add(flagged(child, currentUri, false, List.of()));
                }
            }
            tree.add(flagged(entry, currentUri, expanded, children));
        }
        return tree;
    }

    private static List<Map<String, Object>> children(List<Map<String, Object>> contents, String slug, String currentUri) {
        List<Map<String, Object>> children = new ArrayList<>();
        for (Map<String, Object> entry : contents) {
            if (slug.equals(entry.get("parent"))) {
                children.add(flagged(entry, currentUri, false, List.of()));
            }
        }
        return children;
    }

    private static Map<String, Object> flagged(Map<String, Object> entry, String currentUri, boolean expanded,
            List<Map<String, Object>> children) {
        Map<String, Object> flagged = new LinkedHashMap<>(entry);
        String number = String.valueOf(entry.get("number"));
        flagged.put("show_number", !number.isEmpty() && !number.equals(entry.get("title")));
        flagged.put("current", entry.get("uri").equals(currentUri));
        flagged.put("expanded", expanded && !children.isEmpty());
        flagged.put("children", children);
        return flagged;
    }
}
