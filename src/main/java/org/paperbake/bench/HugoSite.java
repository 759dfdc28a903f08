package org.paperbake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark corpus as a Hugo site, for {@code paperbake bench --compare-hugo}.
 *
 * <p>The same Markdown bodies and front matter (plus Hugo's {@code weight} from {@code order}, so
 * that Hugo's own previous/next follow the reading order; the cover becomes {@code _index.md}),
 * and layouts that make the same pages as Paperbake's templates: the page frame with header,
 * contents sidebar and footer, breadcrumbs, previous/next, the body, one page per term, flat
 * {@code .html} files with relative links. Hugo does no paragraph numbering or link checking: those
 * are Paperbake's post-processing and check stages, which the comparison reports separately.
 */
final class HugoSite {

    private static final List<String> LAYOUTS = List.of(
            "layouts/partials/sidebar.html",
            "layouts/partials/sections.html",
            "layouts/partials/children.html",
            "layouts/_default/baseof.html",
            "layouts/_default/single.html",
            "layouts/index.html",
            "layouts/glossary/single.html");

    private HugoSite() {}

    static void write(Path folder, CorpusGenerator corpus) {
        try {
            Files.createDirectories(folder.resolve("content/glossary"));
            write(folder.resolve("hugo.toml"), """
                    baseURL = "/"
                    title = "Synthetic"
                    uglyURLs = true
                    relativeURLs = true
                    disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "section"]
                    [markup.goldmark.renderer]
                    unsafe = false
                    """);
            List<CorpusGenerator.Page> pages = corpus.pages();
            for (CorpusGenerator.Page page : pages) {
                String path = page.path().equals("index.md") ? "_index.md" : page.path();
                write(folder.resolve("content").resolve(path), withWeight(page.text()));
            }
            for (String layout : LAYOUTS) {
                try (InputStream in = HugoSite.class.getResourceAsStream("hugo/" + layout)) {
                    Files.createDirectories(folder.resolve(layout).getParent());
                    Files.write(folder.resolve(layout), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds Hugo's weight (the page's order) to the front matter, so Hugo's .Prev/.Next follow reading order. */
    private static String withWeight(String text) {
        int order = text.indexOf("\norder: ");
        if (order < 0) {
            return text;
        }
        int end = text.indexOf('\n', order + 1);
        String value = text.substring(order + "\norder: ".length(), end);
        return text.substring(0, end + 1) + "weight: " + (Integer.parseInt(value) + 1) + "\n" + text.substring(end + 1);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
