package org.paperbake.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.Problem;

/**
 * Checks every internal link and anchor of a built site.
 *
 * <p>An internal link must be relative (so the site works at a domain root, under a project path,
 * and from disk), must point at a file in the site, and its {@code #fragment}, if any, must be an
 * id on the target page. Links with a scheme ({@code https:}, {@code mailto:}) are external and
 * left alone.
 */
public final class LinkChecker {

    private LinkChecker() {
    }

    /** Every broken or absolute internal link in the site below {@code site}. */
    public static List<Problem> checkInternalLinksWithAnchors(Path site) {
        SiteFiles files = SiteFiles.of(site);
        // Each page is parsed once, on all cores, and only its ids and link targets are kept, so that
        // memory stays small on large sites; problems are gathered per page and joined in page order.
        List<PageLinks> pages = files.pages().parallelStream().map(LinkChecker::readPage).toList();
        Map<Path, Set<String>> idsByPage = new HashMap<>();
        pages.forEach(page -> idsByPage.put(page.path(), page.ids()));
        List<Problem> problems = new ArrayList<>();
        pages.parallelStream()
                .map(page -> {
                    List<Problem> found = new ArrayList<>();
                    for (String target : page.targets()) {
                        checkLink(site, page.path(), target, files, idsByPage, found);
                    }
                    return found;
                })
                .forEachOrdered(problems::addAll);
        return problems;
    }

    /** A page's ids and the targets of its links, images, stylesheets and scripts. */
    private record PageLinks(Path path, List<String> targets, Set<String> ids) {
    }

    /** The files and folders of the site, listed once so that each link is checked without touching the disk. */
    private record SiteFiles(List<Path> pages, Set<Path> files, Set<Path> folders) {

        static SiteFiles of(Path site) {
            List<Path> pages = new ArrayList<>();
            Set<Path> files = new HashSet<>();
            Set<Path> folders = new HashSet<>();
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path path : walk.map(Path::normalize).sorted().toList()) {
                    if (Files.isDirectory(path)) {
                        folders.add(path);
                    } else if (Files.isRegularFile(path)) {
                        files.add(path);
                        if (path.toString().endsWith(".html")) {
                            pages.add(path);
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new SiteFiles(pages, files, folders);
        }
    }

    private static PageLinks readPage(Path page) {
        try {
            Document document = Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
            List<String> targets = new ArrayList<>();
            for (Element link : document.select("a[href], link[href], script[src], img[src]")) {
                targets.add(link.hasAttr("href") ? link.attr("href") : link.attr("src"));
            }
            return new PageLinks(page, targets, collectIds(document));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void checkLink(Path site, Path page, String target, SiteFiles files,
            Map<Path, Set<String>> idsByPage, List<Problem> problems) {
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (URISyntaxException e) {
            problems.add(problem(site, page, "the link '" + target + "' is not a valid URL", "fix the link"));
            return;
        }
        if (uri.getScheme() != null || target.startsWith("//")) {
            return;
        }
        if (target.startsWith("/")) {
            problems.add(problem(site, page, "the link '" + target + "' is absolute",
                    "make it relative (for example ../" + target.substring(1) + ") so the site works under any path"));
            return;
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!file.startsWith(site)) {
            problems.add(problem(site, page, "the link '" + target + "' leaves the site", "link to a page inside the site"));
            return;
        }
        if (files.folders().contains(file)) {
            file = file.resolve("index.html");
        }
        if (!files.files().contains(file)) {
            problems.add(problem(site, page, "the link '" + target + "' points at a page that does not exist",
                    "link to an existing page"));
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && idsByPage.containsKey(file)) {
            if (!idsByPage.get(file).contains(fragment)) {
                problems.add(problem(site, page, "the link '" + target + "' points at an anchor that does not exist",
                        "link to an existing paragraph or heading id"));
            }
        }
    }

    private static Set<String> collectIds(Document document) {
        Set<String> ids = new HashSet<>();
        for (Element element : document.select("[id]")) {
            ids.add(element.id());
        }
        return ids;
    }

    private static Problem problem(Path site, Path page, String message, String fix) {
        return new Problem("output/" + site.relativize(page).toString().replace('\\', '/'), 0, message, fix);
    }
}
