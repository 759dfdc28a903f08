package org.paperbake.postprocess;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperbake.kernel.Json;

/**
 * The search index's inverted index, made at build time so that the reader's browser doesn't
 * index the whole text when the search page opens (lunr's builder took 30 s and 130 MB of heap
 * for 1,000 pages, and grows with the text): for every word of the entries, the entries that hold
 * it and how often, and each entry's length in words, for BM25.
 *
 * <p>Words are split and trimmed exactly as lunr's tokenizer and trimmer do (on white space and
 * hyphens; non-word characters at either end removed; lower case), but neither spelt nor stemmed:
 * search.js folds British spellings and stems each distinct word once when it loads, so the
 * stemmer that reads the query is the one that grouped the words.
 *
 * <p>Written as {@code window.PAPERBAKE_SEARCH_WORDS = {"word": [p, p, …], …}} where each {@code
 * p} is {@code 8 × (entry − previous entry) + weight}, weight the word's count in the text, the
 * definition and the names plus twice its count in the heading, at most 7; and {@code
 * window.PAPERBAKE_SEARCH_LENGTHS = [n, …]}.
 */
final class SearchWords {

    private static final int MAX_WEIGHT = 7;

    private final Map<String, Postings> postings = new HashMap<>();
    private final List<Integer> lengths = new ArrayList<>();

    /** The words of {@code text} as lunr's tokenizer and trimmer make them, in order. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i == lower.length() || isSeparator(lower.charAt(i))) {
                int from = start;
                int to = i;
                while (from < to && !isWordChar(lower.charAt(from))) {
                    from++;
                }
                while (to > from && !isWordChar(lower.charAt(to - 1))) {
                    to--;
                }
                if (from < to) {
                    tokens.add(lower.substring(from, to));
                }
                start = i + 1;
            }
        }
        return tokens;
    }

    /** JavaScript's {@code [\s\-]}: its white space (Unicode's space separators among them) and the hyphen. */
    private static boolean isSeparator(char c) {
        return c == '-'
                || c == ' '
                || (c >= '\t' && c <= '\r')
                || c == '\u00A0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000'
                || c == '\uFEFF';
    }

    /** JavaScript's {@code \\w}: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /**
     * One entry's words, each with its weight (at most {@link #MAX_WEIGHT}), and its length in
     * words: what the index takes of an entry's line, the same wherever the entry is in the index.
     */
    record Counted(String[] words, int[] weights, int length) {}

    /** Counts the words of an entry, given as the line {@link SearchIndex#json} wrote for it. */
    static Counted count(String entryLine) {
        Map<String, String> fields = fieldsOf(entryLine);
        Map<String, Integer> weights = new HashMap<>();
        int length = 0;
        for (String field : List.of("t", "a", "d", "s")) {
            int weight = field.equals("s") ? 2 : 1;
            for (String token : tokens(fields.getOrDefault(field, ""))) {
                weights.merge(token, weight, Integer::sum);
                length += field.equals("s") ? 0 : 1;
            }
        }
        String[] words = new String[weights.size()];
        int[] counted = new int[weights.size()];
        int i = 0;
        for (Map.Entry<String, Integer> word : weights.entrySet()) {
            words[i] = word.getKey();
            counted[i++] = Math.min(word.getValue(), MAX_WEIGHT);
        }
        return new Counted(words, counted, length);
    }

    /** Adds the next entry of the index, given as the line {@link SearchIndex#json} wrote for it. */
    void add(String entryLine) {
        add(count(entryLine));
    }

    /** Adds the next entry of the index, its words counted. */
    void add(Counted entry) {
        int at = lengths.size();
        lengths.add(entry.length());
        for (int i = 0; i < entry.words().length; i++) {
            append(entry.words()[i], at, entry.weights()[i]);
        }
    }

    private void append(String word, int entry, int weight) {
        postings.computeIfAbsent(word, w -> new Postings()).add(entry, weight);
    }

    /**
     * One word's postings as the index writes them, {@code 8 × (entry − previous entry) + weight},
     * each a variable-length number of 7 bits a byte: most are one or two bytes where a pair of
     * ints was eight, and the whole site's postings are held until the index is written (110 MB
     * as ints at 10,000 pages).
     */
    private static final class Postings {
        private byte[] bytes = new byte[4];
        private int size;
        private int count;
        private int previous = -1;

        void add(int entry, int weight) {
            long value = (long) (entry - previous) * 8 + weight;
            previous = entry;
            count++;
            if (bytes.length < size + 10) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 10));
            }
            while (value >= 0x80) {
                bytes[size++] = (byte) (value & 0x7F | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void appendTo(StringBuilder line) {
            int at = 0;
            while (at < size) {
                if (at > 0) {
                    line.append(',');
                }
                long value = 0;
                int shift = 0;
                byte b;
                do {
                    b = bytes[at++];
                    value |= (long) (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                line.append(value);
            }
        }
    }

    /** Writes the two assignments, words sorted, so that the same entries give the same bytes. */
    void writeTo(Writer script) throws IOException {
        script.append("window.PAPERBAKE_SEARCH_WORDS = {\n");
        List<String> words = sortedWords();
        StringBuilder line = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            line.setLength(0);
            appendWord(line, words.get(w));
            line.append(w + 1 < words.size() ? ",\n" : "\n");
            script.append(line);
        }
        script.append("};\nwindow.PAPERBAKE_SEARCH_LENGTHS = [");
        for (int i = 0; i < lengths.size(); i++) {
            script.append(i > 0 ? "," : "").append(Integer.toString(lengths.get(i)));
        }
        script.append("];\n");
    }

    /** Every word of the entries, sorted as JavaScript compares strings (by UTF-16 code unit). */
    List<String> sortedWords() {
        List<String> words = new ArrayList<>(postings.keySet());
        words.sort(null);
        return words;
    }

    /** How many entries hold {@code word}. */
    int entriesHolding(String word) {
        Postings list = postings.get(word);
        return list == null ? 0 : list.count;
    }

    /** Each entry's length in words, in entry order. */
    List<Integer> lengths() {
        return lengths;
    }

    /** Appends {@code "word":[p, …]}, the word's postings packed as the class comment says. */
    void appendWord(StringBuilder line, String word) {
        line.append('"');
        Json.appendString(line, word);
        line.append("\":[");
        postings.get(word).appendTo(line);
        line.append(']');
    }

    /** The string fields of one of the index's lines: {@code {"u":"…","n":"…",…}}. */
    static Map<String, String> fieldsOf(String line) {
        return fieldsOf(line, null);
    }

    /**
     * The fields named {@code wanted} (all when null) of one of the index's lines: the others are
     * skipped, not unescaped — a paragraph's text is most of its line.
     */
    static Map<String, String> fieldsOf(String line, Set<String> wanted) {
        Map<String, String> fields = new HashMap<>();
        int at = line.indexOf('"');
        while (at >= 0) {
            int keyEnd = line.indexOf('"', at + 1);
            String key = line.substring(at + 1, keyEnd);
            int valueStart = line.indexOf('"', keyEnd + 1) + 1;
            int valueEnd = valueStart;
            while (line.charAt(valueEnd) != '"') {
                valueEnd += line.charAt(valueEnd) == '\\' ? 2 : 1;
            }
            if (wanted == null || wanted.contains(key)) {
                fields.put(key, unescape(line, valueStart, valueEnd));
            }
            at = line.indexOf('"', valueEnd + 1);
        }
        return fields;
    }

    /** The JSON string between {@code start} and {@code end} of {@code json}, as {@link Json#appendString} escaped it. */
    private static String unescape(String json, int start, int end) {
        StringBuilder text = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'u' -> {
                    text.append((char) Integer.parseInt(json, i + 1, i + 5, 16));
                    i += 4;
                }
                case 'b' -> text.append('\b');
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'f' -> text.append('\f');
                case 'r' -> text.append('\r');
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }
}
