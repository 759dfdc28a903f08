package org.paperbake.check;

import java.util.List;
import org.paperbake.kernel.Problem;

/**
 * One check of a built site. {@link SiteChecker#BUILT_SITE_CHECKS} lists the checks every build and
 * {@code ./paperbake check} run. Glossary coverage is not one of them: the post-processor finds it
 * while it links the terms, from what it reads anyway.
 */
interface BuiltSiteCheck {

    /**
     * Every problem found in {@code site}, located with {@link BuiltSite#problemIn} so that editors
     * are pointed at content, not output.
     */
    List<Problem> check(BuiltSite site);
}
