package org.paperbake.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.paperbake.Problem;
import org.paperbake.content.ContentFile;

/**
 * Pages that no navigation reaches: every built page must be reachable by following links from
 * the cover ({@code index.html}), or a reader can only find it by guessing its address. The
 * not-found page is reached by the web server, not by links, and is left out.
 */
final class ReachabilityCheck implements BuiltSiteCheck {

    @Override
    public List<Problem> check(BuiltSite site) {
        Path root = site.folder();
        Set<Path> pages = listPages(root);
        Path start = root.resolve("index.html");
        Set<Path> reached = new HashSet<>();
        Deque<Path> queue = new ArrayDeque<>();
        if (pages.contains(start)) {
            reached.add(start);
            queue.add(start);
        }
        while (!queue.isEmpty()) {
            Path page = queue.remove();
            for (Path target : linkedPages(page)) {
                if (pages.contains(target) && reached.add(target)) {
                    queue.add(target);
                }
            }
        }
        String notFound = site.config().jbake().getOrDefault("error404.file", "404.html");
        List<Problem> problems = new ArrayList<>();
        for (Path page : pages.stream().sorted().toList()) {
            String relative = root.relativize(page).toString().replace('\\', '/');
            if (!reached.contains(page) && !relative.equals(notFound)) {
                ContentFile source = site.contentByOutputPath().get(relative);
                problems.add(site.problemIn(relative, source == null ? 0 : 1,
                        "no link on the site leads to the page " + relative, fixFor(source)));
            }
        }
        return problems;
    }

    private static String fixFor(ContentFile source) {
        if (source == null) {
            return "link to it from a page, or remove the file from assets/";
        }
        if ("term".equals(source.type())) {
            return "check that the glossary lists the term and that its title or an alias is mentioned in the text";
        }
        return "give it an 'order' and a 'parent' so that it is in the contents, or link to it from another page";
    }

    private static Set<Path> listPages(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<Path> pages = new HashSet<>();
            walk.filter(path -> path.toString().endsWith(".html") && Files.isRegularFile(path))
                    .forEach(path -> pages.add(path.normalize()));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> linkedPages(Path page) {
        List<Path> targets = new ArrayList<>();
        try {
            for (Element link : Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name()).select("a[href], area[href]")) {
                Path target = resolve(page, link.attr("href"));
                if (target != null) {
                    targets.add(Files.isDirectory(target) ? target.resolve("index.html") : target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return targets;
    }

    /** The file a relative link points at, or null for external links and links that are not URLs. */
    private static Path resolve(Path page, String href) {
        try {
            URI uri = new URI(href.strip());
            if (uri.getScheme() != null || href.startsWith("/") || uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                return null;
            }
            return page.getParent().resolve(URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8)).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
