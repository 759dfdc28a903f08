package org.paperbake.bake;

import java.nio.file.Path;
import java.util.List;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.BuildMemory;

/**
 * Bakes validated content into a destination folder: one HTML page per published content file,
 * rendered by JBake through the Freemarker templates, plus the copied assets.
 *
 * <p>{@link SiteBaker} is the fast in-process baker; {@link StockJBakeBaker} is JBake's own
 * {@code Oven} with its OrientDB store, kept as the reference the fast one is compared with.
 */
public interface Baker {

    /**
     * Bakes {@code files} into {@code destination}, which must be empty or absent, taking what a
     * page or body rendered as last time from {@code memory}.
     *
     * @return the number of pages rendered from content files
     * @throws org.paperbake.kernel.PaperbakeException.ContentProblems when a template fails or a page is missing
     */
    int bake(SiteConfig config, List<ContentFile> files, Path destination, BuildMemory memory);
}
