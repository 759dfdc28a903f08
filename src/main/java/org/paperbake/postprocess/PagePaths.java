package org.paperbake.postprocess;

import java.nio.file.Path;

/** Paths of pages within the site, as links and the cross-references write them. */
final class PagePaths {

    private PagePaths() {}

    /** The path of {@code page} relative to {@code site}, with forward slashes: {@code glossary/rcep.html}. */
    static String relativePath(Path site, Path page) {
        return site.relativize(page).toString().replace('\\', '/');
    }

    /** The relative path from a page to the site root: "" at the root, "../" one folder down. */
    static String rootOf(String relativePath) {
        return "../".repeat((int) relativePath.chars().filter(c -> c == '/').count());
    }
}
