package org.paperbake.postprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.paperbake.content.ContentFile;
import org.paperbake.content.Library;

/**
 * The pages that keep a moved document's old addresses working: when the first document of a site
 * moves into its folder as a second one arrives ({@code moved_from: /} on its cover), each of its
 * old addresses gets a small page that sends the reader on to the new one.
 *
 * <p>A static host has no server-side redirect, so each page does it three ways: a meta refresh
 * (no script needed), a visible link (no refresh needed), and {@code js/redirect.js}, which keeps
 * the {@code #fragment} (a pinpoint such as {@code #p-6-1-3}) that a meta refresh drops. The script
 * is a file because the Content-Security-Policy forbids inline script. The link check reads these
 * pages like any other, so a redirect to a page that is gone fails the build.
 */
final class Redirects {

    /** The Content-Security-Policy every page carries; the check compares it with its own copy. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'";

    private Redirects() {}

    /** Writes a redirect page at each old address of a moved document whose new page was built; the number written. */
    static int write(Path site, List<ContentFile> content) {
        int written = 0;
        for (Map.Entry<String, String> redirect : Library.redirects(content).entrySet()) {
            Path target = site.resolve(redirect.getValue());
            if (!Files.isRegularFile(target)) {
                continue;
            }
            String html = read(target);
            write(
                    site.resolve(redirect.getKey()),
                    page(redirect.getKey(), redirect.getValue(), first(LANG, html, "en"), first(TITLE, html, "")));
            written++;
        }
        return written;
    }

    /** The redirect page at {@code from} for the page now at {@code to}, both relative to the site root. */
    static String page(String from, String to, String language, String title) {
        String href = Entities.escape(PagePaths.rootOf(from) + to);
        String root = Entities.escape(PagePaths.rootOf(from));
        return "<!DOCTYPE html>\n<html lang=\"" + Entities.escape(language) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Entities.escape(POLICY) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>This page has moved</title>\n"
                + "<link rel=\"canonical\" href=\"" + href + "\">\n"
                + "<link rel=\"stylesheet\" href=\"" + root + "css/site.css\">\n"
                + "<script src=\"" + root + "js/redirect.js\" defer></script>\n"
                + "</head>\n<body class=\"page-redirect\">\n<main id=\"main\">\n"
                + "<p>This page has moved: <a class=\"moved-to\" href=\"" + href + "\">"
                + (title.isEmpty() ? Entities.escape(to) : title)
                + "</a>.</p>\n</main>\n</body>\n</html>\n";
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first group of {@code pattern} in the new page (its language, its title, both already escaped), or {@code otherwise}. */
    private static String first(java.util.regex.Pattern pattern, String html, String otherwise) {
        java.util.regex.Matcher found = pattern.matcher(html);
        return found.find() ? found.group(1) : otherwise;
    }

    private static final java.util.regex.Pattern LANG = java.util.regex.Pattern.compile("<html lang=\"([^\"<>]+)\"");
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("<title>([^<]*)</title>");

    private static void write(Path file, String html) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
