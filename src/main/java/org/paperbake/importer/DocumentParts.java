package org.paperbake.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * Puts the parts of one document together: a white paper a web site published as several pages,
 * each imported from its own file, in any order and at any time.
 *
 * <p>Parts merge by section. The cover takes every part's metadata; where two parts disagree (two
 * dates, two copyright lines) the lowest part's value is kept and the disagreement is reported
 * with both lines. A part of another document (another title, another number of parts), two files
 * claiming one part with different text, or two parts holding one section with different text,
 * are refused, naming both files and lines.
 */
final class DocumentParts {

    /** A part's number in a file name: {@code part2.txt}, {@code paper_3.txt}, {@code page-4.txt}. */
    private static final Pattern NUMBER_IN_NAME =
            Pattern.compile("(?i).*?(?:part|page|p|[_-])\\s*0*(\\d{1,3})(?:\\.[a-z0-9]+)?");

    /**
     * One part: its file and what it says.
     *
     * @param seedName the seed's file name under {@code seeds/}
     * @param file the file as the user named it (or the seed copy, for a part imported before)
     * @param parsed the part's text
     * @param number which part it is, 0 when not known
     */
    record Part(String seedName, Path file, ParsedWhitePaper parsed, int number) {

        String where(int line) {
            return Problem.displayPath(file) + ":" + line;
        }

        Metadata metadata() {
            return parsed.document().metadata();
        }
    }

    /**
     * Two parts' different values for one key; the first is kept.
     *
     * @param key the front-matter key
     * @param kept where the kept value is, and the value
     * @param other where the other value is, and the value
     */
    record Conflict(String key, String kept, String other) {}

    /**
     * Text a part opens with that continues the last section of the part before: appended to that
     * section's page (to its last subsection's, when it has subsections), after its own text.
     *
     * @param target the section continued, as it is in the merged document
     * @param blocks the paragraphs and panels appended
     * @param subsections the subsections the part opens with, placed under {@code target}
     * @param seed the seed file name of the part the text comes from
     * @param lines the lines of that part the text comes from
     */
    record Continuation(
            Section target, List<Block> blocks, List<Subsection> subsections, String seed, LineRange lines) {

        Continuation {
            Objects.requireNonNull(target, "target");
            blocks = List.copyOf(blocks);
            subsections = List.copyOf(subsections);
        }

        /** The blocks' lines only, or empty when the part opens with a subsection heading. */
        java.util.Optional<LineRange> blockLines() {
            return blocks.stream().map(Block::lines).reduce(LineRange::span);
        }
    }

    /**
     * The parts as one document.
     *
     * @param document the merged document
     * @param seedOf each section's seed file name
     * @param parts the parts in order, numbered first
     * @param total how many parts the document has, 0 when no part says
     * @param conflicts metadata the parts disagree on
     * @param guesses what was guessed while merging
     * @param continuations text parts open with that continues the part before, in part order
     */
    record Merged(
            Document document,
            Map<Section, String> seedOf,
            List<Part> parts,
            int total,
            List<Conflict> conflicts,
            List<Guess> guesses,
            List<Continuation> continuations) {

        /** The continuations of {@code section}, in part order. */
        List<Continuation> continuing(Section section) {
            return continuations.stream().filter(c -> c.target() == section).toList();
        }

        /** The part numbers held, in order. */
        List<Integer> held() {
            return parts.stream().map(Part::number).filter(n -> n > 0).sorted().toList();
        }

        /** The part numbers the document has but no part here holds. */
        List<Integer> missing() {
            List<Integer> missing = new ArrayList<>();
            for (int n = 1; n <= total; n++) {
                if (!held().contains(n)) {
                    missing.add(n);
                }
            }
            return missing;
        }
    }

    private DocumentParts() {}

    /** Which part {@code parsed} is: from its pagination, else from its file name (a guess), else 0. */
    static int numberOf(ParsedWhitePaper parsed, String seedName, List<Guess> guesses) {
        Metadata metadata = parsed.document().metadata();
        if (metadata.part() != null) {
            return metadata.part().value();
        }
        if (metadata.parts() == null) {
            return 0;
        }
        Matcher m = NUMBER_IN_NAME.matcher(seedName);
        if (m.matches()) {
            int number = Integer.parseInt(m.group(1));
            if (number >= 1 && number <= metadata.parts().value()) {
                guesses.add(new Guess(
                        metadata.parts().line(),
                        seedName + " is part " + number + " of "
                                + metadata.parts().value()
                                + ": the pagination does not say which, the file name does"));
                return number;
            }
        }
        return 0;
    }

    /**
     * Merges {@code parts} (earlier parts and the files imported now, replacing earlier ones).
     *
     * @param reference the part the others must agree with: the first part held before, else the
     *     first file imported now
     * @throws PaperbakeException.BadInput when the parts are not of one document, or disagree on a
     *     section's text
     */
    static Merged merge(List<Part> given, Part reference) {
        List<Guess> guesses = new ArrayList<>();
        List<Part> parts = withOpenings(assignUnknown(given, guesses));
        List<Problem> problems = new ArrayList<>();
        int total = 0;
        for (Part part : parts) {
            checkSameDocument(reference, part, problems);
            if (part.metadata().parts() != null) {
                total = part.metadata().parts().value();
            }
        }
        checkOnePerNumber(parts, problems);
        Map<Section, String> seedOf = new IdentityHashMap<>();
        List<Section> sections = mergeSections(parts, seedOf, problems, guesses);
        List<Continuation> continuations = continuations(parts, sections, problems, guesses);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.BadInput("the parts are not one document", problems);
        }
        List<Conflict> conflicts = new ArrayList<>();
        MetadataBuilder metadata = mergeMetadata(parts, conflicts);
        List<Paragraph> preamble = new ArrayList<>();
        for (Part part : parts) {
            for (Paragraph paragraph : part.parsed().document().preamble()) {
                if (placed(part, paragraph, continuations)) {
                    continue;
                }
                if (preamble.stream().noneMatch(p -> p.text().equals(paragraph.text()))) {
                    preamble.add(paragraph);
                }
            }
        }
        Document document = new Document(metadata.build(), preamble, sections);
        return new Merged(document, seedOf, parts, total, conflicts, guesses, continuations);
    }

    /**
     * The parts with what each opening is: a later part's opening continues the part before,
     * except a standfirst another part repeats (the republisher's summary, not the text). Where it
     * is placed, the standfirst is the text, not metadata, and the header's "could not place this
     * text" guesses give way to the guesses of reading it as body text; where the part before is
     * missing, the report says so instead.
     */
    private static List<Part> withOpenings(List<Part> parts) {
        List<Part> read = new ArrayList<>();
        for (Part part : parts) {
            Opening opening = part.parsed().opening();
            if (part.number() <= 1 || opening.isEmpty()) {
                read.add(part);
                continue;
            }
            Found<String> standfirst = part.metadata().standfirst();
            boolean repeated = standfirst != null
                    && parts.stream()
                            .filter(other -> other != part && other.metadata().standfirst() != null)
                            .anyMatch(other -> HeaderReader.normalise(
                                            other.metadata().standfirst().value())
                                    .equals(HeaderReader.normalise(standfirst.value())));
            if (repeated) {
                opening = opening.withoutStandfirst();
            }
            if (opening.isEmpty()) {
                read.add(withOpening(
                        part, opening, part.metadata(), part.parsed().guesses()));
                continue;
            }
            LineRange lines = opening.lines().orElseThrow();
            int before = part.number() - 1;
            boolean placed = parts.stream().anyMatch(p -> p.number() == before);
            List<Guess> guesses = new ArrayList<>();
            for (Guess guess : part.parsed().guesses()) {
                boolean onCover = guess.what().startsWith("could not place this text before the first section");
                if (!(onCover && guess.line() >= lines.first() && guess.line() <= lines.last())) {
                    guesses.add(guess);
                }
            }
            Metadata metadata = part.metadata();
            if (placed) {
                guesses.addAll(opening.guesses());
                if (opening.standfirst()) {
                    guesses.removeIf(g -> g.what().startsWith("standfirst:") && g.line() == lines.first());
                    metadata = metadata.withoutStandfirst();
                }
            } else {
                guesses.add(new Guess(
                        lines.first(),
                        range(lines) + " continue" + (lines.first() == lines.last() ? "s" : "") + " a section of part "
                                + before
                                + ", which is missing: kept as text on the cover"
                                + (opening.standfirst() ? " (the first as the standfirst)" : "")
                                + " until part " + before + " is imported, which places them"));
            }
            guesses.sort(java.util.Comparator.comparingInt(Guess::line));
            read.add(withOpening(part, opening, metadata, guesses));
        }
        return read;
    }

    private static Part withOpening(Part part, Opening opening, Metadata metadata, List<Guess> guesses) {
        Document document = part.parsed().document();
        ParsedWhitePaper parsed = new ParsedWhitePaper(
                new Document(metadata, document.preamble(), document.sections()),
                part.parsed().dropped(),
                guesses,
                opening);
        return new Part(part.seedName(), part.file(), parsed, part.number());
    }

    /** Each later part's opening, placed after the last section of the part before when that is held. */
    private static List<Continuation> continuations(
            List<Part> parts, List<Section> sections, List<Problem> problems, List<Guess> guesses) {
        List<Continuation> continuations = new ArrayList<>();
        for (Part part : parts) {
            Opening opening = part.parsed().opening();
            int before = part.number() - 1;
            Part previous =
                    parts.stream().filter(p -> p.number() == before).findFirst().orElse(null);
            if (part.number() <= 1 || opening.isEmpty() || previous == null) {
                continue;
            }
            List<Section> own = previous.parsed().document().sections();
            Section last = own.get(own.size() - 1);
            Section target = sections.stream()
                    .filter(s -> s.kind() == last.kind() && Objects.equals(s.numeral(), last.numeral()))
                    .findFirst()
                    .orElseThrow();
            LineRange lines = opening.lines().orElseThrow();
            Continuation continuation =
                    new Continuation(target, opening.blocks(), opening.subsections(), part.seedName(), lines);
            continuations.add(continuation);
            String where = "part " + part.number();
            String into = target.subsections().isEmpty()
                    ? "section " + name(target)
                    : "subsection "
                            + subsectionNumber(
                                    target,
                                    target.subsections()
                                            .get(target.subsections().size() - 1)) + " of section " + name(target);
            continuation
                    .blockLines()
                    .ifPresent(range -> guesses.add(new Guess(
                            range.first(),
                            where + " " + range(range) + " continue" + (range.first() == range.last() ? "s " : " ")
                                    + into + " (part " + before + "): appended after its own text")));
            for (Subsection subsection : opening.subsections()) {
                boolean taken = target.subsections().stream().anyMatch(s -> s.number() == subsection.number());
                if (taken) {
                    problems.add(Problem.at(
                            part.file(),
                            subsection.lines().first(),
                            "subsection " + subsection.number() + " opens this part, and section " + name(target)
                                    + ", which it continues, already has a subsection " + subsection.number()
                                    + " (" + previous.where(target.lines().first()) + ")",
                            "check that the two files are consecutive parts of one edition, and renumber the"
                                    + " subsection that is wrong"));
                } else {
                    guesses.add(new Guess(
                            subsection.lines().first(),
                            where + " " + range(subsection.lines()) + ": subsection "
                                    + subsectionNumber(target, subsection) + " \"" + subsection.title()
                                    + "\" opens the part with no section heading before it, so it belongs to section "
                                    + name(target) + " (part " + before + ")"));
                }
            }
        }
        return continuations;
    }

    /** Whether a cover paragraph of {@code part} is text a continuation placed in a section. */
    private static boolean placed(Part part, Paragraph paragraph, List<Continuation> continuations) {
        return continuations.stream()
                .anyMatch(c -> c.seed().equals(part.seedName())
                        && c.lines().first() <= paragraph.lines().first()
                        && paragraph.lines().last() <= c.lines().last());
    }

    private static String subsectionNumber(Section section, Subsection subsection) {
        return section.kind() == SectionKind.NUMBERED
                ? section.arabicNumber() + "." + subsection.number()
                : Integer.toString(subsection.number());
    }

    /** {@code lines 9–14}, or {@code line 9}. */
    private static String range(LineRange lines) {
        return lines.first() == lines.last()
                ? "line " + lines.first()
                : "lines " + lines.first() + "\u2013" + lines.last();
    }

    /** Parts in order: numbered ones by number, then the others; one unknown part fills the one gap. */
    private static List<Part> assignUnknown(List<Part> given, List<Guess> guesses) {
        List<Part> parts = new ArrayList<>(given);
        List<Part> unknown = parts.stream().filter(p -> p.number() == 0).toList();
        int total = parts.stream()
                .map(Part::metadata)
                .filter(m -> m.parts() != null)
                .mapToInt(m -> m.parts().value())
                .max()
                .orElse(0);
        TreeSet<Integer> gaps = new TreeSet<>();
        for (int n = 1; n <= total; n++) {
            gaps.add(n);
        }
        parts.forEach(p -> gaps.remove(p.number()));
        if (unknown.size() == 1 && gaps.size() == 1 && total > 1) {
            Part part = unknown.get(0);
            int number = gaps.first();
            parts.set(parts.indexOf(part), new Part(part.seedName(), part.file(), part.parsed(), number));
            guesses.add(new Guess(
                    part.metadata().parts().line(),
                    part.seedName() + " is taken as part " + number + " of " + total
                            + ": its pagination does not say which, and it is the only part not held"));
        }
        parts.sort(Comparator.comparingInt((Part p) -> p.number() == 0 ? Integer.MAX_VALUE : p.number()));
        return parts;
    }

    private static void checkSameDocument(Part first, Part part, List<Problem> problems) {
        Found<String> title = first.metadata().title();
        Found<String> other = part.metadata().title();
        if (part.file() != first.file()
                && !HeaderReader.normalise(title.value()).equals(HeaderReader.normalise(other.value()))) {
            problems.add(Problem.at(
                    part.file(),
                    other.line(),
                    "is a part of a different document: its title \"" + other.value() + "\" is not \"" + title.value()
                            + "\" (" + first.where(title.line()) + ")",
                    "import it into another site's content folder, or correct the title line of the file"
                            + " that is wrong"));
        }
        Found<Integer> parts = first.metadata().parts();
        Found<Integer> otherParts = part.metadata().parts();
        if (part.file() != first.file()
                && parts != null
                && otherParts != null
                && !parts.value().equals(otherParts.value())) {
            problems.add(Problem.at(
                    part.file(),
                    otherParts.line(),
                    "the pagination says the document has " + otherParts.value() + " parts, but "
                            + first.where(parts.line()) + " says " + parts.value(),
                    "import the parts of one edition of the document together"));
        }
    }

    private static void checkOnePerNumber(List<Part> parts, List<Problem> problems) {
        for (int i = 1; i < parts.size(); i++) {
            Part previous = parts.get(i - 1);
            Part part = parts.get(i);
            if (part.number() > 0 && part.number() == previous.number()) {
                problems.add(Problem.at(
                        part.file(),
                        part.metadata().parts().line(),
                        "is part " + part.number() + ", and so is "
                                + previous.where(previous.metadata().parts().line()),
                        "import one file for each part (a part imported again replaces the earlier copy)"));
            }
        }
    }

    /** The sections of every part in document order; one section in two parts must have one text. */
    private static List<Section> mergeSections(
            List<Part> parts, Map<Section, String> seedOf, List<Problem> problems, List<Guess> guesses) {
        Map<String, Section> byKey = new LinkedHashMap<>();
        Map<String, Part> ownerOf = new LinkedHashMap<>();
        for (Part part : parts) {
            for (Section section : part.parsed().document().sections()) {
                String key = section.kind() + " " + Objects.toString(section.numeral(), "");
                Section earlier = byKey.get(key);
                if (earlier == null) {
                    byKey.put(key, section);
                    ownerOf.put(key, part);
                    seedOf.put(section, part.seedName());
                } else if (text(earlier).equals(text(section))) {
                    guesses.add(new Guess(
                            section.lines().first(),
                            "section " + name(section) + " of " + part.seedName() + " is also in "
                                    + ownerOf.get(key).where(earlier.lines().first())
                                    + " with the same text: kept once"));
                } else {
                    problems.add(Problem.at(
                            part.file(),
                            section.lines().first(),
                            "section " + name(section) + " is also in "
                                    + ownerOf.get(key).where(earlier.lines().first()) + ", with different text",
                            "a section belongs to one part: remove it from one of the two files, or import the"
                                    + " right edition of the part"));
                }
            }
        }
        return byKey.values().stream()
                .sorted(Comparator.comparingInt((Section s) -> s.kind().ordinal())
                        .thenComparingInt(Section::arabicNumber))
                .toList();
    }

    private static String name(Section section) {
        return section.numeral() != null ? section.numeral() : section.title();
    }

    /** Everything a reader reads in a section, without the line numbers it came from. */
    private static String text(Section section) {
        StringBuilder text = new StringBuilder(section.title()).append('\n');
        Function<List<Block>, String> blocks = list -> String.join(
                "\n",
                list.stream()
                        .flatMap(block -> block instanceof Panel panel
                                ? java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(Paragraph.plain(panel.title(), panel.lines())),
                                        panel.paragraphs().stream())
                                : java.util.stream.Stream.of((Paragraph) block))
                        .map(Paragraph::text)
                        .toList());
        text.append(blocks.apply(section.intro()));
        for (Subsection subsection : section.subsections()) {
            text.append('\n')
                    .append(subsection.number())
                    .append(subsection.title())
                    .append('\n');
            text.append(blocks.apply(subsection.blocks()));
        }
        return text.toString();
    }

    /** Every part's metadata in one: the lowest part's value where two disagree, the disagreement kept. */
    private static MetadataBuilder mergeMetadata(List<Part> parts, List<Conflict> conflicts) {
        MetadataBuilder merged = new MetadataBuilder();
        merged.title = pick(parts, "title", Metadata::title, conflicts);
        merged.publisher = pick(parts, "publisher", Metadata::publisher, conflicts);
        merged.publication = pick(parts, "publication", Metadata::publication, conflicts);
        merged.issuer = pick(parts, "issuer", Metadata::issuer, conflicts);
        merged.updated = pick(parts, "updated", Metadata::updated, conflicts);
        merged.posted = pick(parts, "posted", Metadata::posted, conflicts);
        merged.issued = pick(parts, "published", Metadata::issued, conflicts);
        merged.year = pick(parts, "year", Metadata::year, conflicts);
        merged.sourceHost = pick(parts, "source_host", Metadata::sourceHost, conflicts);
        merged.standfirst = pick(parts, "standfirst", Metadata::standfirst, conflicts);
        merged.copyright = pick(parts, "copyright", Metadata::copyright, conflicts);
        merged.parts = pick(parts, "parts", Metadata::parts, conflicts);
        Found<Integer> part = parts.get(0).metadata().part();
        if (parts.size() == 1 && part != null) {
            merged.part = part;
        }
        return merged;
    }

    private static <T> Found<T> pick(
            List<Part> parts, String key, Function<Metadata, Found<T>> field, List<Conflict> conflicts) {
        Found<T> kept = null;
        Part keeper = null;
        for (Part part : parts) {
            Found<T> value = field.apply(part.metadata());
            if (value == null) {
                continue;
            }
            if (kept == null) {
                kept = new Found<>(
                        value.value(), value.line(), parts.size() > 1 ? Problem.displayPath(part.file()) : null);
                keeper = part;
            } else if (!same(key, kept.value(), value.value())) {
                conflicts.add(new Conflict(
                        key,
                        keeper.where(kept.line()) + " " + kept.value(),
                        part.where(value.line()) + " " + value.value()));
            }
        }
        return kept;
    }

    private static boolean same(String key, Object a, Object b) {
        return key.equals("title")
                ? HeaderReader.normalise(a.toString()).equals(HeaderReader.normalise(b.toString()))
                : a.equals(b);
    }
}
