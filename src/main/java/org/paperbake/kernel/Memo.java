package org.paperbake.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The results of one pure function, remembered from one build to the next: one table of a
 * {@link BuildMemory}. The key must hold every input of the function, so that a remembered result
 * is exactly what computing it again would give.
 *
 * <p>Only what the last build used is kept: each build's results move to a fresh map and the
 * previous build's map is dropped, so a long preview session doesn't accumulate old pages. A memo
 * of {@link BuildMemory#none()} remembers nothing. Safe to use from several threads.
 *
 * @param <K> the function's input, a record with value equality
 * @param <V> its result
 */
public final class Memo<K extends Record, V> {

    private final boolean remembers;
    private volatile Map<K, V> previous = new ConcurrentHashMap<>();
    private volatile Map<K, V> current = new ConcurrentHashMap<>();
    private final AtomicInteger computed = new AtomicInteger();

    Memo(boolean remembers) {
        this.remembers = remembers;
    }

    /** The result for {@code key}: remembered from this or the last build, else computed now. */
    public V get(K key, Function<K, V> compute) {
        return getComputed(key, k -> Computed.cacheable(compute.apply(k)));
    }

    /**
     * As {@link #get}, for a function that can tell, computing, that its result depends on more than
     * the key: an {@link Computed#uncacheable uncacheable} result is returned but not remembered, so
     * it is computed again every time.
     */
    public V getComputed(K key, Function<K, Computed<V>> compute) {
        if (remembers) {
            V value = current.get(key);
            if (value == null) {
                value = previous.get(key);
            }
            if (value != null) {
                current.put(key, value);
                return value;
            }
        }
        computed.incrementAndGet();
        Computed<V> result = compute.apply(key);
        if (remembers && result.cacheable()) {
            current.put(key, result.value());
        }
        return result.value();
    }

    /** Ends a build: what it used is kept for the next one, the rest is dropped; the count starts again. */
    void nextBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
        computed.set(0);
    }

    /** How many results this build had to compute (not remembered). */
    int computedThisBuild() {
        return computed.get();
    }
}
