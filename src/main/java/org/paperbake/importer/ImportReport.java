package org.paperbake.importer;

import java.util.List;
import java.util.Objects;

/**
 * What an import did: the pages it wrote, the metadata it found, every line it dropped and every
 * guess it made, so that nothing is lost or decided silently.
 *
 * @param seed the files imported, as the user named them, joined by commas
 * @param contentDir the content folder written to
 * @param pages every page the import produces, in document order
 * @param metadata every metadata value found, with its source line
 * @param dropped every boilerplate line left out (of the first file, when only one is read)
 * @param guesses every place the structure was guessed (likewise)
 * @param parts the parts of the document, held and missing; null for a document not published in parts
 * @param conflicts values two parts disagree on, each with both places
 * @param sources each part file read, with its dropped lines and guesses, when more than one is read
 */
public record ImportReport(
        String seed,
        String contentDir,
        List<Page> pages,
        List<Metadata.Entry> metadata,
        List<DroppedLine> dropped,
        List<Guess> guesses,
        PartList parts,
        List<String> conflicts,
        List<Source> sources) {

    /**
     * The parts of a document published in parts.
     *
     * @param total how many parts the document has (0 when no part says)
     * @param held the numbers of the parts held
     * @param missing the numbers of the parts not held
     * @param files each part held, as {@code part 2  seeds/b.txt}
     */
    public record PartList(int total, List<Integer> held, List<Integer> missing, List<String> files) {

        public PartList {
            held = List.copyOf(held);
            missing = List.copyOf(missing);
            files = List.copyOf(files);
        }

        /** {@code 2 of 3 parts held (1, 3); missing: 2}. */
        public String summary() {
            String summary = held.size() + " of " + total + " parts held (" + join(held) + ")";
            return missing.isEmpty() ? summary + ", the whole document" : summary + "; missing: " + join(missing);
        }

        private static String join(List<Integer> numbers) {
            return String.join(", ", numbers.stream().map(String::valueOf).toList());
        }
    }

    /**
     * One file read, with what was dropped and guessed in it.
     *
     * @param file the file, as the user named it or as the earlier part's seed copy
     * @param dropped its lines left out
     * @param guesses its guesses
     */
    public record Source(String file, List<DroppedLine> dropped, List<Guess> guesses) {

        public Source {
            dropped = List.copyOf(dropped);
            guesses = List.copyOf(guesses);
        }
    }

    /** What happened to a page's file. */
    public enum Outcome {
        /** There was no such file. */
        CREATED("created"),
        /** The file held an earlier import, unedited, and now holds this one. */
        UPDATED("updated"),
        /** The file already held exactly this page. */
        UNCHANGED("unchanged"),
        /** The file had been edited or hand-written and {@code --force} replaced it. */
        OVERWRITTEN("overwritten"),
        /** The file belongs to a part not imported now and was edited since: the editor's page stays. */
        KEPT("kept edited"),
        /** The file held a page of a replaced part that the new copy no longer has, as imported. */
        REMOVED("removed");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** The word the report uses. */
        public String label() {
            return label;
        }
    }

    /**
     * One page of the import.
     *
     * @param path the file, relative to the content folder's parent ({@code content/06-….md})
     * @param type document, section or subsection
     * @param number the number as displayed, empty for the cover
     * @param title the page's title
     * @param paragraphs paragraphs of body text, those in panels included
     * @param outcome what happened to the file
     */
    public record Page(String path, String type, String number, String title, int paragraphs, Outcome outcome) {}

    public ImportReport {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(contentDir, "contentDir");
        pages = List.copyOf(pages);
        metadata = List.copyOf(metadata);
        dropped = List.copyOf(dropped);
        guesses = List.copyOf(guesses);
        conflicts = List.copyOf(conflicts);
        sources = List.copyOf(sources);
    }

    /** A readable multi-line report, ending with a newline. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("Imported ").append(seed).append(" into ").append(contentDir).append('\n');
        out.append("\nPages (").append(pages.size()).append("):\n");
        int pathWidth =
                pages.stream().mapToInt(page -> page.path().length()).max().orElse(0);
        String row = "  %-11s %-" + Math.max(pathWidth, 1) + "s  %-10s %-10s %2d ¶  %s%n";
        for (Page page : pages) {
            out.append(String.format(
                    row,
                    page.outcome().label(),
                    page.path(),
                    page.type(),
                    page.number().isEmpty() ? "-" : page.number(),
                    page.paragraphs(),
                    page.title()));
        }
        if (parts != null) {
            out.append("\nParts: ").append(parts.summary()).append('\n');
            parts.files().forEach(file -> out.append("  ").append(file).append('\n'));
        }
        out.append("\nMetadata found (").append(metadata.size()).append("):\n");
        int whereWidth =
                metadata.stream().mapToInt(e -> e.where().length()).max().orElse(0);
        for (Metadata.Entry entry : metadata) {
            out.append(String.format(
                    "  %-" + Math.max(whereWidth, 9) + "s %-12s %s%n", entry.where(), entry.key(), entry.value()));
        }
        if (!conflicts.isEmpty()) {
            out.append("\nConflicts between parts (").append(conflicts.size()).append("):\n");
            conflicts.forEach(conflict -> out.append("  ").append(conflict).append('\n'));
        }
        if (sources.isEmpty()) {
            appendLines(out, "", dropped, guesses);
        } else {
            for (Source source : sources) {
                out.append("\n").append(source.file()).append(":\n");
                appendLines(out, "  ", source.dropped(), source.guesses());
            }
            if (!guesses.isEmpty()) {
                out.append("\nGuesses made putting the parts together (")
                        .append(guesses.size())
                        .append("):\n");
                guesses.forEach(guess -> out.append("  ").append(guess.what()).append('\n'));
            }
        }
        return out.toString();
    }

    private static void appendLines(StringBuilder out, String indent, List<DroppedLine> dropped, List<Guess> guesses) {
        out.append("\n")
                .append(indent)
                .append("Lines dropped (")
                .append(dropped.size())
                .append("):\n");
        for (DroppedLine line : dropped) {
            out.append(indent)
                    .append(String.format("  line %-4d %-34s %s%n", line.line(), line.reason(), visible(line.text())));
        }
        out.append("\n")
                .append(indent)
                .append("Guesses to check (")
                .append(guesses.size())
                .append("):\n");
        for (Guess guess : guesses) {
            out.append(indent).append(String.format("  line %-4d %s%n", guess.line(), guess.what()));
        }
    }

    /** The line quoted, with invisible characters spelled out so a reader sees why it was dropped. */
    private static String visible(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '\u00A0' || c == '\t' || Character.isISOControl(c) || (Character.isSpaceChar(c) && c != ' ')) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append('"').toString();
    }
}
