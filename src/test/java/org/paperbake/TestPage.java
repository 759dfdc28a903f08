package org.paperbake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content file for a test, written as an editor would: YAML front matter between {@code ---}
 * lines, then the Markdown body. Starts from a valid published page, so a test names only what it
 * is about: {@code TestPage.conclusion().title("<script>").body("Text.").writeTo(file)}.
 */
public final class TestPage {

    private final Map<String, String> frontMatter = new LinkedHashMap<>();
    private String body = "";

    private TestPage(String title, String type) {
        title(title);
        frontMatter.put("type", type);
        frontMatter.put("status", "published");
        frontMatter.put("date", "2023-03-17");
    }

    /** A published {@code type: page} at reading position {@code order}. */
    public static TestPage page(String title, int order) {
        return new TestPage(title, "page").set("order", Integer.toString(order));
    }

    /** The minimal fixture's Conclusion: a section numbered "Conclusion" at order 200. */
    public static TestPage conclusion() {
        return new TestPage("Conclusion", "section")
                .set("number", "\"Conclusion\"")
                .set("order", "200");
    }

    /** The title, written as a double-quoted YAML string so that any text survives as it is. */
    public TestPage title(String title) {
        frontMatter.put("title", "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        return this;
    }

    /** Sets a front-matter key to {@code yaml}, written as it is. */
    public TestPage set(String key, String yaml) {
        frontMatter.put(key, yaml);
        return this;
    }

    /** The Markdown body. */
    public TestPage body(String markdown) {
        this.body = markdown;
        return this;
    }

    /** The file's text. */
    public String text() {
        StringBuilder text = new StringBuilder("---\n");
        frontMatter.forEach(
                (key, value) -> text.append(key).append(": ").append(value).append('\n'));
        return text.append("---\n").append(body).toString();
    }

    /** Writes the file, creating its folder. */
    public Path writeTo(Path file) {
        return TestSites.write(file, text());
    }
}
