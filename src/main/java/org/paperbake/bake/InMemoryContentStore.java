package org.paperbake.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store held in plain Java collections instead of an embedded OrientDB database.
 *
 * <p>Overrides every query JBake's crawler, renderers, model extractors and template helpers make,
 * with the same results as the OrientDB queries in {@link ContentStore}: the same filters, the same
 * "order by date desc" (ties kept in insertion order, which is the crawl order), fresh lists on every
 * call. The documents are filled in once before rendering and only read afterwards, so the store
 * is safe to read from several rendering threads; {@link #remember} memoises derived values (the
 * reading-order contents) that every page asks for.
 */
public class InMemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST =
            Comparator.comparing(InMemoryContentStore::dateOf, Comparator.nullsLast(Comparator.reverseOrder()));

    private final List<DocumentModel> documents = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Object> memo = new ConcurrentHashMap<>();
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();
    private volatile Map<String, List<DocumentModel>> byType;
    private long start = -1;
    private long limit = -1;

    /** An empty store; nothing is started. */
    public InMemoryContentStore() {
        super("memory", "paperbake");
    }

    /** Caches a value derived from the documents, computed once per store. */
    @SuppressWarnings("unchecked")
    public <T> T remember(String key, Supplier<T> compute) {
        return (T) memo.computeIfAbsent(key, ignored -> compute.get());
    }

    @Override
    public void startup() {
        // Nothing to start: that is the point of this store.
    }

    @Override
    public void close() {
        // Nothing to close; the documents stay readable until the store is dropped.
    }

    @Override
    public void shutdown() {
        // Nothing to shut down.
    }

    @Override
    public void drop() {
        documents.clear();
        invalidate();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public long getStart() {
        return start;
    }

    @Override
    public void setStart(int start) {
        this.start = start;
    }

    @Override
    public long getLimit() {
        return limit;
    }

    @Override
    public void setLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public void resetPagination() {
        start = -1;
        limit = -1;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // A fresh store per bake: there is no cache to clear.
    }

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(document);
        invalidate();
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(document -> uri.equals(document.getSourceuri()));
        invalidate();
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(document -> docType.equals(document.getType()));
        invalidate();
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        rendered.add(document.getSourceuri());
    }

    @Override
    public long getDocumentCount(String docType) {
        return ofType(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return ofType(docType).stream()
                .filter(InMemoryContentStore::isPublished)
                .count();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(all(), document -> uri.equals(document.getSourceuri()), false);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> status = new DocumentList<>();
        for (DocumentModel document : getDocumentByUri(uri)) {
            DocumentModel row = new DocumentModel();
            row.setSha1(document.getSha1());
            row.setRendered(document.getRendered() || rendered.contains(uri));
            status.add(row);
        }
        return status;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return page(getPublishedContent("post"), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(ofType("post"), document -> isPublished(document) && hasTag(document, tag), false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> tagged = new DocumentList<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            tagged.addAll(select(ofType(docType), document -> isPublished(document) && hasTag(document, tag), false));
        }
        return tagged;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(ofType(docType), InMemoryContentStore::isPublished, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return getAllContent(docType, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return page(select(ofType(docType), document -> true, false), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(all(), document -> !document.getRendered() && !rendered.contains(document.getSourceuri()), true);
    }

    @Override
    public Set<String> getTags() {
        Set<String> tags = new LinkedHashSet<>();
        for (DocumentModel document : getPublishedContent("post")) {
            Collections.addAll(tags, tagsOf(document));
        }
        return tags;
    }

    @Override
    public Set<String> getAllTags() {
        Set<String> tags = new LinkedHashSet<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel document : getPublishedContent(docType)) {
                Collections.addAll(tags, tagsOf(document));
            }
        }
        return tags;
    }

    private void invalidate() {
        byType = null;
        memo.clear();
    }

    private List<DocumentModel> all() {
        synchronized (documents) {
            List<DocumentModel> sorted = new ArrayList<>(documents);
            sorted.sort(NEWEST_FIRST);
            return sorted;
        }
    }

    /** Documents of one type, newest first; built once for all types and reused until the store changes. */
    private List<DocumentModel> ofType(String docType) {
        Map<String, List<DocumentModel>> index = byType;
        if (index == null) {
            Map<String, List<DocumentModel>> built = new HashMap<>();
            for (DocumentModel document : all()) {
                built.computeIfAbsent(document.getType(), key -> new ArrayList<>())
                        .add(document);
            }
            built.replaceAll((key, list) -> List.copyOf(list));
            index = built;
            byType = built;
        }
        return index.getOrDefault(docType, List.of());
    }

    private static DocumentList<DocumentModel> select(
            List<DocumentModel> from, Predicate<DocumentModel> filter, boolean sorted) {
        DocumentList<DocumentModel> selected = new DocumentList<>();
        for (DocumentModel document : from) {
            if (filter.test(document)) {
                selected.add(document);
            }
        }
        if (sorted) {
            selected.sort(NEWEST_FIRST);
        }
        return selected;
    }

    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> list, boolean applyPaging) {
        if (!applyPaging || start < 0 || limit <= -1) {
            return list;
        }
        DocumentList<DocumentModel> paged = new DocumentList<>();
        list.stream().skip(start).limit(limit).forEach(paged::add);
        return paged;
    }

    private static boolean isPublished(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    private static boolean hasTag(DocumentModel document, String tag) {
        for (String candidate : tagsOf(document)) {
            if (candidate.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** A document's tags; not {@code DocumentModel.getTags()}, which needs OrientDB's list class loaded. */
    private static String[] tagsOf(DocumentModel document) {
        Object tags = document.get(ModelAttributes.TAGS);
        if (tags instanceof String[] array) {
            return array;
        }
        if (tags instanceof List<?> list) {
            return list.stream().map(String::valueOf).toArray(String[]::new);
        }
        return new String[0];
    }

    private static Date dateOf(DocumentModel document) {
        return document.getDate();
    }
}
