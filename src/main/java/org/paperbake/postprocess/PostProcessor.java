package org.paperbake.postprocess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.paperbake.PaperbakeException;
import org.paperbake.Problem;

/**
 * Rewrites the baked HTML pages in place with Jsoup.
 *
 * <p>Each page is parsed once, every page-level step applied to the tree, and the page written
 * back once: the cost of post-processing is one parse and one write per page, whatever the number
 * of steps.
 */
public final class PostProcessor {

    private PostProcessor() {
    }

    /**
     * Post-processes every {@code .html} file below {@code site}.
     *
     * @return the number of pages processed
     */
    public static int process(Path site) {
        return process(site, "");
    }

    /**
     * Post-processes every {@code .html} file below {@code site}, then writes the site-wide files:
     * the search index, robots.txt, and the sitemap when {@code host} (site.host) is set.
     *
     * @return the number of pages processed
     */
    public static int process(Path site, String host) {
        List<Path> pages = listPages(site);
        SearchIndex search = new SearchIndex();
        for (Path page : pages) {
            processPage(site, page, search);
        }
        try {
            search.writeTo(site);
            SiteFiles.writeTo(site, host, pages.stream().map(page -> relativePath(site, page)).toList());
        } catch (IOException e) {
            throw new PaperbakeException.BadInput("cannot post-process", List.of(Problem.at(site, 0,
                    "cannot write the search index, robots.txt or sitemap.xml (" + e.getMessage() + ")",
                    "check the output folder's permissions and free space")));
        }
        return pages.size();
    }

    private static String relativePath(Path site, Path page) {
        return site.relativize(page).toString().replace('\\', '/');
    }

    private static void processPage(Path site, Path page, SearchIndex search) {
        try {
            Document document = Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
            document.outputSettings().prettyPrint(false);
            PinpointAnchors.addTo(document);
            PageContents.addTo(document);
            HeadingPermalinks.addTo(document);
            search.addPage(relativePath(site, page), document);
            Files.writeString(page, document.outerHtml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PaperbakeException.BadInput("cannot post-process", List.of(Problem.at(page, 0,
                    "cannot be rewritten (" + e.getMessage() + ")", "check the output folder's permissions and free space")));
        }
    }

    static List<Path> listPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(path -> path.toString().endsWith(".html") && Files.isRegularFile(path)).sorted().toList();
        } catch (IOException e) {
            throw new PaperbakeException.BadInput("cannot read the site", List.of(Problem.at(site, 0,
                    "cannot be read (" + e.getMessage() + ")", "check the output folder's permissions")));
        }
    }
}
