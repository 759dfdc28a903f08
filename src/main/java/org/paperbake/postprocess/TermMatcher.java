package org.paperbake.postprocess;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.TreeMap;

/**
 * Finds glossary names in text in one pass, with an Aho–Corasick automaton.
 *
 * <p>The automaton is built once over every title, alias and acronym, case-folded; a text is read
 * once, character by character, whatever the number of names. Each candidate the automaton reports
 * is then checked against the rules a reader expects:
 * <ul>
 *   <li>whole words only: "UN" is not found in "UNESCO" nor "Cuba" in "Cuban";</li>
 *   <li>a possessive is a word end: "the UN's role" mentions the UN;</li>
 *   <li>a hyphen or plus joining two words joins them: in "China-Japan relations" China is not a
 *       mention of its own, though "China-EU Taskforce" is, when that is a name;</li>
 *   <li>names with two capitals in a row (acronyms: "UN", "China-EU Taskforce") match only with
 *       that exact case; other names match in any case ("Cybercrime" at a sentence start);</li>
 *   <li>the longest name wins, leftmost first: "international organization of the World Internet
 *       Conference" is one mention, not a mention of the World Internet Conference.</li>
 * </ul>
 * Names inside a longer match (China and the EU inside "China-EU Taskforce") are reported as
 * {@linkplain Match#nested() nested} mentions, which are listed but not linked.
 */
public final class TermMatcher {

    /** A name to find: its text, the term it names, and whether its case must match exactly. */
    public record Name(String text, int term, boolean caseSensitive) {

        /** A name whose case rule follows from its text (two capitals in a row means case-sensitive). */
        public static Name of(String text, int term) {
            return new Name(text, term, hasAcronym(text));
        }
    }

    /**
     * A mention found in a text.
     *
     * @param start the index of its first character
     * @param end the index after its last character
     * @param term the term it names
     * @param nested whether it lies inside a longer match ({@code container} is that match's term)
     * @param container the term of the enclosing match, or -1
     */
    public record Match(int start, int end, int term, boolean nested, int container) {}

    private static final int ROOT = 0;

    private final List<Name> names;
    private final int[][] outputs;
    private final int[] fail;
    private final char[][] keys;
    private final int[][] targets;
    /** The root's transitions for ASCII, looked up directly: most characters of a text leave from the root. */
    private final int[] asciiFromRoot = new int[128];

    /** Builds the automaton over {@code names}. */
    public TermMatcher(List<Name> names) {
        this.names = List.copyOf(names);
        List<TreeMap<Character, Integer>> edges = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        edges.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        for (int i = 0; i < this.names.size(); i++) {
            String text = this.names.get(i).text();
            int node = ROOT;
            for (int k = 0; k < text.length(); k++) {
                char c = fold(text.charAt(k));
                Integer next = edges.get(node).get(c);
                if (next == null) {
                    next = edges.size();
                    edges.get(node).put(c, next);
                    edges.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                }
                node = next;
            }
            ends.get(node).add(i);
        }
        int size = edges.size();
        keys = new char[size][];
        targets = new int[size][];
        for (int node = 0; node < size; node++) {
            TreeMap<Character, Integer> map = edges.get(node);
            keys[node] = new char[map.size()];
            targets[node] = new int[map.size()];
            int k = 0;
            for (var edge : map.entrySet()) {
                keys[node][k] = edge.getKey();
                targets[node][k] = edge.getValue();
                k++;
            }
        }
        for (char c = 0; c < asciiFromRoot.length; c++) {
            int k = Arrays.binarySearch(keys[ROOT], c);
            asciiFromRoot[c] = k < 0 ? -1 : targets[ROOT][k];
        }
        fail = new int[size];
        outputs = new int[size][];
        linkFailures(ends);
    }

    /** Breadth-first: each node's failure link is the longest proper suffix that is also a prefix. */
    private void linkFailures(List<List<Integer>> ends) {
        Queue<Integer> queue = new ArrayDeque<>();
        outputs[ROOT] = toArray(ends.get(ROOT));
        for (int child : targets[ROOT]) {
            fail[child] = ROOT;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.remove();
            List<Integer> out = new ArrayList<>(ends.get(node));
            for (int o : outputs[fail[node]]) {
                out.add(o);
            }
            outputs[node] = toArray(out);
            for (int k = 0; k < keys[node].length; k++) {
                int child = targets[node][k];
                int f = fail[node];
                int next = step(f, keys[node][k]);
                while (next < 0 && f != ROOT) {
                    f = fail[f];
                    next = step(f, keys[node][k]);
                }
                fail[child] = next < 0 || next == child ? ROOT : next;
                queue.add(child);
            }
        }
    }

    /** The names the automaton was built over, by index. */
    public List<Name> names() {
        return names;
    }

    /** Every mention in {@code text}: the selected ones in text order, then the nested ones. */
    public List<Match> findAll(CharSequence text) {
        List<int[]> candidates = new ArrayList<>();
        int node = ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            int next = step(node, c);
            while (next < 0 && node != ROOT) {
                node = fail[node];
                next = step(node, c);
            }
            node = next < 0 ? ROOT : next;
            for (int id : outputs[node]) {
                int start = i + 1 - names.get(id).text().length();
                if (caseMatches(text, start, names.get(id))) {
                    candidates.add(new int[] {start, i + 1, id});
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> c[0])
                .thenComparingInt(c -> -c[1])
                .thenComparingInt(c -> c[2]));
        List<Match> selected = selectLongest(text, candidates);
        List<Match> all = new ArrayList<>(selected);
        for (Match outer : selected) {
            List<int[]> inside = candidates.stream()
                    .filter(c ->
                            c[0] >= outer.start() && c[1] <= outer.end() && (c[1] - c[0]) < outer.end() - outer.start())
                    .filter(c -> names.get(c[2]).term() != outer.term() && isWordAt(text, c[0], c[1], false))
                    .toList();
            int end = -1;
            for (int[] c : inside) {
                if (c[0] >= end) {
                    all.add(new Match(c[0], c[1], names.get(c[2]).term(), true, outer.term()));
                    end = c[1];
                }
            }
        }
        return all;
    }

    private List<Match> selectLongest(CharSequence text, List<int[]> candidates) {
        List<Match> selected = new ArrayList<>();
        int end = -1;
        for (int[] c : candidates) {
            if (c[0] >= end && isWordAt(text, c[0], c[1], true)) {
                selected.add(new Match(c[0], c[1], names.get(c[2]).term(), false, -1));
                end = c[1];
            }
        }
        return selected;
    }

    /**
     * Whether {@code [start, end)} is a whole word or words. Strictly, a hyphen or plus between two
     * letters joins words ("China-Japan"); inside a longer match it separates them.
     */
    static boolean isWordAt(CharSequence text, int start, int end, boolean strict) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isLetterOrDigit(before)
                    || strict && isJoiner(before) && start > 1 && Character.isLetterOrDigit(text.charAt(start - 2))) {
                return false;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            return !(Character.isLetterOrDigit(after)
                    || strict
                            && isJoiner(after)
                            && end + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(end + 1)));
        }
        return true;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '+' || c == '\u2010' || c == '\u2011';
    }

    private static boolean caseMatches(CharSequence text, int start, Name name) {
        if (!name.caseSensitive()) {
            return true;
        }
        String expected = name.text();
        for (int k = 0; k < expected.length(); k++) {
            if (normalise(text.charAt(start + k)) != normalise(expected.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private int step(int node, char c) {
        if (node == ROOT && c < asciiFromRoot.length) {
            return asciiFromRoot[c];
        }
        int k = Arrays.binarySearch(keys[node], c);
        return k < 0 ? -1 : targets[node][k];
    }

    /** Case-folded, with typographic apostrophes and hyphens read as plain ones. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(normalise(c));
    }

    private static char normalise(char c) {
        return switch (c) {
            case '\u2019', '\u2018' -> '\'';
            case '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }

    /** Whether {@code text} has two capital letters in a row, the mark of an acronym ("UN", "China-EU"). */
    static boolean hasAcronym(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
