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
import org.paperbake.config.Suggestions;

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

    /** Every broken or absolute internal link in the site below {@code site}, located to the built page. */
    public static List<Problem> checkInternalLinksWithAnchors(Path site) {
        return findBrokenLinks(site).stream()
                .map(link -> new Problem("output/" + link.page(), 0, link.message(), link.fix()))
                .toList();
    }

    /** Every broken or absolute internal link in the site below {@code site}, by page path, then in page order. */
    public static List<BrokenLink> findBrokenLinks(Path site) {
        Map<Path, Document> pages = parsePages(site);
        Map<Path, Set<String>> idsByPage = new HashMap<>();
        List<BrokenLink> problems = new ArrayList<>();
        for (Map.Entry<Path, Document> entry : pages.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            for (Element link : entry.getValue().select("a[href], link[href], script[src], img[src]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                checkLink(site, entry.getKey(), target, pages, idsByPage, problems);
            }
        }
        return problems;
    }

    private static void checkLink(Path site, Path page, String target, Map<Path, Document> pages,
            Map<Path, Set<String>> idsByPage, List<BrokenLink> problems) {
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (URISyntaxException e) {
            problems.add(broken(site, page, target, "the link '" + target + "' is not a valid URL",
                    "fix the link (spaces and some punctuation must be written %20 and so on)"));
            return;
        }
        if (uri.getScheme() != null || target.startsWith("//")) {
            return;
        }
        if (target.startsWith("/")) {
            problems.add(broken(site, page, target, "the link '" + target + "' is absolute",
                    "make it relative (for example ../" + target.substring(1) + ") so the site works under any path"));
            return;
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!file.startsWith(site)) {
            problems.add(broken(site, page, target, "the link '" + target + "' leaves the site", "link to a page inside the site"));
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            problems.add(broken(site, page, target, "the link '" + target + "' points at a page that does not exist",
                    suggestPage(site, page, file, pages.keySet())));
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && pages.containsKey(file)) {
            Set<String> ids = idsByPage.computeIfAbsent(file, key -> collectIds(pages.get(key)));
            if (!ids.contains(fragment)) {
                String suggestion = Suggestions.closest(fragment, ids);
                String beforeFragment = target.substring(0, target.indexOf('#') + 1);
                problems.add(broken(site, page, target, "the link '" + target + "' points at an anchor that does not exist",
                        suggestion != null ? "did you mean '" + beforeFragment + suggestion + "'?"
                                : "link to an existing paragraph or heading id"));
            }
        }
    }

    /** "Did you mean …" for a missing page, written relative to the linking page as the editor would write it. */
    private static String suggestPage(Path site, Path page, Path missing, Set<Path> pages) {
        Map<String, Path> byName = new HashMap<>();
        for (Path candidate : pages) {
            byName.put(site.relativize(candidate).toString().replace('\\', '/'), candidate);
        }
        String wanted = site.relativize(missing).toString().replace('\\', '/');
        if (wanted.endsWith(".md")) {
            wanted = wanted.substring(0, wanted.length() - ".md".length()) + ".html";
            if (byName.containsKey(wanted)) {
                return "link to the built page '" + relative(page, byName.get(wanted)) + "', not to the Markdown file";
            }
        }
        String suggestion = Suggestions.closest(wanted, byName.keySet());
        return suggestion != null ? "did you mean '" + relative(page, byName.get(suggestion)) + "'?" : "link to an existing page";
    }

    private static String relative(Path from, Path to) {
        return from.getParent().relativize(to).toString().replace('\\', '/');
    }

    private static Set<String> collectIds(Document document) {
        Set<String> ids = new HashSet<>();
        for (Element element : document.select("[id]")) {
            ids.add(element.id());
        }
        return ids;
    }

    private static BrokenLink broken(Path site, Path page, String target, String message, String fix) {
        return new BrokenLink(site.relativize(page).toString().replace('\\', '/'), target, message, fix);
    }

    private static Map<Path, Document> parsePages(Path site) {
        Map<Path, Document> pages = new HashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".html")).toList()) {
                pages.put(file.normalize(), Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pages;
    }
}
