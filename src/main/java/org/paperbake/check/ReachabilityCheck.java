package org.paperbake.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperbake.content.ContentFile;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Library;
import org.paperbake.kernel.Problem;

/**
 * Pages that no navigation reaches: every built page must be reachable by following links from
 * the cover ({@code index.html}), or a reader can only find it by guessing its address. The
 * not-found page is reached by the web server, not by links, and is left out.
 */
final class ReachabilityCheck implements BuiltSiteCheck {

    @Override
    public List<Problem> check(BuiltSite site) {
        SiteScan scan = site.scan();
        Map<String, SiteScan.Page> pages = scan.pages();
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (pages.containsKey("index.html")) {
            reached.add("index.html");
            queue.add("index.html");
        }
        while (!queue.isEmpty()) {
            SiteScan.Page page = pages.get(queue.remove());
            for (String href : page.navigation()) {
                SiteScan.Target target = scan.resolve(page.path(), href);
                if (target.kind() == SiteScan.LinkKind.PAGE
                        && pages.containsKey(target.path())
                        && reached.add(target.path())) {
                    queue.add(target.path());
                }
            }
        }
        String notFound = site.config().jbake().getOrDefault("error404.file", "404.html");
        List<Problem> problems = new ArrayList<>();
        // A moved document's old addresses are reached from outside (old links), never from the site.
        Set<String> redirects = Library.redirects(site.content()).keySet();
        for (String relative : pages.keySet()) {
            if (!reached.contains(relative) && !relative.equals(notFound) && !redirects.contains(relative)) {
                ContentFile source = site.contentByOutputPath().get(relative);
                problems.add(site.problemIn(
                        relative,
                        source == null ? 0 : 1,
                        "no link on the site leads to the page " + relative,
                        fixFor(source)));
            }
        }
        return problems;
    }

    private static String fixFor(ContentFile source) {
        if (source == null) {
            return "link to it from a page, or remove the file from assets/";
        }
        if (source.type() == DocumentType.TERM) {
            return "check that the glossary lists the term and that its title or an alias is mentioned in the text";
        }
        return "give it an 'order' and a 'parent' so that it is in the contents, or link to it from another page";
    }
}
