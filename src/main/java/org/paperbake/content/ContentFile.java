package org.paperbake.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One content file: its validated front matter and its Markdown body. A value: two files are
 * equal when every part is.
 *
 * <p>The body is kept as UTF-8 and decoded when asked for. Java keeps a string with one character
 * beyond Latin-1 (a dash, a curly quote: most real text) at two bytes a character, and a build
 * holds every file from the read to the check; on a 10,000-page site that was 240 MB of the heap,
 * for text read three or four times a build.
 */
public final class ContentFile {

    private final Path file;
    private final String relativePath;
    private final Map<String, Object> frontMatter;
    private final Map<String, Integer> keyLines;
    private final byte[] body;
    private final int bodyLine;

    /**
     * @param file the file on disk
     * @param relativePath the path below the content folder, with forward slashes ({@code glossary/rcep.md})
     * @param frontMatter the front-matter values in file order (strings, integers, lists of strings, dates)
     * @param keyLines the 1-based file line of each front-matter key, for error messages
     * @param body the Markdown body, everything after the closing {@code ---}
     * @param bodyLine the 1-based file line the body starts on
     */
    public ContentFile(
            Path file,
            String relativePath,
            Map<String, Object> frontMatter,
            Map<String, Integer> keyLines,
            String body,
            int bodyLine) {
        this.file = file;
        this.relativePath = relativePath;
        this.frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        this.keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
        this.body = body.getBytes(StandardCharsets.UTF_8);
        this.bodyLine = bodyLine;
    }

    /** The file on disk. */
    public Path file() {
        return file;
    }

    /** The path below the content folder, with forward slashes ({@code glossary/rcep.md}). */
    public String relativePath() {
        return relativePath;
    }

    /** The front-matter values in file order. */
    public Map<String, Object> frontMatter() {
        return frontMatter;
    }

    /** The Markdown body, everything after the closing {@code ---}. */
    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The 1-based file line the body starts on. */
    public int bodyLine() {
        return bodyLine;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentFile that
                && bodyLine == that.bodyLine
                && file.equals(that.file)
                && relativePath.equals(that.relativePath)
                && frontMatter.equals(that.frontMatter)
                && keyLines.equals(that.keyLines)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, relativePath, frontMatter, keyLines, Arrays.hashCode(body), bodyLine);
    }

    @Override
    public String toString() {
        return "ContentFile[" + relativePath + "]";
    }

    /** The page title. */
    public String title() {
        return (String) frontMatter.get("title");
    }

    /** The document type ({@code document}, {@code section}, {@code subsection}, {@code page}, {@code term}). */
    public String type() {
        return (String) frontMatter.get("type");
    }

    /** The name the page is known by: its path below the content folder without {@code .md}. */
    public String slug() {
        return relativePath.substring(0, relativePath.length() - ".md".length());
    }

    /** The output path of the page, relative to the site root ({@code glossary/rcep.html}). */
    public String outputPath() {
        return slug() + ".html";
    }

    /** A string front-matter value, or null. */
    public String string(String key) {
        Object value = frontMatter.get(key);
        return value == null ? null : value.toString();
    }

    /** An integer front-matter value, or the fallback. */
    public int integer(String key, int fallback) {
        return frontMatter.get(key) instanceof Integer value ? value : fallback;
    }

    /** A list-of-strings front-matter value, or an empty list. */
    @SuppressWarnings("unchecked")
    public List<String> strings(String key) {
        return frontMatter.get(key) instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** The line of a front-matter key, or the line of the opening {@code ---} when the key is absent. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }
}
