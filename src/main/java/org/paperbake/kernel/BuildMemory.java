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
