package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Related sections: the pages sharing the most terms with a page, then in reading order. */
class CrossReferencesTest {

    private static final int TERMS = 6;
    private static final int PAGES = 40;

    private static final Glossary GLOSSARY = Glossary.of(glossaryTerms());

    private static List<Term> glossaryTerms() {
        List<Term> terms = new ArrayList<>();
        for (int t = 0; t < TERMS; t++) {
            terms.add(new Term("t" + t, "Term " + t, "organization", "A term.", List.of(), "", null));
        }
        return terms;
    }

    /** Which terms page {@code page} mentions: a pattern with many pages sharing as many terms (ties). */
    private static Set<Integer> termsOf(int page) {
        Set<Integer> terms = new HashSet<>();
        for (int t = 0; t < TERMS; t++) {
            if ((page * 7 + t * 3) % (t + 2) == 0) {
                terms.add(t);
            }
        }
        return terms;
    }

    /** Page {@code page}'s place: orders repeat, so reading order falls back on the path. */
    private static Place placeOf(int page) {
        return new Place("p" + (PAGES - page) + ".html", "Page " + page, String.valueOf(page), page % 5, "", "", 0);
    }

    private static CrossReferences references() {
        CrossReferences references = new CrossReferences(GLOSSARY);
        // Added out of reading order, as the pages of a site arrive in path order.
        for (int page = 0; page < PAGES; page++) {
            Place place = placeOf(page);
            List<Mention> mentions = new ArrayList<>();
            for (int term : termsOf(page)) {
                Place paragraph = new Place(
                        place.pagePath(),
                        place.pageTitle(),
                        place.pageNumber(),
                        place.pageOrder(),
                        "p-" + page,
                        page + ".1",
                        1);
                mentions.add(new Mention(term, paragraph, new Sentences.Snippet("", "Term " + term, ""), true, -1));
            }
            references.add(new TermLinker.Findings(mentions, List.of(), List.of()), place);
        }
        return references;
    }

    /** Every other page with the terms it shares, sorted whole: what the bounded selection must give. */
    private static List<String> allSorted(int page, int limit) {
        Map<Place, Integer> shared = new HashMap<>();
        for (int other = 0; other < PAGES; other++) {
            Set<Integer> common = new HashSet<>(termsOf(other));
            common.retainAll(termsOf(page));
            if (other != page && !common.isEmpty()) {
                shared.put(placeOf(other), common.size());
            }
        }
        return shared.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Place, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, Place.READING_ORDER))
                .limit(limit)
                .map(e -> e.getKey().pagePath() + " " + e.getValue())
                .toList();
    }

    @Test
    void related_sections_are_the_pages_sharing_most_terms_then_in_reading_order_cut_to_the_limit() {
        CrossReferences references = references();
        assertEquals(5, references.relatedSections(placeOf(0).pagePath(), 5).size());
        for (int limit : new int[] {1, 3, 5, PAGES}) {
            for (int page = 0; page < PAGES; page++) {
                List<String> related = references.relatedSections(placeOf(page).pagePath(), limit).stream()
                        .map(r -> r.key().pagePath() + " " + r.shared())
                        .toList();

                assertEquals(allSorted(page, limit), related, "page " + page + ", limit " + limit);
            }
        }
    }

    @Test
    void a_page_sharing_no_term_and_an_unknown_page_have_no_related_sections() {
        CrossReferences references = references();

        assertEquals(List.of(), references.relatedSections("unknown.html", 5));
        assertEquals(List.of(), references.relatedSections(placeOf(0).pagePath(), 0));
    }
}
