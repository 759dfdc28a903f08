package org.paperbake.kernel;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The results of a pure function, remembered from one build to the next: what lets {@code serve}
 * redo only what an edit changed. The key must hold every input of the function, so that a
 * remembered result is exactly what computing it again would give.
 *
 * <p>Only what the last build used is kept: each build's results move to a fresh map and the
 * previous build's map is dropped, so a long preview session doesn't accumulate old pages.
 * {@link #none()} remembers nothing, for one-off builds. Safe to use from several threads.
 *
 * @param <K> the function's input, with value equality
 * @param <V> its result
 */
public final class Memo<K, V> {

    private final boolean enabled;
    private volatile Map<K, V> previous = new ConcurrentHashMap<>();
    private volatile Map<K, V> current = new ConcurrentHashMap<>();
    private final AtomicInteger computed = new AtomicInteger();

    private Memo(boolean enabled) {
        this.enabled = enabled;
    }

    /** A memo that keeps each build's results for the next build. */
    public static <K, V> Memo<K, V> acrossBuilds() {
        return new Memo<>(true);
    }

    /** A memo that remembers nothing: every call computes. */
    public static <K, V> Memo<K, V> none() {
        return new Memo<>(false);
    }

    /** The result for {@code key}: remembered from this or the last build, else computed now. */
    public V get(K key, Function<K, V> compute) {
        if (!enabled) {
            computed.incrementAndGet();
            return compute.apply(key);
        }
        V value = current.get(key);
        if (value == null) {
            value = previous.get(key);
        }
        if (value == null) {
            computed.incrementAndGet();
            value = compute.apply(key);
        }
        current.put(key, value);
        return value;
    }

    /** Ends a build: what it used is kept for the next one, the rest is dropped; the count starts again. */
    public void nextBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
        computed.set(0);
    }

    /**
     * A key made of {@code parts}, compared by value, whose hash is computed once: for the parts of
     * a key shared by every page of a build (the glossary, the settings), so that looking a page up
     * doesn't hash them again.
     */
    public static Object keyOf(Object... parts) {
        return new ValueKey(parts.clone());
    }

    private static final class ValueKey {
        private final Object[] parts;
        private final int hash;

        ValueKey(Object[] parts) {
            this.parts = parts;
            this.hash = Arrays.deepHashCode(parts);
        }

        @Override
        public boolean equals(Object other) {
            return other == this
                    || other instanceof ValueKey key && key.hash == hash && Arrays.deepEquals(key.parts, parts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** How many results this build had to compute (not remembered): what tests use to see what was redone. */
    public int computedThisBuild() {
        return computed.get();
    }
}
