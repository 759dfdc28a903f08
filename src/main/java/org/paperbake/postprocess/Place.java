package org.paperbake.postprocess;

import java.util.Comparator;
import org.paperbake.content.ContentFile;

/**
 * A paragraph of the document: the page it is on and its pinpoint.
 *
 * @param pagePath the page, relative to the site root ({@code 06-1-playing-an-active-role-in-rule-making.html})
 * @param pageTitle the page's title
 * @param pageNumber the page's number as displayed ("6.1", "VI", "Conclusion"), or empty
 * @param pageOrder the page's place in the reading order
 * @param paragraphId the paragraph's id ({@code p-6-1-2})
 * @param paragraphLabel the paragraph's number as displayed ("6.1.2")
 * @param paragraphIndex the paragraph's position on its page, from 1
 */
public record Place(
        String pagePath,
        String pageTitle,
        String pageNumber,
        int pageOrder,
        String paragraphId,
        String paragraphLabel,
        int paragraphIndex) {

    /** The place of the page at {@code pagePath} built from {@code file}, with the paragraph fields empty. */
    static Place ofPage(String pagePath, ContentFile file) {
        return new Place(
                pagePath, file.title(), file.number().orElse(""), file.order().orElse(Integer.MAX_VALUE), "", "", 0);
    }

    /** The document's reading order; in a library, document after document, in folder order. */
    public static final Comparator<Place> READING_ORDER = Comparator.comparing(
                    (Place place) -> org.paperbake.content.Library.documentOf(place.pagePath()))
            .thenComparingInt(Place::pageOrder)
            .thenComparing(Place::pagePath)
            .thenComparingInt(Place::paragraphIndex);

    /** The link to the paragraph from the site root: {@code page.html#p-6-1-2}. */
    public String href() {
        return pagePath + "#" + paragraphId;
    }

    /** The page's name as shown in lists: "6.1 Playing an Active Role in Rule Making". */
    public String pageName() {
        return pageNumber.isEmpty() || pageNumber.equals(pageTitle) ? pageTitle : pageNumber + " " + pageTitle;
    }
}
