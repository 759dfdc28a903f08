package org.paperbake.postprocess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code robots.txt} and {@code sitemap.xml}.
 *
 * <p>A sitemap must list absolute URLs, and a relative site doesn't know its own address: so the
 * sitemap is written only when {@code site.host} is set, and robots.txt names it only then. The
 * 404 page is left out of the sitemap (it is not a page to index).
 */
final class SiteFiles {

    private SiteFiles() {}

    /**
     * Writes robots.txt, and sitemap.xml when {@code host} is set.
     *
     * @param pages the site's pages as paths relative to the site root, with forward slashes, sorted
     */
    public static void writeTo(Path site, String host, List<String> pages) throws IOException {
        String base =
                host == null || host.isBlank() ? "" : (host.strip().endsWith("/") ? host.strip() : host.strip() + "/");
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!base.isEmpty()) {
            robots.append("Sitemap: ").append(base).append("sitemap.xml\n");
            Files.writeString(site.resolve("sitemap.xml"), sitemap(base, pages), StandardCharsets.UTF_8);
        }
        Files.writeString(site.resolve("robots.txt"), robots.toString(), StandardCharsets.UTF_8);
    }

    static String sitemap(String base, List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            if (page.equals("404.html")) {
                continue;
            }
            String url = base + (page.equals("index.html") ? "" : page);
            xml.append("  <url><loc>")
                    .append(StringEscapeUtils.escapeXml10(url))
                    .append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
