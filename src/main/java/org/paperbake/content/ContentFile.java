package org.paperbake.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.paperbake.kernel.PackedText;

/**
 * One content file: its validated front matter and its Markdown body. A value: two files are
 * equal when every part is.
 *
 * <p>The body is kept packed ({@link PackedText}) and unpacked when asked for: a build holds every
 * file from the read to the check, and on a 10,000-page site the bodies as strings were 240 MB of
 * the heap (Java keeps a string with one character beyond Latin-1, a dash or a curly quote, at two
 * bytes a character), for text read three or four times a build.
 */
public final class ContentFile {

    private final Path file;
    private final String relativePath;
    private final Map<String, Object> frontMatter;
    private final Map<String, Integer> keyLines;
    private final PackedText body;
    private final int bodyLine;
    /** The type, found on first use and kept: every stage asks for it of every file, again and again. */
    private DocumentType type;

    private final String sourceSha1;

    /**
     * @param file the file on disk
     * @param relativePath the path below the content folder, with forward slashes ({@code glossary/rcep.md})
     * @param frontMatter the front-matter values in file order (strings, integers, lists of strings, dates)
     * @param keyLines the 1-based file line of each front-matter key, for error messages
     * @param body the Markdown body, everything after the closing {@code ---}
     * @param bodyLine the 1-based file line the body starts on
     * @param sourceSha1 the SHA-1 of the file's bytes as read, in lower-case hex
     */
    public ContentFile(
            Path file,
            String relativePath,
            Map<String, Object> frontMatter,
            Map<String, Integer> keyLines,
            String body,
            int bodyLine,
            String sourceSha1) {
        this.file = file;
        this.relativePath = relativePath;
        this.frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        this.keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
        this.body = PackedText.of(body);
        this.bodyLine = bodyLine;
        this.sourceSha1 = sourceSha1;
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
        return body.text();
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
                && body.equals(that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, relativePath, frontMatter, keyLines, body, bodyLine);
    }

    @Override
    public String toString() {
        return "ContentFile[" + relativePath + "]";
    }

    /** The page title. */
    public String title() {
        return (String) frontMatter.get("title");
    }

    /** The document type; {@link ContentReader} only gives files whose front matter names one. */
    public DocumentType type() {
        DocumentType known = type;
        if (known == null) {
            // Racing threads find the same constant: no lock needed.
            known = DocumentType.fromFrontMatter(string("type")).orElseThrow(() -> unchecked("type"));
            type = known;
        }
        return known;
    }

    /**
     * The SHA-1 of the file's bytes as read, in lower-case hex, as JBake's crawler records it in a
     * document's {@code sha1}.
     */
    public String sourceSha1() {
        return sourceSha1;
    }

    /** Whether the page is published or a draft; {@link ContentReader} only gives files whose front matter says which. */
    public Status status() {
        return Status.fromFrontMatter(string("status")).orElseThrow(() -> unchecked("status"));
    }

    /** Whether the page is on the site. */
    public boolean isPublished() {
        return status() == Status.PUBLISHED;
    }

    /** The number as displayed ({@code "VI"}, {@code "6.1"}, {@code "Conclusion"}), or empty on a page without one. */
    public Optional<String> number() {
        return Optional.ofNullable(string("number"));
    }

    /** The page's place in the reading order, lower first, or empty on a page without one. */
    public OptionalInt order() {
        return frontMatter.get("order") instanceof Integer order ? OptionalInt.of(order) : OptionalInt.empty();
    }

    /**
     * The slug of the section a subsection belongs to, or empty. In a library a page names its
     * parent within its own document's folder ({@code parent: 06-…} in {@code content/cyber/}
     * is {@code cyber/06-…}), so that a document moved into a folder keeps its front matter.
     */
    public Optional<String> parent() {
        String parent = string("parent");
        int folder = relativePath.lastIndexOf('/');
        if (parent == null || folder < 0 || parent.contains("/")) {
            return Optional.ofNullable(parent);
        }
        return Optional.of(relativePath.substring(0, folder + 1) + parent);
    }

    /** The cover's short title ({@code short_title}), which names the document in a library's pinpoints; or empty. */
    public Optional<String> shortTitle() {
        return Optional.ofNullable(string("short_title"));
    }

    /** The site address the document was at before it moved into its folder ({@code moved_from: /}), or empty. */
    public Optional<String> movedFrom() {
        return Optional.ofNullable(string("moved_from"));
    }

    /** The date of the text, or empty on a page without one. */
    public Optional<LocalDate> date() {
        return frontMatter.get("date") instanceof LocalDate date ? Optional.of(date) : Optional.empty();
    }

    /** A glossary entry's category ({@code agreement}), or empty on other pages. */
    public Optional<String> category() {
        return Optional.ofNullable(string("category"));
    }

    /** A glossary entry's one-sentence definition, its {@code short} setting, or empty on other pages. */
    public Optional<String> shortDefinition() {
        return Optional.ofNullable(string("short"));
    }

    /** A glossary entry's other names, or an empty list. */
    @SuppressWarnings("unchecked")
    public List<String> aliases() {
        return frontMatter.get("aliases") instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** A glossary entry's acronym, or empty. */
    public Optional<String> acronym() {
        return Optional.ofNullable(string("acronym"));
    }

    /** Whether a glossary entry's mentions may become links: false for {@code link: never}. */
    public boolean isLinked() {
        return !"never".equals(string("link"));
    }

    /** A file whose front matter wasn't validated reached a stage: a bug, not an editor's mistake. */
    private IllegalStateException unchecked(String key) {
        return new IllegalStateException(
                relativePath + " has no valid '" + key + "': read content files with ContentReader");
    }

    /** The name the page is known by: its path below the content folder without {@code .md}. */
    public String slug() {
        return relativePath.substring(0, relativePath.length() - ".md".length());
    }

    /** The output path of the page, relative to the site root ({@code glossary/rcep.html}). */
    public String outputPath() {
        return slug() + ".html";
    }

    /**
     * A front-matter value as text, or null: for {@link ContentReader}, which validates the front
     * matter before the typed accessors can be trusted. Package-private so that the stages read
     * settings through those accessors, never by key name.
     */
    String string(String key) {
        Object value = frontMatter.get(key);
        return value == null ? null : value.toString();
    }

    /** The line of a front-matter key, or the line of the opening {@code ---} when the key is absent. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }
}
