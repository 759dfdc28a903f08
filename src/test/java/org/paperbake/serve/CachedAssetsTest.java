package org.paperbake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CachedAssetsTest {

    private static final byte[] CSS = "body { color: black; }".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JS = "'use strict';".getBytes(StandardCharsets.UTF_8);

    private static final Map<String, byte[]> SITE = Map.of("css/site.css", CSS, "js/site.js", JS);
    private static final Function<String, Optional<byte[]>> FILES = path -> Optional.ofNullable(SITE.get(path));

    @ParameterizedTest(name = "{1} on {0} names {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "index.html, css/site.css, css/site.css",
                "part/page.html, ../css/site.css, css/site.css",
                "a/b/page.html, ../../js/./site.js, js/site.js",
                "a/b/page.html, /css/site.css, css/site.css",
                "page.html, ../css/site.css, none",
                "page.html, https://example.org/site.css, none",
                "page.html, //example.org/site.css, none",
                "page.html, css/site.css?x=1, none",
                "page.html, css/site.css#top, none",
                "page.html, feed.xml, none",
                "page.html, css/, none",
                "page.html, '', none",
                "page.html, ..\\css\\site.css, none",
            })
    void an_address_names_a_site_file_only_when_it_stays_inside_the_site_and_is_an_asset(
            String page, String address, String expected) {
        assertEquals(Optional.ofNullable(expected), CachedAssets.sitePath(page, address));
    }

    @Test
    void stylesheets_and_scripts_of_the_site_get_their_digest_and_nothing_else_changes() {
        String html = "<head><LINK rel=\"stylesheet\" href=\"../css/site.css\">"
                + "<script src=\"../js/site.js\" defer></script>"
                + "<script src=\"../js/missing.js\"></script>"
                + "<link rel=\"canonical\" href=\"https://example.org/part/page.html\"></head>"
                + "<body><a href=\"../css/site.css\">the stylesheet</a><p>src=\"../js/site.js\"</p></body>";

        String served = CachedAssets.versioned(html, "part/page.html", FILES);

        assertEquals(
                "<head><LINK rel=\"stylesheet\" href=\"../css/site.css?v=" + CachedAssets.digest(CSS) + "\">"
                        + "<script src=\"../js/site.js?v=" + CachedAssets.digest(JS) + "\" defer></script>"
                        + "<script src=\"../js/missing.js\"></script>"
                        + "<link rel=\"canonical\" href=\"https://example.org/part/page.html\"></head>"
                        + "<body><a href=\"../css/site.css\">the stylesheet</a><p>src=\"../js/site.js\"</p></body>",
                served);
    }

    @Test
    void a_page_without_site_assets_is_served_as_it_is() {
        String html = "<p>No stylesheet here.</p><script>var a = 1;</script>";
        assertSame(html, CachedAssets.versioned(html, "page.html", FILES));
    }

    @Test
    void only_a_request_with_the_files_current_digest_may_be_kept_for_good() {
        assertEquals(CachedAssets.FOR_GOOD, CachedAssets.cacheControl("v=" + CachedAssets.digest(CSS), CSS));
        assertEquals(CachedAssets.NEVER, CachedAssets.cacheControl("v=" + CachedAssets.digest(JS), CSS));
        assertEquals(CachedAssets.NEVER, CachedAssets.cacheControl(null, CSS));
        assertEquals(CachedAssets.NEVER, CachedAssets.cacheControl("v=" + CachedAssets.digest(CSS) + "&x", CSS));
    }

    @Test
    void an_edited_file_has_a_new_digest() {
        byte[] edited = "body { color: navy; }".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(CachedAssets.digest(CSS), CachedAssets.digest(edited));
        assertEquals(16, CachedAssets.digest(CSS).length());
    }
}
