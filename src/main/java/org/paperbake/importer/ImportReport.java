package org.paperbake.importer;

import java.util.List;
import java.util.Objects;

/**
 * What an import did: the pages it wrote, the metadata it found, every line it dropped and every
 * guess it made, so that nothing is lost or decided silently.
 *
 * @param seed the seed file as the user named it
 * @param contentDir the content folder written to
 * @param pages every page the import produces, in document order
 * @param metadata every metadata value found, with its source line
 * @param dropped every boilerplate line left out
 * @param guesses every place the structure was guessed
 */
public record ImportReport(
        String seed,
        String contentDir,
        List<Page> pages,
        List<Metadata.Entry> metadata,
        List<DroppedLine> dropped,
        List<Guess> guesses) {

    /** What happened to a page's file. */
    public enum Outcome {
        /** There was no such file. */
        CREATED("created"),
        /** The file held an earlier import, unedited, and now holds this one. */
        UPDATED("updated"),
        /** The file already held exactly this page. */
        UNCHANGED("unchanged"),
        /** The file had been edited or hand-written and {@code --force} replaced it. */
        OVERWRITTEN("overwritten");

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
        out.append("\nMetadata found (").append(metadata.size()).append("):\n");
        for (Metadata.Entry entry : metadata) {
            out.append(String.format("  line %-4d %-12s %s%n", entry.line(), entry.key(), entry.value()));
        }
        out.append("\nLines dropped (").append(dropped.size()).append("):\n");
        for (DroppedLine line : dropped) {
            out.append(String.format("  line %-4d %-34s %s%n", line.line(), line.reason(), visible(line.text())));
        }
        out.append("\nGuesses to check (").append(guesses.size()).append("):\n");
        for (Guess guess : guesses) {
            out.append(String.format("  line %-4d %s%n", guess.line(), guess.what()));
        }
        return out.toString();
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
