package org.paperbake.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.paperbake.kernel.Suggestions;

/**
 * Checks every internal link and anchor of a built site.
 *
 * <p>An internal link must be relative (so the site works at a domain root, under a project path,
 * and from disk), must point at a file in the site, and its {@code #fragment}, if any, must be an
 * id on the target page. Links with a scheme ({@code https:}, {@code mailto:}) are external and
 * left alone.
 */
final class LinkChecker {

    private LinkChecker() {}

    /** Every broken or absolute internal link in the scanned site, by page path, then in page order. */
    public static List<BrokenLink> findBrokenLinks(SiteScan site) {
        return site.pages().values().parallelStream()
                .flatMap(page -> page.links().stream().map(target -> checkLink(site, page, target)))
                .filter(Objects::nonNull)
                .toList();
    }

    private static BrokenLink checkLink(SiteScan site, SiteScan.Page page, String target) {
        SiteScan.Target resolved = site.resolve(page.path(), target);
        return switch (resolved.kind()) {
            case EXTERNAL -> null;
            case INVALID ->
                broken(
                        page,
                        target,
                        "the link '" + target + "' is not a valid URL",
                        "fix the link (spaces and some punctuation must be written %20 and so on)");
            case ABSOLUTE ->
                broken(
                        page,
                        target,
                        "the link '" + target + "' is absolute",
                        "make it relative (for example ../" + target.substring(1)
                                + ") so the site works under any path");
            case OUTSIDE ->
                broken(page, target, "the link '" + target + "' leaves the site", "link to a page inside the site");
            case PAGE -> checkPageLink(site, page, target, resolved);
        };
    }

    private static BrokenLink checkPageLink(
            SiteScan site, SiteScan.Page page, String target, SiteScan.Target resolved) {
        if (!site.isFile(resolved.path())) {
            return broken(
                    page,
                    target,
                    "the link '" + target + "' points at a page that does not exist",
                    suggestPage(site, page.path(), resolved.path()));
        }
        String fragment = resolved.fragment();
        SiteScan.Page linked = site.pages().get(resolved.path());
        if (fragment != null
                && !fragment.isEmpty()
                && linked != null
                && !linked.ids().contains(fragment)) {
            String suggestion = Suggestions.closest(fragment, linked.ids());
            String beforeFragment = target.substring(0, target.indexOf('#') + 1);
            return broken(
                    page,
                    target,
                    "the link '" + target + "' points at an anchor that does not exist",
                    suggestion != null
                            ? "did you mean '" + beforeFragment + suggestion + "'?"
                            : "link to an existing paragraph or heading id");
        }
        return null;
    }

    /** "Did you mean …" for a missing page, written relative to the linking page as the editor would write it. */
    private static String suggestPage(SiteScan site, String page, String wanted) {
        if (wanted.endsWith(".md")) {
            String built = wanted.substring(0, wanted.length() - ".md".length()) + ".html";
            if (site.pages().containsKey(built)) {
                return "link to the built page '" + relative(page, built) + "', not to the Markdown file";
            }
        }
        String suggestion = Suggestions.closest(wanted, site.pages().keySet());
        return suggestion != null ? "did you mean '" + relative(page, suggestion) + "'?" : "link to an existing page";
    }

    /** The link from the page at {@code from} to the file at {@code to}, both relative to the site root. */
    private static String relative(String from, String to) {
        Path fromFolder = Path.of("/", from).getParent();
        return fromFolder.relativize(Path.of("/", to)).toString().replace('\\', '/');
    }

    private static BrokenLink broken(SiteScan.Page page, String target, String message, String fix) {
        return new BrokenLink(page.path(), target, message, fix);
    }
}
