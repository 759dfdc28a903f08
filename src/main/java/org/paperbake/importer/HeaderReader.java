package org.paperbake.importer;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the lines before a white paper's first section: the web page's navigation, the title, the
 * date and source lines, the issuing office, a standfirst, and whatever else a site put there.
 *
 * <p>It reads in two passes. The first says what each line could be, alone; the second decides by
 * position: the title is the line with a {@code Full text:} prefix, else the title-like line
 * closest above the first date line, else the first title-like line; the issuing office is the
 * line right above a month line; navigation is dropped above the title. A line that fits nowhere
 * is kept as text on the cover and reported as a guess: it is never made the title and never
 * dropped silently.
 */
final class HeaderReader {

    /** A standfirst is a sentence or two, not an article. */
    private static final int MAX_STANDFIRST_LENGTH = 600;

    /** What a header line could be, judged alone. */
    private enum Kind {
        HOST,
        YEAR,
        UPDATED,
        SOURCE_DATE,
        MONTH,
        SCIO_PUBLISHER,
        NAVIGATION,
        LABEL,
        FULL_TEXT_TITLE,
        TITLE_LIKE,
        PROSE
    }

    /** One header line: where it is, what it says, what it could be and what was decided. */
    private static final class HeaderLine {
        final int block;
        final int number;
        final String text;
        final Kind kind;
        boolean placed;

        HeaderLine(int block, int number, String text, Kind kind) {
            this.block = block;
            this.number = number;
            this.text = text;
            this.kind = kind;
        }
    }

    /** A header line as the parser gives it: its 1-based number and its trimmed text. */
    record Source(int number, String text) {}

    private final MetadataBuilder metadata;
    private final List<DroppedLine> dropped;
    private final List<Guess> guesses;
    private final List<HeaderLine> lines = new ArrayList<>();

    HeaderReader(MetadataBuilder metadata, List<DroppedLine> dropped, List<Guess> guesses) {
        this.metadata = metadata;
        this.dropped = dropped;
        this.guesses = guesses;
    }

    /** Reads {@code blocks} (each a run of consecutive lines) and gives the text kept for the cover. */
    List<Paragraph> read(List<List<Source>> blocks) {
        for (int b = 0; b < blocks.size(); b++) {
            for (Source line : blocks.get(b)) {
                lines.add(new HeaderLine(b, line.number(), line.text(), kindOf(line.text())));
            }
        }
        findIssuer();
        int title = findTitle();
        for (int i = 0; i < lines.size(); i++) {
            place(lines.get(i), title >= 0 && i < title, title >= 0 && i > title);
        }
        findStandfirst(title);
        return kept();
    }

    private static Kind kindOf(String text) {
        if (Boilerplate.isHost(text)) {
            return Kind.HOST;
        } else if (Boilerplate.isYear(text)) {
            return Kind.YEAR;
        } else if (Boilerplate.updated(text).isPresent()) {
            return Kind.UPDATED;
        } else if (WebCopyLines.sourceDate(text).isPresent()) {
            return Kind.SOURCE_DATE;
        } else if (DateText.month(text, true).isPresent()) {
            return Kind.MONTH;
        } else if (Boilerplate.isScioPublisher(text)) {
            return Kind.SCIO_PUBLISHER;
        } else if (WebCopyLines.fullTextTitle(text).isPresent()) {
            return Kind.FULL_TEXT_TITLE;
        } else if (WebCopyLines.isNavigation(text, false)) {
            return Kind.NAVIGATION;
        } else if (WebCopyLines.isLowerCaseLabel(text)) {
            return Kind.LABEL;
        } else if (looksLikeTitle(text)) {
            return Kind.TITLE_LIKE;
        }
        return Kind.PROSE;
    }

    /** A title is short, does not end like a sentence, and starts with a capital, a digit or a quote. */
    static boolean looksLikeTitle(String text) {
        if (text.isEmpty() || text.length() > 160 || ".,;:\u3002".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        int first = text.codePointAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first) || "\"'\u201C\u2018".indexOf(first) >= 0)
                && text.codePoints().anyMatch(Character::isLetter);
    }

    /** The line right above a month line names the office that issued the paper, if a title is above it. */
    private void findIssuer() {
        for (int i = 2; i < lines.size(); i++) {
            HeaderLine month = lines.get(i);
            HeaderLine above = lines.get(i - 1);
            boolean titleAbove = lines.subList(0, i - 1).stream()
                    .anyMatch(line -> line.kind == Kind.TITLE_LIKE || line.kind == Kind.FULL_TEXT_TITLE);
            boolean office = above.kind == Kind.TITLE_LIKE || above.kind == Kind.SCIO_PUBLISHER;
            if (month.kind == Kind.MONTH && office && titleAbove && metadata.issuer == null) {
                metadata.issuer = new Found<>(above.text.replace('\u2019', '\''), above.number);
                above.placed = true;
            }
        }
    }

    /** The index of the title line, or -1 when no line can be the title. */
    private int findTitle() {
        for (int i = 0; i < lines.size(); i++) {
            HeaderLine line = lines.get(i);
            if (line.kind == Kind.FULL_TEXT_TITLE) {
                String[] prefixAndTitle = WebCopyLines.fullTextTitle(line.text).orElseThrow();
                metadata.title = new Found<>(prefixAndTitle[1], line.number);
                dropped.add(new DroppedLine(
                        line.number, prefixAndTitle[0], "prefix of the title (the title is kept without it)"));
                line.placed = true;
                return i;
            }
        }
        int firstDate = -1;
        for (int i = 0; i < lines.size() && firstDate < 0; i++) {
            Kind kind = lines.get(i).kind;
            firstDate = kind == Kind.UPDATED || kind == Kind.SOURCE_DATE || kind == Kind.MONTH ? i : -1;
        }
        int title = -1;
        for (int i = 0; i < lines.size(); i++) {
            HeaderLine line = lines.get(i);
            boolean candidate = line.kind == Kind.TITLE_LIKE && !line.placed && line.text.contains(" ");
            if (candidate && (title < 0 || (firstDate >= 0 && i < firstDate))) {
                title = i;
            }
        }
        if (title >= 0) {
            metadata.title = new Found<>(lines.get(title).text, lines.get(title).number);
            lines.get(title).placed = true;
        }
        return title;
    }

    /** Decides one line; {@code aboveTitle} and {@code belowTitle} say where it is. */
    private void place(HeaderLine line, boolean aboveTitle, boolean belowTitle) {
        if (line.placed) {
            return;
        }
        String text = line.text;
        switch (line.kind) {
            case HOST -> placeHost(line, belowTitle);
            case YEAR -> {
                if (metadata.year == null && !belowTitle) {
                    metadata.year = new Found<>(Year.of(Integer.parseInt(text)), line.number);
                    line.placed = true;
                }
            }
            case UPDATED -> placeUpdated(line);
            case SOURCE_DATE -> placeSourceDate(line);
            case MONTH -> {
                if (metadata.issued == null) {
                    metadata.issued = new Found<>(DateText.month(text, true).orElseThrow(), line.number);
                    line.placed = true;
                }
            }
            case SCIO_PUBLISHER -> {
                if (metadata.publisher == null) {
                    metadata.publisher = new Found<>(text, line.number);
                    line.placed = true;
                }
            }
            case NAVIGATION -> drop(line, aboveTitle ? "site navigation above the title" : "site navigation");
            case LABEL -> {
                if (!belowTitle) {
                    drop(line, "site section label above the title (in lower case, so not the title)");
                }
            }
            default -> {}
        }
        if (!line.placed && metadata.title != null && sameTitle(text, metadata.title.value())) {
            drop(line, "the title again");
        }
    }

    private void placeHost(HeaderLine line, boolean belowTitle) {
        if (metadata.sourceHost == null && !belowTitle) {
            metadata.sourceHost = new Found<>(line.text.toLowerCase(Locale.ROOT), line.number);
            line.placed = true;
        }
    }

    private void placeUpdated(HeaderLine line) {
        Boilerplate.Updated updated = Boilerplate.updated(line.text).orElseThrow();
        if (metadata.updated != null) {
            repeated(line, metadata.updated.value().equals(updated.date()), "date line");
            return;
        }
        metadata.updated = new Found<>(updated.date(), line.number);
        line.placed = true;
        String publication = updated.publication();
        if (publication != null) {
            metadata.publication = new Found<>(publication, line.number);
            // The outlet's name is on the line ("China Daily Print"), so the publisher is not invented.
            if (publication.startsWith("China Daily") && metadata.publisher == null) {
                metadata.publisher = new Found<>("China Daily", line.number);
            }
        }
    }

    private void placeSourceDate(HeaderLine line) {
        WebCopyLines.SourceDate found = WebCopyLines.sourceDate(line.text).orElseThrow();
        if (found.date() != null) {
            Found<java.time.LocalDate> existing = found.updated() ? metadata.updated : metadata.posted;
            if (existing != null) {
                repeated(line, existing.value().equals(found.date()), "date line");
                return;
            }
            if (found.updated()) {
                metadata.updated = new Found<>(found.date(), line.number);
            } else {
                metadata.posted = new Found<>(found.date(), line.number);
            }
        }
        if (found.source() != null && metadata.publisher == null) {
            metadata.publisher = new Found<>(found.source(), line.number);
        }
        line.placed = true;
    }

    /** A second metadata line: dropped when it says the same, kept and reported when it does not. */
    private void repeated(HeaderLine line, boolean same, String what) {
        if (same) {
            drop(line, what + " (repeated)");
        }
    }

    private void drop(HeaderLine line, String reason) {
        dropped.add(new DroppedLine(line.number, line.text, reason));
        line.placed = true;
    }

    /**
     * The first run of unplaced prose right after the title (nothing but metadata and furniture
     * between), ending like a sentence: the republisher's standfirst, which goes to front matter,
     * since it is not the document's text.
     */
    private void findStandfirst(int title) {
        if (title < 0) {
            return;
        }
        int i = title + 1;
        while (i < lines.size() && lines.get(i).placed) {
            i++;
        }
        if (i >= lines.size() || lines.get(i).kind != Kind.PROSE) {
            return;
        }
        int block = lines.get(i).block;
        List<HeaderLine> run = new ArrayList<>();
        for (int j = i; j < lines.size() && lines.get(j).block == block && !lines.get(j).placed; j++) {
            run.add(lines.get(j));
        }
        String text = String.join(" ", run.stream().map(line -> line.text).toList());
        boolean sentence = ".!?:\u201D\"'\u2019)".indexOf(text.charAt(text.length() - 1)) >= 0;
        if (sentence && text.length() <= MAX_STANDFIRST_LENGTH) {
            metadata.standfirst = new Found<>(text, run.get(0).number);
            run.forEach(line -> line.placed = true);
            guesses.add(new Guess(
                    run.get(0).number,
                    "standfirst: the sentence after the title is taken as the republisher's summary, not the"
                            + " document's text (front matter 'standfirst')"));
        }
    }

    /** The unplaced lines, joined into paragraphs by block, each reported as a guess. */
    private List<Paragraph> kept() {
        List<Paragraph> preamble = new ArrayList<>();
        List<HeaderLine> run = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            HeaderLine line = i < lines.size() ? lines.get(i) : null;
            boolean ends = line == null || line.placed || (!run.isEmpty() && run.get(0).block != line.block);
            if (ends && !run.isEmpty()) {
                preamble.add(Paragraph.plain(
                        String.join(" ", run.stream().map(l -> l.text).toList()),
                        new LineRange(run.get(0).number, run.get(run.size() - 1).number)));
                guesses.add(new Guess(
                        run.get(0).number,
                        "could not place this text before the first section (not a title, date, source or"
                                + " site furniture): kept as text on the cover"));
                run.clear();
            }
            if (line != null && !line.placed) {
                run.add(line);
            }
        }
        return preamble;
    }

    /** The title written again, perhaps in other case or with a prefix such as "Full text:". */
    private static boolean sameTitle(String text, String title) {
        String bare = WebCopyLines.fullTextTitle(text).map(t -> t[1]).orElse(text);
        return normalise(bare).equals(normalise(title));
    }

    /** Case, spacing and the kind of apostrophe and quote marks don't make two titles differ. */
    static String normalise(String title) {
        return title.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** For the parser's check: was any line taken as the title? */
    Optional<Found<String>> title() {
        return Optional.ofNullable(metadata.title);
    }
}
