package org.paperbake.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.paperbake.kernel.Problem;

/**
 * Which point-in-time editions a site publishes under {@code versions/}: the git tags whose names
 * match {@code editions.tags} (a pattern where {@code *} is any run of characters; default
 * {@code edition-*}; {@code none} for no tags), and the days listed in {@code editions.dates}
 * ({@code 2026-03-01, 2026-06-01}), each the text as of the last commit on or before that day.
 *
 * @param tagPattern the tag pattern, or empty for no tags
 * @param dates the listed days, each with its line in the settings file
 */
public record EditionSettings(String tagPattern, List<Dated> dates) {

    /** The setting naming the tags that are editions. */
    public static final String TAGS = "editions.tags";

    /** The setting listing the days that are editions. */
    public static final String DATES = "editions.dates";

    /** The tags that are editions when the setting is absent. */
    public static final String DEFAULT_TAGS = "edition-*";

    /** At most this many listed days: each costs a build of the whole site. */
    public static final int MAX_DATES = 50;

    private static final Pattern TAG_PATTERN = Pattern.compile("[A-Za-z0-9._/*-]{1,100}");

    /**
     * A day listed in {@code editions.dates}.
     *
     * @param date the day
     * @param file the settings file
     * @param line its line there
     */
    public record Dated(LocalDate date, Path file, int line) {}

    public EditionSettings {
        dates = List.copyOf(dates);
    }

    /** The edition settings of {@code config}, already checked when it was loaded. */
    public static EditionSettings of(SiteConfig config) {
        String tags = config.jbake().getOrDefault(TAGS, DEFAULT_TAGS).strip();
        List<Dated> dates = new ArrayList<>();
        String listed = config.jbake().getOrDefault(DATES, "");
        int line = lineOf(config.file());
        for (String day : days(listed)) {
            dates.add(new Dated(LocalDate.parse(day), config.file(), line));
        }
        return new EditionSettings(tags.equals("none") ? "" : tags, dates);
    }

    /** Whether a tag named {@code name} is an edition. */
    public boolean isEditionTag(String name) {
        if (tagPattern.isEmpty()) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (String literal : tagPattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(name).matches();
    }

    /** The problems of the two settings, at their lines. */
    static void check(Path file, Map<String, PropertyLine> byKey, List<Problem> problems) {
        PropertyLine tags = byKey.get(TAGS);
        if (tags != null
                && !tags.value().equals("none")
                && !TAG_PATTERN.matcher(tags.value()).matches()) {
            problems.add(Problem.at(
                    file,
                    tags.number(),
                    "'" + TAGS + "' is '" + tags.value() + "', which is not a tag pattern",
                    "write a tag name where * stands for any characters, such as edition-*, or none for no"
                            + " tagged editions"));
        }
        PropertyLine dates = byKey.get(DATES);
        if (dates == null) {
            return;
        }
        List<String> days = days(dates.value());
        if (days.size() > MAX_DATES) {
            problems.add(Problem.at(
                    file,
                    dates.number(),
                    "'" + DATES + "' lists " + days.size() + " days; each is a build of the whole site",
                    "list at most " + MAX_DATES + " days"));
        }
        for (String day : days) {
            try {
                LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                problems.add(Problem.at(
                        file,
                        dates.number(),
                        "'" + DATES + "' lists '" + day + "', which is not a day",
                        "write days as 2026-03-01, separated by commas"));
            }
        }
    }

    private static List<String> days(String listed) {
        List<String> days = new ArrayList<>();
        for (String day : listed.split(",")) {
            if (!day.isBlank()) {
                days.add(day.strip());
            }
        }
        return days;
    }

    /** The line of {@code editions.dates} in the settings file, for a problem about one of its days. */
    private static int lineOf(Path file) {
        try {
            for (PropertyLine line : SiteConfig.readPropertyLines(file)) {
                if (line.key().equals(DATES)) {
                    return line.number();
                }
            }
        } catch (RuntimeException e) {
            // The file was read when the settings were loaded; the first line is as near as can be told.
            return 1;
        }
        return 1;
    }
}
