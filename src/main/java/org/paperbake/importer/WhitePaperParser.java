package org.paperbake.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * Reads the plain text of a white paper into a {@link Document}.
 *
 * <p>Every word of the text is kept. Only recognised boilerplate is left out, and each line left out
 * is listed with its reason; metadata lines become {@link Metadata}; places where the structure had
 * to be guessed (lead-in sentences, where a panel ends) are listed as {@link Guess}es.
 */
final class WhitePaperParser {

    /** Headings are short; a longer line is a paragraph even if it starts like a heading. */
    private static final int MAX_HEADING_LENGTH = 160;

    private static final Pattern ROMAN_HEADING = Pattern.compile("([IVX]{1,6})\\.\\s+(\\S.*)");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("(\\d{1,2})\\.\\s+(\\S.*)");
    private static final Pattern PANEL_HEADING =
            Pattern.compile("Panel\\s+(\\d{1,3})\\s*[:.\u2014\u2013-]?\\s+(\\S.*)");

    /** Reads and parses {@code file}. */
    public ParsedWhitePaper parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PaperbakeException.BadInput(
                    "no such file",
                    List.of(Problem.at(
                            file, 0, "no such file", "check the path of the plain-text white paper to import")));
        } catch (IOException e) {
            throw new PaperbakeException.BadInput(
                    "unreadable file",
                    List.of(Problem.at(
                            file,
                            0,
                            "cannot be read (" + e.getClass().getSimpleName() + ")",
                            "check that the path names a readable file")));
        }
        return parse(bytes, file);
    }

    /**
     * Parses the bytes of a seed; {@code file} is only used to name it in problems.
     *
     * @throws PaperbakeException.BadInput listing every problem when the bytes are not a white paper
     */
    public ParsedWhitePaper parse(byte[] bytes, Path file) {
        return new Run(SourceText.lines(bytes, file), file).parse();
    }

    /** Whether {@code text} is a section heading: Preface, Conclusion, "VI. Title" and the like. */
    static boolean isSectionHeading(String text) {
        return Run.topLevelHeading(text, 1).isPresent();
    }

    /** Whether {@code text} is a subsection or panel heading: "1. Title", "Panel 8 Title". */
    static boolean isSubsectionHeading(String text) {
        Matcher numbered = NUMBERED_HEADING.matcher(text);
        Matcher panel = PANEL_HEADING.matcher(text);
        return (numbered.matches() && Run.isHeadingText(numbered.group(2)))
                || (panel.matches() && Run.isHeadingText(panel.group(2)));
    }

    /** What a single source line turned out to be, before blocks are formed. */
    private enum LineKind {
        EMPTY,
        DROPPED,
        METADATA,
        TEXT
    }

    /** A line of text with its 1-based number. */
    private record Line(int number, String text) {}

    /** Consecutive text lines: a paragraph, a heading, or a panel title with its first paragraph. */
    private record TextBlock(List<Line> lines) {

        Line first() {
            return lines.get(0);
        }

        LineRange range() {
            return new LineRange(first().number(), lines.get(lines.size() - 1).number());
        }

        boolean isSingleLine() {
            return lines.size() == 1;
        }

        static String join(List<Line> lines) {
            return String.join(" ", lines.stream().map(Line::text).toList());
        }
    }

    /** One parse: the state collected while walking the lines once. */
    private static final class Run {

        private final List<String> source;
        private final Path file;
        private final LineKind[] kinds;
        private final MetadataBuilder metadata = new MetadataBuilder();
        private final List<DroppedLine> dropped = new ArrayList<>();
        private final List<Guess> guesses = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        private final List<Section> sections = new ArrayList<>();
        private SectionBuilder section;
        private SubsectionBuilder subsection;
        private PanelBuilder panel;

        Run(List<String> source, Path file) {
            this.source = source;
            this.file = file;
            this.kinds = new LineKind[source.size()];
        }

        ParsedWhitePaper parse() {
            for (int i = 0; i < source.size(); i++) {
                kinds[i] = classify(i + 1, source.get(i));
            }
            new ContentsLists(source, i -> kinds[i] == LineKind.TEXT, this::dropContentsLine).mark();
            List<TextBlock> blocks = textBlocks();
            int firstHeading = firstSectionHeading(blocks);
            List<TextBlock> header = firstHeading < 0 ? blocks : blocks.subList(0, firstHeading);
            List<Paragraph> preamble = readHeader(header);
            Opening opening = firstHeading < 0 ? Opening.NONE : readOpening(header, preamble);
            if (firstHeading < 0) {
                problems.add(Problem.at(
                        file,
                        1,
                        "no recognisable sections",
                        "put each heading (Preface, Introduction, \"I. Title\", Conclusion) on a line of its own, "
                                + "followed by a blank line"));
            } else {
                blocks.subList(firstHeading, blocks.size()).forEach(this::readBody);
                closeSection();
            }
            if (!problems.isEmpty()) {
                throw new PaperbakeException.BadInput("not a white paper", problems);
            }
            dropped.sort(Comparator.comparingInt(DroppedLine::line));
            guesses.sort(Comparator.comparingInt(Guess::line));
            return new ParsedWhitePaper(new Document(metadata.build(), preamble, sections), dropped, guesses, opening);
        }

        /** Boilerplate and metadata that may appear anywhere on the page. */
        private LineKind classify(int number, String raw) {
            if (raw.isEmpty()) {
                return LineKind.EMPTY;
            }
            String line = Boilerplate.trim(raw);
            if (Boilerplate.isBlank(raw)) {
                drop(number, raw, raw.indexOf('\u00A0') >= 0 ? "only non-breaking spaces" : "only whitespace");
                return LineKind.DROPPED;
            }
            if (Boilerplate.isShareWidget(line)) {
                return drop(number, raw, "share widget");
            }
            if (Boilerplate.isRegistration(line)) {
                return drop(number, raw, "website registration (ICP) line");
            }
            Optional<String> pageMarker = Boilerplate.scioPageMarker(line);
            if (pageMarker.isPresent()) {
                return drop(number, raw, "page marker (page " + pageMarker.get() + ")");
            }
            Optional<Boilerplate.Pagination> pagination = Boilerplate.pagination(line);
            if (pagination.isPresent()) {
                return metadata.parts == null
                        ? pagination(number, pagination.get())
                        : drop(number, raw, "pagination links (repeated)");
            }
            if (Boilerplate.isCopyright(line)) {
                if (metadata.copyright != null) {
                    return drop(
                            number,
                            raw,
                            metadata.copyright.value().equals(line)
                                    ? "copyright line (repeated)"
                                    : "another copyright line (the first, line " + metadata.copyright.line()
                                            + ", is kept)");
                }
                metadata.copyright = new Found<>(line, number);
                return LineKind.METADATA;
            }
            return classifyWebFurniture(number, raw, line);
        }

        /** A web site's lines that may appear anywhere: footer links, editor credits, terms of use. */
        private LineKind classifyWebFurniture(int number, String raw, String line) {
            if (WebCopyLines.isEditorCredit(line)) {
                return drop(number, raw, "editor credit");
            }
            if (WebCopyLines.isSiteTerms(line)) {
                return drop(number, raw, "the web site's terms of use");
            }
            if (WebCopyLines.isNavigation(line, true)
                    && WebCopyLines.sourceDate(line).isEmpty()) {
                return drop(number, raw, "site navigation links");
            }
            return LineKind.TEXT;
        }

        private LineKind pagination(int number, Boilerplate.Pagination pages) {
            metadata.parts = new Found<>(pages.parts(), number);
            if (pages.certain()) {
                metadata.part = new Found<>(pages.part(), number);
            } else {
                guesses.add(new Guess(
                        number,
                        "pagination without a single arrow: this is one of " + pages.parts()
                                + " parts, but it does not say which (a number in the file name may)"));
            }
            return LineKind.METADATA;
        }

        private void dropContentsLine(int index, String reason) {
            kinds[index] = drop(index + 1, source.get(index), reason);
        }

        private LineKind drop(int number, String raw, String reason) {
            dropped.add(new DroppedLine(number, raw, reason));
            return LineKind.DROPPED;
        }

        /** Groups consecutive text lines; any other line ends a block. */
        private List<TextBlock> textBlocks() {
            List<TextBlock> blocks = new ArrayList<>();
            List<Line> current = new ArrayList<>();
            for (int i = 0; i <= source.size(); i++) {
                if (i < source.size() && kinds[i] == LineKind.TEXT) {
                    current.add(new Line(i + 1, Boilerplate.trim(source.get(i))));
                } else if (!current.isEmpty()) {
                    blocks.add(new TextBlock(List.copyOf(current)));
                    current.clear();
                }
            }
            return blocks;
        }

        private int firstSectionHeading(List<TextBlock> blocks) {
            for (int i = 0; i < blocks.size(); i++) {
                if (topLevelHeading(blocks.get(i)).isPresent()) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The lines before the first section: navigation, title, date and source lines, a
         * standfirst ({@link HeaderReader}). Anything else there is kept as preamble text rather
         * than lost.
         */
        private List<Paragraph> readHeader(List<TextBlock> header) {
            List<List<HeaderReader.Source>> lines = header.stream()
                    .map(block -> block.lines().stream()
                            .map(line -> new HeaderReader.Source(line.number(), line.text()))
                            .toList())
                    .toList();
            List<Paragraph> preamble = new HeaderReader(metadata, dropped, guesses).read(lines);
            if (metadata.title == null) {
                problems.add(Problem.at(
                        file,
                        header.isEmpty() ? 1 : header.get(0).first().number(),
                        "no recognisable title",
                        "put the white paper's title on a line of its own before the first section"));
            }
            return preamble;
        }

        /**
         * The text after the title of a later part of a paginated copy, read as body text: it may
         * continue the last section of the part before ({@link DocumentParts} decides). The
         * standfirst is read too, since in a later part it may be the text's first paragraph.
         */
        private Opening readOpening(List<TextBlock> header, List<Paragraph> preamble) {
            boolean firstPart = metadata.part != null && metadata.part.value() == 1;
            if (metadata.parts == null || firstPart || metadata.title == null) {
                return Opening.NONE;
            }
            int title = metadata.title.line();
            List<LineRange> ranges = new ArrayList<>();
            if (metadata.standfirst != null) {
                int first = metadata.standfirst.line();
                header.stream()
                        .filter(block -> block.range().first() <= first
                                && first <= block.range().last())
                        .findFirst()
                        .ifPresent(block ->
                                ranges.add(new LineRange(first, block.range().last())));
            }
            preamble.stream()
                    .map(Paragraph::lines)
                    .filter(lines -> lines.first() > title)
                    .forEach(ranges::add);
            if (ranges.isEmpty()) {
                return Opening.NONE;
            }
            ranges.sort(Comparator.comparingInt(LineRange::first));
            int guessed = guesses.size();
            section = new SectionBuilder(null, ranges.get(0).first());
            for (LineRange range : ranges) {
                List<Line> lines = new ArrayList<>();
                for (int n = range.first(); n <= range.last(); n++) {
                    if (kinds[n - 1] == LineKind.TEXT) {
                        lines.add(new Line(n, Boilerplate.trim(source.get(n - 1))));
                    }
                }
                readBody(new TextBlock(List.copyOf(lines)));
            }
            closeSubsection();
            List<Guess> asBody = new ArrayList<>(guesses.subList(guessed, guesses.size()));
            guesses.subList(guessed, guesses.size()).clear();
            Opening opening = new Opening(section.intro, section.subsections, metadata.standfirst != null, asBody);
            section = null;
            return opening;
        }

        private void readBody(TextBlock block) {
            Optional<Section> heading = topLevelHeading(block);
            if (heading.isPresent()) {
                closeSection();
                section = new SectionBuilder(heading.get(), block.first().number());
                return;
            }
            Matcher numbered = NUMBERED_HEADING.matcher(block.first().text());
            if (block.isSingleLine() && numbered.matches() && isHeadingText(numbered.group(2))) {
                closeSubsection();
                subsection = new SubsectionBuilder(
                        Integer.parseInt(numbered.group(1)),
                        numbered.group(2),
                        block.first().number());
                if (!section.subsectionNumbers.add(subsection.number)) {
                    problems.add(Problem.at(
                            file,
                            block.first().number(),
                            "subsection " + subsection.number + " appears twice in one section",
                            "renumber the subsections so that each number is used once"));
                }
                return;
            }
            Matcher panelTitle = PANEL_HEADING.matcher(block.first().text());
            if (panelTitle.matches() && isHeadingText(panelTitle.group(2))) {
                closePanel();
                panel = new PanelBuilder(
                        Integer.parseInt(panelTitle.group(1)),
                        panelTitle.group(2),
                        block.first().number());
                List<Line> rest = block.lines().subList(1, block.lines().size());
                if (!rest.isEmpty()) {
                    panel.paragraphs.add(Paragraph.plain(
                            TextBlock.join(rest),
                            new LineRange(
                                    rest.get(0).number(),
                                    rest.get(rest.size() - 1).number())));
                }
                return;
            }
            readParagraph(TextBlock.join(block.lines()), block.range());
        }

        private void readParagraph(String text, LineRange lines) {
            Optional<String> leadIn = LeadIns.find(text);
            if (panel != null && leadIn.isEmpty()) {
                panel.paragraphs.add(Paragraph.plain(text, lines));
                return;
            }
            if (panel != null) {
                guesses.add(new Guess(
                        lines.first(),
                        "panel " + panel.number + " ends before this paragraph, which opens with a lead-in sentence"));
                closePanel();
            }
            leadIn.ifPresent(sentence ->
                    guesses.add(new Guess(lines.first(), "lead-in sentence set in bold: \"" + sentence + "\"")));
            addBlock(new Paragraph(text, leadIn.orElse(null), lines));
        }

        private void addBlock(Block block) {
            if (subsection != null) {
                subsection.blocks.add(block);
            } else {
                section.intro.add(block);
            }
        }

        private void closePanel() {
            if (panel != null) {
                PanelBuilder closing = panel;
                panel = null;
                addBlock(closing.build());
            }
        }

        private void closeSubsection() {
            closePanel();
            if (subsection != null) {
                section.subsections.add(subsection.build());
                subsection = null;
            }
        }

        private void closeSection() {
            closeSubsection();
            if (section != null) {
                Section built = section.build();
                boolean repeated = sections.stream()
                        .anyMatch(s ->
                                s.kind() == built.kind() && java.util.Objects.equals(s.numeral(), built.numeral()));
                if (repeated) {
                    problems.add(Problem.at(
                            file,
                            built.lines().first(),
                            "section " + (built.numeral() != null ? built.numeral() : built.title()) + " appears twice",
                            "give each section its own heading, or import the two copies separately"));
                }
                sections.add(built);
                section = null;
            }
        }

        /** Preface, Foreword, Introduction, Conclusion or a roman-numbered heading, alone in its block. */
        private static Optional<Section> topLevelHeading(TextBlock block) {
            if (!block.isSingleLine()) {
                return Optional.empty();
            }
            return topLevelHeading(block.first().text(), block.first().number());
        }

        static Optional<Section> topLevelHeading(String text, int line) {
            for (SectionKind kind : SectionKind.values()) {
                if (kind.heading() != null && kind.heading().equalsIgnoreCase(text)) {
                    return Optional.of(
                            new Section(kind, null, kind.heading(), List.of(), List.of(), LineRange.of(line)));
                }
            }
            Matcher roman = ROMAN_HEADING.matcher(text);
            if (roman.matches() && RomanNumerals.isNumeral(roman.group(1)) && isHeadingText(roman.group(2))) {
                return Optional.of(new Section(
                        SectionKind.NUMBERED,
                        roman.group(1),
                        roman.group(2),
                        List.of(),
                        List.of(),
                        LineRange.of(line)));
            }
            return Optional.empty();
        }

        /** Short, and without the closing punctuation of a sentence. */
        private static boolean isHeadingText(String text) {
            if (text.isEmpty() || text.length() > MAX_HEADING_LENGTH) {
                return false;
            }
            char last = text.charAt(text.length() - 1);
            return ".,;:\u3002".indexOf(last) < 0;
        }
    }

    private static final class SectionBuilder {
        final Section heading;
        final int line;
        final List<Block> intro = new ArrayList<>();
        final List<Subsection> subsections = new ArrayList<>();
        final Set<Integer> subsectionNumbers = new HashSet<>();

        SectionBuilder(Section heading, int line) {
            this.heading = heading;
            this.line = line;
        }

        Section build() {
            LineRange lines = LineRange.of(line);
            for (Block block : intro) {
                lines = lines.span(block.lines());
            }
            for (Subsection sub : subsections) {
                lines = lines.span(sub.lines());
            }
            return new Section(heading.kind(), heading.numeral(), heading.title(), intro, subsections, lines);
        }
    }

    private static final class SubsectionBuilder {
        final int number;
        final String title;
        final int line;
        final List<Block> blocks = new ArrayList<>();

        SubsectionBuilder(int number, String title, int line) {
            this.number = number;
            this.title = title;
            this.line = line;
        }

        Subsection build() {
            LineRange lines = LineRange.of(line);
            for (Block block : blocks) {
                lines = lines.span(block.lines());
            }
            return new Subsection(number, title, blocks, lines);
        }
    }

    private static final class PanelBuilder {
        final int number;
        final String title;
        final int line;
        final List<Paragraph> paragraphs = new ArrayList<>();

        PanelBuilder(int number, String title, int line) {
            this.number = number;
            this.title = title;
            this.line = line;
        }

        Panel build() {
            LineRange lines = LineRange.of(line);
            for (Paragraph paragraph : paragraphs) {
                lines = lines.span(paragraph.lines());
            }
            return new Panel(number, title, paragraphs, lines);
        }
    }
}
