package org.paperbake.check;

import java.util.ArrayList;
import java.util.List;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.Library;
import org.paperbake.kernel.Problem;

/**
 * Every check Paperbake makes beyond reading the content, in one place, for {@code build} and
 * {@code check} alike: the sources (output-path clashes, duplicate numbers) and the built site
 * (links and anchors, pages no navigation reaches, and each {@link BuiltSiteCheck} listed here).
 */
public final class SiteChecker {

    /** The checks run on every built site, in the order their problems are listed. */
    static final List<BuiltSiteCheck> BUILT_SITE_CHECKS =
            List.of(new InternalLinksCheck(), new ReachabilityCheck(), new UniqueIdsCheck());

    private SiteChecker() {}

    /** Problems in the sources that would make the built site lose or mix up pages. */
    public static List<Problem> checkSources(SiteConfig config, List<ContentFile> content) {
        List<Problem> problems = new ArrayList<>(SourceChecks.checkOutputPaths(config));
        // Numbers, pinpoints, order and panels are each document's own: in a library two documents may both have a ¶
        // C.1.
        for (List<ContentFile> document : Library.byDocument(content).values()) {
            problems.addAll(SourceChecks.checkDuplicateNumbers(document));
            problems.addAll(SourceChecks.checkPinpointCollisions(document));
            problems.addAll(SourceChecks.checkNumbersFollowTheOrder(document));
            problems.addAll(SourceChecks.checkDuplicatePanels(document));
        }
        return problems;
    }

    /** Problems in the site built from {@code content} into {@code site}, each located in content where it can be. */
    public static List<Problem> checkBuiltSite(BuiltSite site) {
        List<Problem> problems = new ArrayList<>();
        for (BuiltSiteCheck check : BUILT_SITE_CHECKS) {
            problems.addAll(check.check(site));
        }
        return problems;
    }
}
