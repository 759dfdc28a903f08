package org.paperbake.postprocess;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paperbake.kernel.Json;

/**
 * A large site's search index in pieces that search.js loads as a query needs them, so that a
 * reader's phone never downloads the whole text (150 MB at 10,000 pages): a small table of
 * contents in {@code js/search-index.js}, and in {@code js/search/} the entries in runs of about
 * {@value #DOCS_BYTES} bytes, the words' postings in runs of about {@value #WORDS_BYTES} bytes (in
 * word order), and the pinpoints by their first part ("6" for ¶ 6.2.3).
 *
 * <p>Every piece is a script that hands its data to {@code window.PAPERBAKE_SEARCH_PART}, so that
 * it loads as a {@code <script>} on a site opened from disk, where nothing can be fetched. The
 * table of contents holds what every query reads: each word with the number of entries that hold
 * it (typos and word endings are resolved against it), each entry's length and kind (for BM25
 * and the ranking of paragraphs before notes before glossary entries), the first entry of each
 * run and the first word of each word run, and the glossary's names (for suggestions). It grows
 * with the number of entries (a few bytes each) and the vocabulary, not with the text.
 */
final class SearchShards {

    /** About how many bytes of entries a piece holds; a result's snippet loads its piece. */
    static final int DOCS_BYTES = 32 * 1024;

    /** About how many bytes of postings a piece holds; a word longer alone is a piece alone. */
    static final int WORDS_BYTES = 64 * 1024;

    static final String FOLDER = "js/search/";

    private static final Map<String, Integer> KINDS = Map.of("paragraph", 0, "note", 1, "term", 2);

    /** What the pieces take from an entry's line besides the line itself: kind, number, name and aliases. */
    private static final Set<String> SHARD_FIELDS = Set.of("k", "n", "s", "a");

    private SearchShards() {}

    /**
     * Writes the pieces of {@code pages} (each page's entries as {@link SearchIndex#json} wrote
     * them) and {@code words} (their inverted index) into {@code site}.
     */
    static void write(Path site, Iterable<String> pages, SearchWords words) throws IOException {
        Path folder = site.resolve(FOLDER);
        Files.createDirectories(folder);
        List<Integer> docStarts = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        Map<String, StringBuilder> pins = new TreeMap<>();
        Set<String> pinned = new HashSet<>();
        StringBuilder names = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int entry = 0;
        int chunkStart = 0;
        for (String page : pages) {
            for (String line : lines(page)) {
                if (chunk.length() + line.length() > DOCS_BYTES && !chunk.isEmpty()) {
                    writePart(folder, "d" + docStarts.size(), "[\n" + chunk + "\n]");
                    docStarts.add(chunkStart);
                    chunk.setLength(0);
                    chunkStart = entry;
                }
                chunk.append(chunk.isEmpty() ? "" : ",\n").append(line);
                Map<String, String> fields = SearchWords.fieldsOf(line, SHARD_FIELDS);
                String kind = fields.getOrDefault("k", "");
                kinds.add(KINDS.getOrDefault(kind, 3));
                addPin(pins, pinned, fields.getOrDefault("n", ""), entry);
                if ("term".equals(kind)) {
                    names.append(names.isEmpty() ? "" : ",\n")
                            .append('[')
                            .append(entry)
                            .append(",\"");
                    Json.appendString(names, fields.getOrDefault("s", ""));
                    names.append("\",\"");
                    Json.appendString(names, fields.getOrDefault("a", ""));
                    names.append("\"]");
                }
                entry++;
            }
        }
        if (!chunk.isEmpty()) {
            writePart(folder, "d" + docStarts.size(), "[\n" + chunk + "\n]");
            docStarts.add(chunkStart);
        }
        for (Map.Entry<String, StringBuilder> pin : pins.entrySet()) {
            writePart(folder, "p-" + pin.getKey(), "[" + pin.getValue() + "]");
        }
        List<String> firstWords = writeWords(folder, words);
        writeContents(site, entry, docStarts, firstWords, pins.keySet(), names, words, kinds);
    }

    /**
     * A page's entry lines, as {@link SearchIndex#json} joins them: what {@code page.split(",?\n")}
     * gives (a comma before a line break dropped with it, trailing empty lines dropped), without
     * running a regular expression over every page's text.
     */
    static List<String> lines(String page) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        int end = page.indexOf('\n');
        if (end < 0) {
            return List.of(page);
        }
        while (end >= 0) {
            int lineEnd = end > from && page.charAt(end - 1) == ',' ? end - 1 : end;
            lines.add(page.substring(from, lineEnd));
            from = end + 1;
            end = page.indexOf('\n', from);
        }
        lines.add(page.substring(from));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * The piece a pinpoint is looked up in: its first part in capitals, anything but a letter or
     * digit as "_" ("6" for 6.2.3, "P8" for P8.1, "VI" for vi.2); search.js names it the same way.
     */
    static String pinKey(String number) {
        int dot = number.indexOf('.');
        String first = (dot < 0 ? number : number.substring(0, dot)).toUpperCase(Locale.ROOT);
        return first.replaceAll("[^A-Z0-9]", "_");
    }

    /** Records the first entry numbered {@code number}: the paragraph, before the notes that share its number. */
    private static void addPin(Map<String, StringBuilder> pins, Set<String> pinned, String number, int entry) {
        if (number.isEmpty() || !pinned.add(number)) {
            return;
        }
        StringBuilder pin = pins.computeIfAbsent(pinKey(number), key -> new StringBuilder());
        pin.append(pin.isEmpty() ? "" : ",").append("[\"");
        Json.appendString(pin, number);
        pin.append("\",").append(entry).append(']');
    }

    /** Writes the postings in word order, a piece at a time; returns each piece's first word. */
    private static List<String> writeWords(Path folder, SearchWords words) throws IOException {
        List<String> firstWords = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        StringBuilder line = new StringBuilder();
        String first = null;
        for (String word : words.sortedWords()) {
            line.setLength(0);
            words.appendWord(line, word);
            if (first != null && shard.length() + line.length() > WORDS_BYTES) {
                writePart(folder, "w" + firstWords.size(), "{\n" + shard + "\n}");
                firstWords.add(first);
                shard.setLength(0);
                first = null;
            }
            if (first == null) {
                first = word;
            }
            shard.append(shard.isEmpty() ? "" : ",\n").append(line);
        }
        if (first != null) {
            writePart(folder, "w" + firstWords.size(), "{\n" + shard + "\n}");
            firstWords.add(first);
        }
        return firstWords;
    }

    private static void writePart(Path folder, String name, String data) throws IOException {
        Files.writeString(
                folder.resolve(name + ".js"),
                "window.PAPERBAKE_SEARCH_PART(\"" + name + "\"," + data + ");\n",
                StandardCharsets.UTF_8);
    }

    /** Writes {@code window.PAPERBAKE_SEARCH_META}, what every query reads (the class comment). */
    private static void writeContents(
            Path site,
            int count,
            List<Integer> docStarts,
            List<String> firstWords,
            Set<String> pinKeys,
            StringBuilder names,
            SearchWords words,
            List<Integer> kinds)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(site.resolve(SearchIndex.INDEX_FILE), StandardCharsets.UTF_8)) {
            out.append("window.PAPERBAKE_SEARCH_META = {\n\"count\":").append(Integer.toString(count));
            out.append(",\n\"docs\":").append(numbers(docStarts));
            out.append(",\n\"words\":").append(strings(firstWords));
            out.append(",\n\"pins\":").append(strings(List.copyOf(pinKeys)));
            out.append(",\n\"names\":[\n").append(names).append("\n]");
            out.append(",\n\"vocabulary\":{\n");
            StringBuilder line = new StringBuilder();
            List<String> sorted = words.sortedWords();
            for (int w = 0; w < sorted.size(); w++) {
                line.setLength(0);
                line.append(w > 0 ? ",\"" : "\"");
                Json.appendString(line, sorted.get(w));
                line.append("\":").append(words.entriesHolding(sorted.get(w)));
                out.append(line).append(w % 16 == 15 ? "\n" : "");
            }
            // Each entry's length in words and its kind in one number: 4 × length + kind.
            List<Integer> packed = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                packed.add(words.lengths().get(i) * 4 + kinds.get(i));
            }
            out.append("\n},\n\"entries\":").append(numbers(packed)).append("\n};\n");
        }
    }

    private static String numbers(List<Integer> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i > 0 ? "," : "").append(values.get(i));
        }
        return json.append(']').toString();
    }

    private static String strings(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i > 0 ? ",\"" : "\"");
            Json.appendString(json, values.get(i));
            json.append('"');
        }
        return json.append(']').toString();
    }
}
