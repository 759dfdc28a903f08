package org.paperbake.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame of the site's pages (head, header, contents, footer) for the pages this stage writes:
 * the built {@code about.html} (or the cover) with its content taken out, its title and description
 * set, and its relative links made to work from the folder the new page is in.
 */
final class Shell {

    private final String html;
    private final Path staging;
    private final WrittenTrees trees;
    /**
     * The frame made ready for a page so many folders below the root, by depth: parsed once and
     * copied for each page, since a history of thousands of parts parsed the same frame for each.
     */
    private final Map<Integer, Document> framesByDepth = new ConcurrentHashMap<>();

    private Shell(String html, Path staging, WrittenTrees trees) {
        this.html = html;
        this.staging = staging;
        this.trees = trees;
    }

    /** The frame of the site in {@code staging}. */
    static Shell of(Path staging) {
        return of(staging, WrittenTrees.NONE);
    }

    /** The frame of the site in {@code staging}, whose pages written from trees {@code trees} is told of. */
    static Shell of(Path staging, WrittenTrees trees) {
        Path about = staging.resolve("about.html");
        Path frame = Files.isRegularFile(about) ? about : staging.resolve("index.html");
        try {
            return new Shell(Files.readString(frame, StandardCharsets.UTF_8), staging, trees);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frame's page as built, for the key of a page made from it. */
    String html() {
        return html;
    }

    /**
     * A new page: {@code depth} folders below the site's root, with {@code title} and {@code
     * description}; fill the returned document's {@code main} and write it.
     */
    Document page(String title, String description, int depth, String bodyClass) {
        Document frame = framesByDepth.computeIfAbsent(depth, this::frame);
        Document page;
        // Copying reads the frame's tree, and Jsoup's nodes make no promise to concurrent readers.
        synchronized (frame) {
            page = frame.clone();
        }
        page.title(title + " · " + page.title().replaceFirst("^.*? · ", ""));
        page.select("meta[name=description], meta[property=og:description]").attr("content", description);
        page.select("meta[property=og:title]").attr("content", title);
        page.body().attr("class", bodyClass);
        return page;
    }

    /** The frame with what belongs to the page it was built as taken out, its links made to work {@code depth} folders down. */
    private Document frame(int depth) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        page.select("link[rel=canonical], meta[property=og:url], script[type=application/ld+json]")
                .remove();
        page.select("[aria-current]").removeAttr("aria-current");
        Element main = page.selectFirst("main");
        main.empty();
        if (depth > 0) {
            String up = "../".repeat(depth);
            for (Element linked : page.select("[href], [src], form[action]")) {
                for (String attribute : new String[] {"href", "src", "action"}) {
                    String value = linked.attr(attribute);
                    if (linked.hasAttr(attribute) && isRelative(value)) {
                        linked.attr(attribute, up + value);
                    }
                }
            }
        }
        return page;
    }

    static boolean isRelative(String url) {
        return !url.isEmpty()
                && !url.startsWith("#")
                && !url.startsWith("/")
                && !url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** Writes {@code page} to {@code file}, its folders made. */
    static void write(Document page, Path file) {
        write(text(page), file);
    }

    /**
     * The text of {@code page}, which the caller writes to {@code file}; the stage's {@link
     * WrittenTrees} is told the page's tree and that text.
     */
    String handOver(Document page, Path file) {
        String text = text(page);
        trees.written(staging.relativize(file).toString().replace('\\', '/'), page, text);
        return text;
    }

    /** The text {@link #write(Document, Path)} writes for {@code page}. */
    static String text(Document page) {
        return page.outerHtml() + "\n";
    }

    /** Writes {@code text} to {@code file}, its folders made. */
    static void write(String text, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
