package org.paperbake.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.Problem;

/**
 * Internal links and anchors (pinpoint and term links included), each broken one reported on the
 * content line that wrote it, or on the built page when a template or a generated list wrote it.
 */
final class InternalLinksCheck implements BuiltSiteCheck {

    @Override
    public List<Problem> check(BuiltSite site) {
        List<Problem> problems = new ArrayList<>();
        // A broken link in a template is on every page it renders: report it once, with the first page.
        Map<String, List<BrokenLink>> madeByTheBuild = new LinkedHashMap<>();
        Set<String> reportedInContent = new HashSet<>();
        for (BrokenLink link : LinkChecker.findBrokenLinks(site.scan())) {
            ContentFile source = site.contentByOutputPath().get(link.page());
            int line = source == null ? 0 : SourceLinks.lineOf(source, link.target());
            if (line > 0) {
                problems.add(site.problemIn(link.page(), line, link.message(), link.fix()));
                reportedInContent.add(link.message());
            } else {
                madeByTheBuild
                        .computeIfAbsent(link.message(), key -> new ArrayList<>())
                        .add(link);
            }
        }
        // Pages that repeat the text of others (full.html) repeat its broken links: the content line covers them.
        madeByTheBuild.keySet().removeAll(reportedInContent);
        for (List<BrokenLink> links : madeByTheBuild.values()) {
            BrokenLink first = links.get(0);
            String where = links.size() == 1 ? "" : ", on " + links.size() + " pages";
            problems.add(new Problem(
                    "output/" + first.page(),
                    0,
                    first.message() + " (not written in the content: a template or a build step made it" + where + ")",
                    first.fix() + "; fix the template in templates/ or the step that writes it"));
        }
        return problems;
    }
}
