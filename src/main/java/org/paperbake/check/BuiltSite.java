package org.paperbake.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperbake.Problem;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;

/**
 * A built site as the checks of {@link BuiltSiteCheck} see it: its settings, the content it was
 * built from and the folder it was built into.
 *
 * @param config the site's settings
 * @param content the content files the site was built from
 * @param folder the folder holding the built pages (a staging folder during a build)
 */
public record BuiltSite(SiteConfig config, List<ContentFile> content, Path folder) {

    public BuiltSite {
        content = List.copyOf(content);
    }

    /** The content files by the output path of their page ({@code glossary/rcep.html}). */
    public Map<String, ContentFile> contentByOutputPath() {
        Map<String, ContentFile> byPath = new LinkedHashMap<>();
        content.forEach(file -> byPath.put(file.outputPath(), file));
        return Collections.unmodifiableMap(byPath);
    }

    /**
     * A problem found in the built page {@code page} (relative to the site root), located where an
     * editor can fix it: on {@code line} of the content file the page was built from when there is
     * one, on the asset it was copied from, else on the built page as {@code output/…}.
     */
    public Problem problemIn(String page, int line, String message, String fix) {
        ContentFile source = contentByOutputPath().get(page);
        if (source != null) {
            return Problem.at(source.file(), line, message, fix);
        }
        Path asset = config.assetFolder().resolve(page).normalize();
        if (asset.startsWith(config.assetFolder()) && Files.isRegularFile(asset)) {
            return Problem.at(asset, 0, message, fix);
        }
        return new Problem("output/" + page, 0, message, fix);
    }
}
