package org.paperbake.importer;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the source says about itself. Every field is null when the source does not say it: the
 * importer never invents metadata.
 *
 * @param title the document's title
 * @param publisher who published this copy ({@code China Daily})
 * @param publication the outlet named on the date line ({@code China Daily Print})
 * @param issuer the issuing office named above the month line ({@code The State Council Information Office …})
 * @param updated the date of an "Updated:" line
 * @param posted the date of a source-and-date line that does not say "Updated" ({@code Xinhua | January 19, 2023})
 * @param issued the month of a date line {@code (March 2023)} or {@code January 2021}
 * @param year a lone year line
 * @param sourceHost the web host the text was copied from
 * @param standfirst the republisher's summary sentence between the title and the text
 * @param copyright the copyright line, verbatim
 * @param part which page of a paginated web copy this is
 * @param parts how many pages the web copy has
 */
record Metadata(
        Found<String> title,
        Found<String> publisher,
        Found<String> publication,
        Found<String> issuer,
        Found<LocalDate> updated,
        Found<LocalDate> posted,
        Found<YearMonth> issued,
        Found<Year> year,
        Found<String> sourceHost,
        Found<String> standfirst,
        Found<String> copyright,
        Found<Integer> part,
        Found<Integer> parts) {

    /**
     * One metadata value under its front-matter key.
     *
     * @param key the front-matter key
     * @param value the value, as it is written to front matter
     * @param line the source line it came from
     * @param where the file and line it came from, as the report shows it
     */
    public record Entry(String key, Object value, int line, String where) {}

    /** The date pages carry: the updated date, else the posting date, else the first day of the issue month. */
    public Optional<LocalDate> date() {
        if (updated != null) {
            return Optional.of(updated.value());
        }
        if (posted != null) {
            return Optional.of(posted.value());
        }
        return Optional.ofNullable(issued).map(month -> month.value().atDay(1));
    }

    /** The same values without a standfirst: for a later part whose "standfirst" is its first paragraph. */
    Metadata withoutStandfirst() {
        return new Metadata(
                title,
                publisher,
                publication,
                issuer,
                updated,
                posted,
                issued,
                year,
                sourceHost,
                null,
                copyright,
                part,
                parts);
    }

    /** Every value found, in front-matter order ({@code title} first). */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        add(entries, "title", title);
        add(entries, "publisher", publisher);
        add(entries, "publication", publication);
        add(entries, "issuer", issuer);
        add(entries, "published", issued);
        add(entries, "posted", posted);
        add(entries, "updated", updated);
        add(entries, "year", year);
        add(entries, "source_host", sourceHost);
        add(entries, "standfirst", standfirst);
        add(entries, "copyright", copyright);
        add(entries, "part", part);
        add(entries, "parts", parts);
        return entries;
    }

    private static void add(List<Entry> entries, String key, Found<?> found) {
        if (found != null) {
            Object value = found.value();
            // A year is written as a plain number, a month as "2023-03".
            Object written = value instanceof Year y
                    ? Integer.valueOf(y.getValue())
                    : value instanceof YearMonth month ? month.toString() : value;
            entries.add(new Entry(key, written, found.line(), found.where()));
        }
    }
}
