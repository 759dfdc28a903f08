package org.paperbake.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.paperbake.kernel.ParagraphIds;

/**
 * A deterministic synthetic library: N small documents side by side and one shared glossary, laid
 * out as the library fixture ({@code src/test/resources/sites/library}) is.
 *
 * <p>Each document is a folder {@code paper-0001/} holding its cover {@code index.md} (title,
 * {@code short_title}, issuer, release date, what the site holds), two sections with three
 * subsections between them and a conclusion: {@link #PAGES_PER_DOCUMENT} pages of
 * {@link #PARAGRAPHS_PER_PAGE} paragraphs of about 70 words, each with a permanent identifier, a
 * glossary name and now and then a bold lead-in. The conclusion carries one dated statement, so the
 * chronology has an entry per document. Issuers come from a list of twelve and release dates spread
 * over 25 years, so that a library home grouped by issuer or year has realistic groups. The glossary
 * is the corpus benchmark's ({@link CorpusGenerator}), so both benchmarks link the same kind of
 * terms. The same arguments always give byte-identical files.
 */
public final class LibraryGenerator {

    /** The pages of one document: its cover, sections I and II, subsections 1.1, 1.2, 2.1 and the conclusion. */
    public static final int PAGES_PER_DOCUMENT = 7;

    /** The paragraphs of each part (the cover has one). */
    static final int PARAGRAPHS_PER_PAGE = 3;

    private static final String[] ISSUERS = {
        "State Council Information Office",
        "Ministry of Foreign Affairs",
        "Ministry of Commerce",
        "Ministry of Industry and Information Technology",
        "Cyberspace Administration",
        "Ministry of Justice",
        "Ministry of Ecology and Environment",
        "National Development and Reform Commission",
        "Ministry of Science and Technology",
        "Ministry of Education",
        "National Health Commission",
        "Ministry of Transport"
    };

    /** One part of a document: its file name, type, number, order and parent's file name. */
    private record Part(String file, String type, String number, int order, String parent) {}

    private final int documents;
    private final long seed;
    private final CorpusGenerator glossary;
    private final List<String> termTitles;

    /**
     * @param documents the number of documents, at least 1
     * @param terms the number of shared glossary terms, at least 0
     * @param seed the random seed; the same seed gives the same library
     */
    public LibraryGenerator(int documents, int terms, long seed) {
        if (documents < 1 || terms < 0) {
            throw new IllegalArgumentException("a library needs at least 1 document and no negative number of terms");
        }
        this.documents = documents;
        this.seed = seed;
        // Only the corpus's glossary is used; its two document pages are never generated.
        this.glossary = new CorpusGenerator(2, terms, seed);
        this.termTitles = glossary.termTitles();
    }

    /** The folder of document {@code number} (from 1): {@code paper-0001}. */
    public static String folderOf(int number) {
        return String.format(Locale.ROOT, "paper-%04d", number);
    }

    /** Every content file of the library, in a fixed order: each document's pages, then the glossary. */
    public List<CorpusGenerator.Page> pages() {
        List<CorpusGenerator.Page> files = new ArrayList<>();
        for (int d = 1; d <= documents; d++) {
            files.addAll(document(d));
        }
        for (int t = 0; t < termTitles.size(); t++) {
            files.add(new CorpusGenerator.Page(
                    "glossary/" + CorpusGenerator.termSlug(t) + ".md", glossary.termText(t, termTitles.get(t))));
        }
        return files;
    }

    /** Writes the content files below {@code contentFolder}. */
    public void writeTo(Path contentFolder) {
        try {
            for (CorpusGenerator.Page page : pages()) {
                Path file = contentFolder.resolve(page.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, page.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CorpusGenerator.Page> document(int number) {
        Random random = new Random(seed * 131 + number);
        String folder = folderOf(number);
        String title = CorpusGenerator.title(random, 5);
        String shortTitle = CorpusGenerator.title(random, 2) + " " + number;
        String issuer = ISSUERS[(number * 7) % ISSUERS.length];
        int year = 2000 + (number * 11) % 25;
        String date = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + number % 12, 1 + number % 28);
        List<Part> parts = structure(random);
        List<CorpusGenerator.Page> files = new ArrayList<>();
        files.add(new CorpusGenerator.Page(
                folder + "/index.md",
                "---\n"
                        + "title: \"" + title + "\"\n"
                        + "short_title: " + shortTitle + "\n"
                        + "type: document\n"
                        + "status: published\n"
                        + "date: " + date + "\n"
                        + "order: 0\n"
                        + "issuer: " + issuer + "\n"
                        + "issued: " + date + "\n"
                        + "holds: the whole document\n"
                        + "---\n"
                        + CorpusGenerator.sentence(random, 22) + ' ' + CorpusGenerator.sentence(random, 18) + "\n"));
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            StringBuilder text = new StringBuilder("---\n");
            text.append("title: ").append(CorpusGenerator.title(random, 4)).append('\n');
            text.append("type: ").append(part.type()).append('\n');
            text.append("status: published\n");
            text.append("date: ").append(date).append('\n');
            text.append("number: \"").append(part.number()).append("\"\n");
            text.append("order: ").append(part.order()).append('\n');
            if (part.parent() != null) {
                text.append("parent: ").append(part.parent()).append('\n');
            }
            text.append("---\n");
            for (int k = 0; k < PARAGRAPHS_PER_PAGE; k++) {
                if (k > 0) {
                    text.append('\n');
                }
                text.append(paragraph(random, part, k, year))
                        .append(' ')
                        .append(ParagraphIds.comment(
                                paragraphId((number * (long) PAGES_PER_DOCUMENT + p) * PARAGRAPHS_PER_PAGE + k)))
                        .append('\n');
            }
            files.add(new CorpusGenerator.Page(folder + "/" + part.file(), text.toString()));
        }
        return files;
    }

    /** The parts after the cover; their titles come from the same random sequence as the text. */
    private static List<Part> structure(Random random) {
        String one = "01-" + CorpusGenerator.slugOf(CorpusGenerator.title(random, 3));
        String two = "02-" + CorpusGenerator.slugOf(CorpusGenerator.title(random, 3));
        return List.of(
                new Part(one + ".md", "section", "I", 100, null),
                new Part(
                        "01-1-" + CorpusGenerator.slugOf(CorpusGenerator.title(random, 3)) + ".md",
                        "subsection",
                        "1.1",
                        110,
                        one),
                new Part(
                        "01-2-" + CorpusGenerator.slugOf(CorpusGenerator.title(random, 3)) + ".md",
                        "subsection",
                        "1.2",
                        120,
                        one),
                new Part(two + ".md", "section", "II", 200, null),
                new Part(
                        "02-1-" + CorpusGenerator.slugOf(CorpusGenerator.title(random, 3)) + ".md",
                        "subsection",
                        "2.1",
                        210,
                        two),
                new Part("conclusion.md", "section", "Conclusion", 900, null));
    }

    private String paragraph(Random random, Part part, int index, int year) {
        StringBuilder body = new StringBuilder();
        if (index == 1) {
            body.append("**").append(CorpusGenerator.sentence(random, 7)).append("** ");
        }
        for (int s = 0; s < 4; s++) {
            body.append(CorpusGenerator.sentence(random, 12 + random.nextInt(8)))
                    .append(' ');
            if (s == 1 && !termTitles.isEmpty()) {
                body.append("The ")
                        .append(termTitles.get(random.nextInt(termTitles.size())))
                        .append(" is relevant here. ");
            }
        }
        if (part.number().equals("Conclusion") && index == 0) {
            body.append("In ")
                    .append(java.time.Month.of(1 + random.nextInt(12))
                            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                    .append(' ')
                    .append(year)
                    .append(" this document was released.");
        }
        return body.toString().strip();
    }

    /** A well-formed permanent identifier, unique across the library: the paragraph's index in base 32. */
    private static String paragraphId(long index) {
        char[] id = new char[ParagraphIds.LENGTH];
        long value = index;
        for (int i = id.length - 1; i >= 0; i--) {
            id[i] = ParagraphIds.ALPHABET.charAt((int) (value % ParagraphIds.ALPHABET.length()));
            value /= ParagraphIds.ALPHABET.length();
        }
        return new String(id);
    }
}
