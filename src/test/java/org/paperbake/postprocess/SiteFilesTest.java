package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {

    @Test
    void without_a_host_there_is_no_sitemap_and_robots_txt_names_none(@TempDir Path site) throws Exception {
        SiteFiles.writeTo(site, "", List.of("index.html", "a.html"));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(site.resolve("robots.txt")));
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
    }

    @Test
    void with_a_host_the_sitemap_lists_absolute_urls_but_not_the_404_page(@TempDir Path site) throws Exception {
        SiteFiles.writeTo(
                site, "https://example.org/paper", List.of("404.html", "a&b.html", "glossary/x.html", "index.html"));
        assertEquals(
                "User-agent: *\nAllow: /\nSitemap: https://example.org/paper/sitemap.xml\n",
                Files.readString(site.resolve("robots.txt")));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.org/paper/a&amp;b.html</loc></url>
                  <url><loc>https://example.org/paper/glossary/x.html</loc></url>
                  <url><loc>https://example.org/paper/</loc></url>
                </urlset>
                """, Files.readString(site.resolve("sitemap.xml")));
    }
}
