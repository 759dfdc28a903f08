package org.paperbake.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Problem;

/**
 * A built site as the checks of {@link BuiltSiteCheck} see it: its settings, the content it was
 * built from and the folder it was built into, read once ({@link #scan()}) for all the checks.
 */
public final class BuiltSite {

    private final SiteConfig config;
    private final List<ContentFile> content;
    private final Path folder;
    private final Map<String, ContentFile> contentByOutputPath;
    private final BuildMemory memory;
    private final SiteScan.Handover handover;
    private SiteScan scan;

    /**
     * @param config the site's settings
     * @param content the content files the site was built from
     * @param folder the folder holding the built pages (a staging folder during a build)
     * @param memory where the scan of a page read as last time is taken from
     */
    public BuiltSite(SiteConfig config, List<ContentFile> content, Path folder, BuildMemory memory) {
        this(config, content, folder, memory, new SiteScan.Handover());
    }

    /**
     * A built site some of whose pages the stages that wrote them read from their trees.
     *
     * @param handover the pages read from the trees they were written from
     */
    public BuiltSite(
            SiteConfig config, List<ContentFile> content, Path folder, BuildMemory memory, SiteScan.Handover handover) {
        this.handover = handover;
        this.memory = memory;
        this.config = config;
        this.content = List.copyOf(content);
        this.folder = folder;
        Map<String, ContentFile> byPath = new LinkedHashMap<>();
        this.content.forEach(file -> byPath.put(file.outputPath(), file));
        this.contentByOutputPath = Collections.unmodifiableMap(byPath);
    }

    /** The site's settings. */
    public SiteConfig config() {
        return config;
    }

    /** The content files the site was built from. */
    public List<ContentFile> content() {
        return content;
    }

    /** The folder holding the built pages. */
    public Path folder() {
        return folder;
    }

    /** The built site read once: its files, and each page's ids, links and policy problems. */
    public synchronized SiteScan scan() {
        if (scan == null) {
            scan = SiteScan.of(folder, memory, handover);
        }
        return scan;
    }

    /** The content files by the output path of their page ({@code glossary/rcep.html}). */
    public Map<String, ContentFile> contentByOutputPath() {
        return contentByOutputPath;
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
