package org.paperbake.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the stages remember from one build to the next, in one place: what lets
 * {@code serve} redo only what an edit changed. Each stage keeps its results in the {@link Memo}
 * of its key's record type; {@link #nextBuild()} ends a build for all of them at once.
 *
 * <p>{@link #acrossBuilds()} remembers; {@link #none()} computes every time, for one-off builds.
 * Either way every computation is counted, so the same stage code runs in both.
 */
public final class BuildMemory {

    private final boolean remembers;
    private final Map<Class<?>, Memo<?, ?>> memos = new ConcurrentHashMap<>();

    private BuildMemory(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memory that keeps each build's results for the next build. */
    public static BuildMemory acrossBuilds() {
        return new BuildMemory(true);
    }

    /** A memory that remembers nothing: every lookup computes. */
    public static BuildMemory none() {
        return new BuildMemory(false);
    }

    /**
     * The memo of the results keyed by {@code keyType}. One stage owns each key type, and with it
     * the type of the results, which is why the cast holds.
     */
    @SuppressWarnings("unchecked")
    public <K extends Record, V> Memo<K, V> memo(Class<K> keyType) {
        return (Memo<K, V>) memos.computeIfAbsent(keyType, type -> new Memo<>(remembers));
    }

    /**
     * {@code value}, or the equal value this or the last build shared: the part of a key every page of a build
     * holds (the glossary, what the templates see of the site) is then the same object in every key, so that
     * looking each page up compares it by identity rather than element by element — once per build, not once
     * per page. A memory that remembers nothing gives {@code value} itself.
     */
    @SuppressWarnings("unchecked")
    public <T> Hashed<T> shared(Hashed<T> value) {
        return (Hashed<T>) memo(Shared.class).get(new Shared(value), shared -> shared.value());
    }

    /** The key under which {@link #shared} keeps a value: the value itself. */
    private record Shared(Hashed<?> value) {}

    /** How many results keyed by {@code keyType} this build computed rather than remembered. */
    public int computedThisBuild(Class<? extends Record> keyType) {
        Memo<?, ?> memo = memos.get(keyType);
        return memo == null ? 0 : memo.computedThisBuild();
    }

    /** Ends a build: what it used is kept for the next one, the rest is dropped; the counts start again. */
    public void nextBuild() {
        memos.values().forEach(Memo::nextBuild);
    }
}
