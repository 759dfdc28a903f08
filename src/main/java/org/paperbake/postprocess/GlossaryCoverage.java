package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperbake.content.ContentFile;
import org.paperbake.content.DocumentType;
import org.paperbake.kernel.Problem;

/**
 * What the glossary misses and what it has to spare: capitalised multi-word names and acronyms in
 * the text that no entry covers ({@link NameFinder} finds them, {@link #resolve} reads them across
 * the document), aliases that match nothing, and entries never mentioned.
 *
 * <p>A name is covered when each of its capitalised words lies inside a mention of a published
 * entry. A name that a draft entry names (its title, an alias or its acronym) is not a problem:
 * the draft is glossary work to do, listed by {@code check} ({@link DraftEntry}), not a failure.
 */
final class GlossaryCoverage {

    /**
     * A name no entry covers, where it was read.
     *
     * @param name the name as the text spells it
     * @param place its paragraph
     * @param sides when the name holds a plain "and", the names on either side of it, else empty
     * @param acronym the acronym the text gives it in parentheses right after it, or empty
     */
    public record Uncovered(String name, Place place, List<String> sides, String acronym) {

        /** A name without "and" or acronym. */
        public Uncovered(String name, Place place) {
            this(name, place, List.of(), "");
        }
    }

    /**
     * What the coverage check found.
     *
     * @param problems every coverage problem, names first (by file and line), then aliases, then entries
     * @param uncovered the names neither a published nor a draft entry covers, in reading order
     * @param drafts the draft entries, each with the paragraphs that mention it
     */
    public record Report(List<Problem> problems, List<UncoveredName> uncovered, List<DraftEntry> drafts) {}

    private GlossaryCoverage() {}

    /** Every coverage problem, names first (by file and line), then aliases, then entries. */
    public static List<Problem> check(
            Glossary glossary, List<Mention> mentions, List<Uncovered> uncovered, List<ContentFile> content) {
        return report(glossary, mentions, uncovered, content).problems();
    }

    /** The coverage problems, the names left uncovered and the drafts' work. */
    public static Report report(
            Glossary glossary, List<Mention> mentions, List<Uncovered> uncovered, List<ContentFile> content) {
        List<ContentFile> drafts = content.stream()
                .filter(file -> file.type() == DocumentType.TERM && !file.isPublished())
                .toList();
        Map<String, ContentFile> draftNames = new HashMap<>();
        for (ContentFile draft : drafts) {
            List<String> names = new ArrayList<>(draft.aliases());
            names.add(0, draft.title());
            draft.acronym().ifPresent(names::add);
            names.stream()
                    .filter(name -> !name.isBlank())
                    .forEach(name -> draftNames.putIfAbsent(TermMatcher.key(name), draft));
        }
        Map<ContentFile, Set<Place>> draftPlaces = new LinkedHashMap<>();
        drafts.forEach(draft -> draftPlaces.put(draft, new LinkedHashSet<>()));
        List<UncoveredName> left = new ArrayList<>();
        for (UncoveredName name : resolve(uncovered)) {
            ContentFile draft = draftNames.get(TermMatcher.key(name.name()));
            if (draft == null && !name.acronym().isEmpty()) {
                draft = draftNames.get(TermMatcher.key(name.acronym()));
            }
            if (draft == null) {
                left.add(name);
            } else {
                draftPlaces.get(draft).addAll(name.places());
            }
        }
        List<DraftEntry> work = new ArrayList<>();
        draftPlaces.forEach((draft, found) -> {
            List<Place> places = new ArrayList<>(found);
            places.sort(Place.READING_ORDER);
            work.add(new DraftEntry(
                    draft.file(),
                    draft.lineOf("title"),
                    draft.title().strip(),
                    places.size(),
                    places.stream().findFirst().map(Place::paragraphLabel).orElse("")));
        });
        List<Problem> problems = new ArrayList<>(uncoveredNames(left, content));
        problems.addAll(unusedNames(glossary, mentions));
        return new Report(List.copyOf(problems), List.copyOf(left), List.copyOf(work));
    }

    /** Names in the text that no entry covers, each reported once, where it first appears in reading order. */
    static List<Problem> uncoveredNames(List<Uncovered> uncovered, List<ContentFile> content) {
        return uncoveredNames(resolve(uncovered), content);
    }

    private static List<Problem> uncoveredNames(Collection<UncoveredName> names, List<ContentFile> content) {
        Map<String, ContentFile> byPage = new HashMap<>();
        content.forEach(file -> byPage.put(file.outputPath(), file));
        Map<ContentFile, TermMatcher.View> bodies = new HashMap<>();
        List<Problem> found = new ArrayList<>();
        for (UncoveredName name : names) {
            Place first = name.places().get(0);
            found.add(problemFor(name, first, byPage.get(first.pagePath()), bodies));
        }
        return found;
    }

    /**
     * The names of the sightings, read across the whole document, in reading order, each once with
     * every paragraph it is in. A name holding "and" is two names when the document writes one of
     * its sides on its own ("Central Asia and Russia" where "Central Asia" is a name elsewhere),
     * else one ("Belt and Road Initiative"). An acronym the text gives a name in parentheses is
     * that name's: its sightings are the name's, and it is not a name of its own.
     */
    static List<UncoveredName> resolve(List<Uncovered> sightings) {
        // A stable sort: a paragraph's names stay in text order.
        List<Uncovered> ordered = sightings.stream()
                .sorted(Comparator.comparing(Uncovered::place, Place.READING_ORDER))
                .toList();
        List<Uncovered> names = splitJoined(ordered);
        Map<String, String> longForms = new HashMap<>();
        for (Uncovered name : names) {
            if (!name.acronym().isEmpty()) {
                longForms.putIfAbsent(TermMatcher.key(name.acronym()), name.name());
            }
        }
        Map<String, NameBuilder> found = new LinkedHashMap<>();
        for (Uncovered name : names) {
            String longForm = name.sides().isEmpty() && NameFinder.isAcronym(name.name())
                    ? longForms.getOrDefault(TermMatcher.key(name.name()), name.name())
                    : name.name();
            NameBuilder builder = found.computeIfAbsent(TermMatcher.key(longForm), key -> new NameBuilder(longForm));
            builder.places.add(name.place());
            if (builder.acronym.isEmpty() && !name.acronym().isEmpty()) {
                builder.acronym = name.acronym();
            }
        }
        return found.values().stream()
                .map(b -> new UncoveredName(b.name, b.acronym, List.copyOf(b.places)))
                .toList();
    }

    /**
     * The sightings with each name that holds "and" read as the document reads it: two names (its
     * sides that are names: two words or more, or an acronym) when one of its sides is written on
     * its own anywhere, else one.
     */
    static List<Uncovered> splitJoined(List<Uncovered> sightings) {
        Set<String> alone = new HashSet<>();
        for (Uncovered sighting : sightings) {
            if (sighting.sides().isEmpty()) {
                alone.add(TermMatcher.key(sighting.name()));
            }
        }
        List<Uncovered> names = new ArrayList<>();
        for (Uncovered sighting : sightings) {
            if (sighting.sides().stream().anyMatch(side -> alone.contains(TermMatcher.key(side)))) {
                for (String side : sighting.sides()) {
                    if (side.indexOf(' ') > 0 || NameFinder.isAcronym(side)) {
                        String acronym = NameFinder.abbreviates(sighting.acronym(), side) ? sighting.acronym() : "";
                        names.add(new Uncovered(side, sighting.place(), List.of(), acronym));
                    }
                }
            } else {
                names.add(sighting);
            }
        }
        return names;
    }

    private static final class NameBuilder {
        final String name;
        String acronym = "";
        final Set<Place> places = new LinkedHashSet<>();

        NameBuilder(String name) {
            this.name = name;
        }
    }

    /**
     * The uncovered names of one paragraph, in text order, each {@linkplain TermMatcher#normalise
     * normalised} as the matcher reads names: a name wrapped across two lines of the source, or
     * written with a no-break space, is one name on one line. Words inside a bare URL are not names.
     * A name holding a plain "and" is given whole here; {@link #resolve} splits it when the document
     * writes one of its sides on its own.
     */
    static List<String> uncoveredNamesIn(ParagraphScan paragraph) {
        return NameFinder.candidatesIn(paragraph).stream()
                .map(NameFinder.Candidate::name)
                .toList();
    }

    private static Problem problemFor(
            UncoveredName uncovered, Place place, ContentFile file, Map<ContentFile, TermMatcher.View> bodies) {
        String name = uncovered.name();
        String shown = uncovered.acronym().isEmpty() ? name : name + " (" + uncovered.acronym() + ")";
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String fix =
                "add content/glossary/" + slug + ".md for it (./paperbake glossary draft writes a draft), or add \""
                        + name + "\" to the aliases of the entry it names";
        String message = "\"" + shown + "\" (¶ " + place.paragraphLabel() + ") is not in the glossary";
        if (file == null) {
            return new Problem("output/" + place.pagePath(), 0, message, fix);
        }
        return Problem.at(file.file(), lineOf(file, name, bodies), message, fix);
    }

    /**
     * The file line where {@code name} first appears in the body, read as the matcher reads text:
     * a name wrapped across lines is on the line it starts on. The first body line when not found
     * (a name spread over Markdown emphasis, or written with an entity such as {@code &nbsp;}).
     */
    private static int lineOf(ContentFile file, String name, Map<ContentFile, TermMatcher.View> bodies) {
        String body = file.body();
        TermMatcher.View view = bodies.computeIfAbsent(file, f -> TermMatcher.view(body));
        int at = view.text().indexOf(name);
        if (at < 0) {
            return file.bodyLine();
        }
        int offset = view.original(at, body.length());
        int line = file.bodyLine();
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Aliases no mention uses, and entries with no mention at all. */
    static List<Problem> unusedNames(Glossary glossary, List<Mention> mentions) {
        Set<Integer> mentioned = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (Mention mention : mentions) {
            mentioned.add(mention.term());
            used.add(mention.term() + "\u0000"
                    + TermMatcher.key(mention.snippet().mention()));
        }
        List<Problem> problems = new ArrayList<>();
        List<Term> terms = glossary.terms();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            ContentFile file = term.file();
            if (file == null) {
                continue;
            }
            if (!mentioned.contains(i)) {
                problems.add(Problem.at(
                        file.file(),
                        file.lineOf("title"),
                        "the entry '" + term.title() + "' is never mentioned in the text",
                        "spell its title or an alias as the text does, or remove the entry"));
                continue;
            }
            for (String alias : term.aliases()) {
                if (!used.contains(i + "\u0000" + TermMatcher.key(alias))) {
                    problems.add(Problem.at(
                            file.file(),
                            file.lineOf("aliases"),
                            "the alias '" + alias + "' matches nothing in the text",
                            "spell it as the text does, or remove it"));
                }
            }
        }
        return problems;
    }
}
