package org.paperbake.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperbake.content.Library;
import org.paperbake.kernel.Problem;

/**
 * Ids that name two things: an id held twice by one page ({@code full.html} with two parts numbered
 * alike, a page with two panels of one number), or a paragraph's or panel's id ({@code p-c-1},
 * {@code panel-8}) on two pages of the document, where a pinpoint (¶ C.1) would cite two
 * paragraphs. The full text repeats every part's ids by design and is left out of the second
 * comparison. The source checks report the causes they know on the content line; this is the
 * safety net for every other cause (a template, a build step). Linear in the number of ids; one
 * problem per page, or per pair of pages, naming the first id and how many there are.
 */
final class UniqueIdsCheck implements BuiltSiteCheck {

    private static final String FULL_TEXT = "full.html";

    /**
     * Where the point-in-time editions are ({@code history.PointInTime.FOLDER}): each edition below
     * it is a text of its own, whose pinpoints name its own paragraphs.
     */
    private static final String VERSIONS = "versions/";

    @Override
    public List<Problem> check(BuiltSite site) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> pinpointOn = new HashMap<>();
        for (SiteScan.Page page : site.scan().pages().values()) {
            List<String> duplicates = page.duplicateIds();
            if (!duplicates.isEmpty()) {
                problems.add(site.problemIn(
                        page.path(),
                        0,
                        "the id '" + duplicates.get(0) + "'" + more(duplicates.size()) + " is used more than once on "
                                + page.path() + ", so a link to it is ambiguous",
                        "give each part, panel and heading its own number or title"));
            }
            String text = textOf(page.path());
            String inText = page.path().substring(text.length());
            String document = Library.documentOf(inText);
            if (inText.equals(document.isEmpty() ? FULL_TEXT : document + "/" + FULL_TEXT)) {
                continue;
            }
            Map<String, List<String>> sharedWith = new LinkedHashMap<>();
            for (String id : page.ids().stream().sorted().toList()) {
                if (isPinpoint(id)) {
                    // A pinpoint (¶ 6.1.3) is one document's; a permanent id (para-…) is the whole
                    // library's; each edition under versions/ is a text of its own.
                    String scoped = text + "#" + (id.startsWith("para-") ? id : document + "/" + id);
                    String earlier = pinpointOn.putIfAbsent(scoped, page.path());
                    if (earlier != null) {
                        sharedWith
                                .computeIfAbsent(earlier, key -> new ArrayList<>())
                                .add(id);
                    }
                }
            }
            sharedWith.forEach((earlier, ids) -> problems.add(site.problemIn(
                    page.path(),
                    0,
                    "the paragraph or panel id '" + ids.get(0) + "'" + more(ids.size()) + " is also on " + earlier
                            + ", so a pinpoint names two places",
                    "give the two pages different numbers, and each panel its own number")));
        }
        return problems;
    }

    /** The folder of the text a page belongs to: an edition's under {@code versions/}, else the site's root. */
    private static String textOf(String path) {
        if (!path.startsWith(VERSIONS)) {
            return "";
        }
        int end = path.indexOf('/', VERSIONS.length());
        return end < 0 ? "" : path.substring(0, end + 1);
    }

    private static String more(int count) {
        return count > 1 ? " (and " + (count - 1) + " more)" : "";
    }

    private static boolean isPinpoint(String id) {
        return id.startsWith("p-") || id.startsWith("para-") || (id.startsWith("panel-") && !id.endsWith("-title"));
    }
}
