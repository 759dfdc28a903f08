package org.paperbake.content;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One content file: its validated front matter and its Markdown body.
 *
 * @param file the file on disk
 * @param relativePath the path below the content folder, with forward slashes ({@code glossary/rcep.md})
 * @param frontMatter the front-matter values in file order (strings, integers, lists of strings, dates)
 * @param keyLines the 1-based file line of each front-matter key, for error messages
 * @param body the Markdown body, everything after the closing {@code ---}
 * @param bodyLine the 1-based file line the body starts on
 */
public record ContentFile(
        Path file,
        String relativePath,
        Map<String, Object> frontMatter,
        Map<String, Integer> keyLines,
        String body,
        int bodyLine) {

    public ContentFile {
        frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
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
