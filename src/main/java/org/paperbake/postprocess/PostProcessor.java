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
        List<Path> pages = listPages(site);
        // Pages are independent files: process them on all cores. Each page's result depends only on
        // that page, so the output is the same whatever the order.
        pages.parallelStream().forEach(PostProcessor::processPage);
        return pages.size();
    }

    private static void processPage(Path page) {
        try {
            Document document = Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
            document.outputSettings().prettyPrint(false);
            PinpointAnchors.addTo(document);
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
