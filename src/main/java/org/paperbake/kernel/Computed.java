package org.paperbake.kernel;

/**
 * What a {@link Memo}'s function computed, and whether it may be remembered: a result that turned
 * out to depend on more than its key (a template that read other pages) is used once and computed
 * again next time.
 *
 * @param value the result
 * @param cacheable whether the key holds every input of the result
 */
public record Computed<V>(V value, boolean cacheable) {

    /** A result that is a function of its key alone. */
    public static <V> Computed<V> cacheable(V value) {
        return new Computed<>(value, true);
    }

    /** A result that depends on more than its key: never remembered. */
    public static <V> Computed<V> uncacheable(V value) {
        return new Computed<>(value, false);
    }
}
