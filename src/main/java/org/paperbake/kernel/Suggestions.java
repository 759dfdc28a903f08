package org.paperbake.kernel;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?" suggestions by edit distance, for unknown keys and names. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate closest to {@code word}, or null when none is close enough to be a likely typo
     * (an edit distance of at most a third of the word's length, and at least 2).
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int distance = LevenshteinDistance.getDefaultInstance()
                    .apply(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? best : null;
    }
}
