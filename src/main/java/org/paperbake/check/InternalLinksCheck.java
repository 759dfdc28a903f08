package org.paperbake.check;

import java.util.ArrayList;
import java.util.List;
import org.paperbake.Problem;
import org.paperbake.content.ContentFile;

/**
 * Internal links and anchors (pinpoint and term links included), each broken one reported on the
 * content line that wrote it, or on the built page when a template or a generated list wrote it.
 */
final class InternalLinksCheck implements BuiltSiteCheck {

    @Override
    public List<Problem> check(BuiltSite site) {
        List<Problem> problems = new ArrayList<>();
        for (BrokenLink link : LinkChecker.findBrokenLinks(site.folder())) {
            ContentFile source = site.contentByOutputPath().get(link.page());
            int line = source == null ? 0 : SourceLinks.lineOf(source, link.target());
            if (line > 0) {
                problems.add(site.problemIn(link.page(), line, link.message(), link.fix()));
            } else {
                // Not written in the content: a template, or a post-processing step, made it.
                problems.add(new Problem("output/" + link.page(), 0, link.message() + " (made by a template, not by the content)",
                        link.fix() + "; fix the template in templates/ that writes it"));
            }
        }
        return problems;
    }
}
