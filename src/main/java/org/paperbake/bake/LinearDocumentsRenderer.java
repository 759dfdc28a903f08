package org.paperbake.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.RenderingException;

/**
 * Renders every unrendered document through JBake's {@link Renderer}, on all cores.
 *
 * <p>Replaces JBake's {@code DocumentsRenderer}, which for every page loads every page of its type
 * (bodies included) to find the previous and next page, and so is quadratic. Here JBake's
 * {@code previousContent}/{@code nextContent} are computed once per type in one linear pass, with
 * JBake's meaning (within a type, newest first, skipping unpublished documents; "next" is the newer
 * neighbour), and each page is rendered from a copy of its stored document so that the store stays
 * as the crawler left it. Pages are independent files, so rendering order does not change the output;
 * failures are reported per page, in uri order.
 */
final class LinearDocumentsRenderer {

    private LinearDocumentsRenderer() {}

    /**
     * Renders the store's unrendered documents.
     *
     * @param errors receives one error per page that failed, in uri order
     * @return the number of pages rendered
     */
    static int render(Renderer renderer, ContentStore store, List<Throwable> errors) {
        List<DocumentModel> documents = store.getUnrenderedContent();
        Map<DocumentModel, DocumentModel[]> neighbours = neighboursByType(store, documents);
        List<Failure> failures = documents.parallelStream()
                .map(document -> renderOne(renderer, document, neighbours.get(document)))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Failure::uri))
                .toList();
        for (DocumentModel document : documents) {
            store.markContentAsRendered(document);
        }
        failures.forEach(failure -> errors.add(failure.error()));
        return documents.size() - failures.size();
    }

    private record Failure(String uri, Throwable error) {}

    private static Failure renderOne(Renderer renderer, DocumentModel stored, DocumentModel[] around) {
        DocumentModel page = new DocumentModel();
        page.putAll(stored);
        page.setPreviousContent(around == null ? null : around[0]);
        page.setNextContent(around == null ? null : around[1]);
        try {
            renderer.render(page);
            return null;
        } catch (Exception e) {
            return new Failure(String.valueOf(stored.getUri()), new RenderingException(e.getMessage(), e));
        }
    }

    /** For each document, {previous, next} as JBake's navigation models; one pass per type. */
    private static Map<DocumentModel, DocumentModel[]> neighboursByType(
            ContentStore store, List<DocumentModel> documents) {
        Map<String, List<DocumentModel>> byType = new HashMap<>();
        for (DocumentModel document : documents) {
            byType.computeIfAbsent(document.getType(), type -> new ArrayList<>(store.getAllContent(type)));
        }
        Map<DocumentModel, DocumentModel[]> neighbours = new IdentityHashMap<>();
        for (List<DocumentModel> typed : byType.values()) {
            DocumentModel[] newerPublished = new DocumentModel[typed.size()];
            DocumentModel newer = null;
            for (int i = 0; i < typed.size(); i++) {
                newerPublished[i] = newer;
                if (isPublished(typed.get(i))) {
                    newer = navigationModel(typed.get(i));
                }
            }
            DocumentModel older = null;
            for (int i = typed.size() - 1; i >= 0; i--) {
                neighbours.put(typed.get(i), new DocumentModel[] {older, newerPublished[i]});
                if (isPublished(typed.get(i))) {
                    older = navigationModel(typed.get(i));
                }
            }
        }
        return neighbours;
    }

    private static boolean isPublished(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    /** The small model JBake's DocumentsRenderer gives templates as previous/next content. */
    private static DocumentModel navigationModel(DocumentModel document) {
        DocumentModel navigation = new DocumentModel();
        navigation.setNoExtensionUri(document.getNoExtensionUri());
        navigation.setUri(document.getUri());
        navigation.setTitle(document.getTitle());
        return navigation;
    }
}
