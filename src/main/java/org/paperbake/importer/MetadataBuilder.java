package org.paperbake.importer;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** Metadata being collected while a source is read; every field stays null until found. */
final class MetadataBuilder {
    Found<String> title;
    Found<String> publisher;
    Found<String> publication;
    Found<String> issuer;
    Found<LocalDate> updated;
    Found<LocalDate> posted;
    Found<YearMonth> issued;
    Found<Year> year;
    Found<String> sourceHost;
    Found<String> standfirst;
    Found<String> copyright;
    Found<Integer> part;
    Found<Integer> parts;

    Metadata build() {
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
                standfirst,
                copyright,
                part,
                parts);
    }
}
