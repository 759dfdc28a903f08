package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperbake.TestSites;

/** Dated statements: the forms the text uses, and the seed's own dates. */
class DatedStatementFinderTest {

    private static final Place PLACE = new Place("p.html", "P", "1", 1, "p-1-1", "1.1", 1);

    private static List<String> labels(String text) {
        return DatedStatementFinder.findIn(text, PLACE).stream()
                .map(DatedStatement::label)
                .toList();
    }

    @Test
    void years_months_ranges_and_since_are_found() {
        assertEquals(List.of("2015"), labels("An updated version in 2015."));
        assertEquals(
                List.of("March 2021", "June 2022"),
                labels("Issued in March 2021, and another in June 2022, which helps."));
        assertEquals(
                List.of("March\u2013June 2022"),
                labels("Between March and June 2022, 76 countries took part in First Light 2022."));
        assertEquals(List.of("January\u2013March 2020"), labels("From January to March 2020 it ran."));
        assertEquals(List.of("Since 2014"), labels("Every year since 2014, China has hosted it."));
        assertEquals(List.of("Since May 2019"), labels("It has met since May 2019."));
    }

    @Test
    void numbers_that_are_not_years_are_ignored() {
        assertEquals(
                List.of(), labels("Some 2,000 suspects, US$2020 and 76 countries; 15 member states; 20000 files."));
    }

    @Test
    void each_sentence_keeps_its_own_dates() {
        List<DatedStatement> found = DatedStatementFinder.findIn("It began in 2019. It ended in 2019.", PLACE);
        assertEquals(
                List.of("It began in 2019.", "It ended in 2019."),
                found.stream().map(DatedStatement::sentence).toList());
    }

    @Test
    void the_seeds_dated_statements_in_time_order() {
        List<DatedStatement> found = new ArrayList<>();
        String[] lines = TestSites.read(TestSites.PROJECT.resolve("seeds/000_0772cf1c2725d416.txt"))
                .split("\n");
        for (int i = 0; i < lines.length; i++) {
            // The seed's header (year line, "Updated" line) and footer carry dates that are not statements of the text.
            if (i > 8 && !lines[i].startsWith("Copyright")) {
                found.addAll(
                        DatedStatementFinder.findIn(lines[i], new Place("seed", "seed", "", 0, "L" + (i + 1), "", i)));
            }
        }
        List<DatedStatement> ordered =
                found.stream().sorted(DatedStatement.TIME_ORDER).toList();
        assertEquals(
                List.of("Since 2014", "2015", "2019", "March 2021", "2022", "March\u2013June 2022", "June 2022"),
                ordered.stream().map(DatedStatement::label).toList());
        assertEquals(
                List.of("2014", "2015", "2019", "2021-03", "2022", "2022-03", "2022-06"),
                ordered.stream().map(DatedStatement::isoStart).toList());
        assertEquals(
                "China initiated the international organization of the World Internet Conference in 2022, with the goal of"
                        + " building a global internet platform featuring extensive consultation, joint contribution, and sharing of benefits.",
                ordered.get(4).sentence());
    }
}
