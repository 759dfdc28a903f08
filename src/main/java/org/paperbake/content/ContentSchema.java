package org.paperbake.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What front matter each document type takes: required and optional keys and their value types.
 * The types themselves and the statuses are {@link DocumentType} and {@link Status}.
 *
 * <p>One table, so that reading content, {@code check}, {@code new} and CONTRIBUTING.md agree.
 */
public final class ContentSchema {

    /** Value types a front-matter key may have. */
    public enum ValueType {
        TEXT("text"),
        INTEGER("a whole number"),
        DATE("a date written YYYY-MM-DD"),
        TEXT_LIST("a list such as [A, B]"),
        INTEGER_LIST("a list of whole numbers such as [1, 3]");

        private final String description;

        ValueType(String description) {
            this.description = description;
        }

        /** How the type is described in error messages. */
        public String description() {
            return description;
        }

        /** Whether {@code value}, as SnakeYAML loaded it, has this type. */
        public boolean accepts(Object value) {
            return switch (this) {
                case TEXT -> value instanceof String || value instanceof Integer;
                case INTEGER -> value instanceof Integer;
                case DATE -> value instanceof LocalDate;
                case TEXT_LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
                case INTEGER_LIST ->
                    value instanceof List<?> list && list.stream().allMatch(Integer.class::isInstance);
            };
        }
    }

    /** Glossary categories. */
    public static final List<String> CATEGORIES =
            List.of("organization", "agreement", "initiative", "mechanism", "event", "operation", "place", "concept");

    /** Every key any content file may carry, with its value type. */
    public static final Map<String, ValueType> KEYS = Map.ofEntries(
            Map.entry("title", ValueType.TEXT),
            Map.entry("type", ValueType.TEXT),
            Map.entry("status", ValueType.TEXT),
            Map.entry("date", ValueType.DATE),
            Map.entry("number", ValueType.TEXT),
            Map.entry("order", ValueType.INTEGER),
            Map.entry("parent", ValueType.TEXT),
            Map.entry("source", ValueType.TEXT),
            Map.entry("generated", ValueType.TEXT),
            Map.entry("description", ValueType.TEXT),
            Map.entry("publisher", ValueType.TEXT),
            Map.entry("publication", ValueType.TEXT),
            Map.entry("issuer", ValueType.TEXT),
            Map.entry("posted", ValueType.DATE),
            Map.entry("standfirst", ValueType.TEXT),
            Map.entry("published", ValueType.TEXT),
            Map.entry("updated", ValueType.DATE),
            Map.entry("year", ValueType.INTEGER),
            Map.entry("source_host", ValueType.TEXT),
            Map.entry("copyright", ValueType.TEXT),
            Map.entry("part", ValueType.INTEGER),
            Map.entry("parts", ValueType.INTEGER),
            Map.entry("parts_held", ValueType.INTEGER_LIST),
            Map.entry("parts_missing", ValueType.INTEGER_LIST),
            Map.entry("part_sources", ValueType.TEXT_LIST),
            Map.entry("continued_sources", ValueType.TEXT_LIST),
            Map.entry("issued", ValueType.DATE),
            Map.entry("source_url", ValueType.TEXT),
            Map.entry("holds", ValueType.TEXT),
            Map.entry("omitted", ValueType.TEXT),
            Map.entry("short_title", ValueType.TEXT),
            Map.entry("moved_from", ValueType.TEXT),
            Map.entry("aliases", ValueType.TEXT_LIST),
            Map.entry("category", ValueType.TEXT),
            Map.entry("short", ValueType.TEXT),
            Map.entry("acronym", ValueType.TEXT),
            Map.entry("link", ValueType.TEXT),
            Map.entry("listing", ValueType.TEXT));

    /**
     * Whether a glossary entry's mentions become links: {@code policy} (the default: as the site's
     * {@code glossary.link_policy} says) or {@code never} (a name every reader knows, such as the
     * document's own country: its mentions are listed on its page, never linked in the text).
     */
    public static final List<String> LINK_CHOICES = List.of("policy", "never");

    /** What a {@code listing} page lists; the post-processor fills it in. */
    public static final List<String> LISTINGS = List.of("glossary", "references", "chronology", "notes");

    private static final Set<String> ALWAYS = Set.of("title", "type", "status");

    private ContentSchema() {}

    /** The keys a page of {@code type} must have. */
    public static Set<String> requiredKeys(DocumentType type) {
        return switch (type) {
            case DOCUMENT, PAGE -> union(ALWAYS, Set.of("date", "order"));
            case SECTION -> union(ALWAYS, Set.of("date", "order", "number"));
            case SUBSECTION -> union(ALWAYS, Set.of("date", "order", "number", "parent"));
            case TERM -> union(ALWAYS, Set.of("category", "short"));
            case LISTING -> union(ALWAYS, Set.of("listing"));
        };
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
