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
import org.paperbake.content.DocumentType;

/**
 * A deterministic synthetic document in Paperbake's content format, for benchmarks and scale tests.
 *
 * <p>A cover, about √N sections and the rest as numbered subsections, each page about 1,250 words
 * of Markdown: headings, paragraphs with bold lead-ins, a bullet list, a panel now and then, links
 * to other pages and to glossary terms, and recurring glossary names in the text; plus
 * {@code content/glossary/*.md} terms ({@code type: term} with category and short definition). The
 * same arguments always give byte-identical files (a seeded {@link Random}, whose sequence Java
 * specifies), so runs on different machines build the same corpus.
 */
public final class CorpusGenerator {

    /** Words about 1,250 per page. */
    static final int WORDS_PER_PAGE = 1_250;

    private static final String[] WORDS = ("cyberspace governance law international cooperation rules security data "
                    + "platform dialogue exchange framework initiative mechanism development digital economy protection "
                    + "privacy standards capacity building partnership regional global order sovereignty network "
                    + "infrastructure information technology innovation trade commerce legal system community shared "
                    + "future principles policy consultation agreement convention organization conference forum annual "
                    + "member states experts committee resolution treaty equal footing peaceful settlement disputes "
                    + "responsible behavior supply chain products services cross-border transfer personal electronic "
                    + "signature authentication consumer intellectual property open inclusive transparent fair just "
                    + "multilateral bilateral practical results mutual trust respect benefit common prosperity stability "
                    + "the of and to in a for with on by as is are that which its their this these has have been")
            .split(" ");

    private static final String[] CATEGORIES = {
        "organization", "agreement", "initiative", "mechanism", "event", "place", "concept"
    };
    private static final String[] NAME_PARTS = {
        "Global",
        "Regional",
        "Digital",
        "Cyber",
        "Data",
        "Network",
        "Information",
        "Security",
        "Economic",
        "Cooperation",
        "Partnership",
        "Forum",
        "Council",
        "Alliance",
        "Initiative",
        "Framework",
        "Committee",
        "Conference",
        "Agreement",
        "Convention",
        "Centre",
        "Union",
        "Dialogue",
        "Mechanism",
        "Charter"
    };

    private final int pages;
    private final int terms;
    private final long seed;

    /**
     * @param pages the number of document pages (cover, sections and subsections), at least 2
     * @param terms the number of glossary terms, at least 0
     * @param seed the random seed; the same seed gives the same corpus
     */
    public CorpusGenerator(int pages, int terms, long seed) {
        if (pages < 2 || terms < 0) {
            throw new IllegalArgumentException("a corpus needs at least 2 pages and no negative number of terms");
        }
        this.pages = pages;
        this.terms = terms;
        this.seed = seed;
    }

    /** One page of the corpus: its path below {@code content/} and its file text. */
    public record Page(String path, String text) {}

    /** A page's place: its slug (file name without .md), number, title and parent. */
    record Part(String slug, DocumentType type, String number, String title, int order, String parent) {}

    /** The document's structure: the cover, then each section followed by its subsections. */
    List<Part> structure() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(
                "index", DocumentType.DOCUMENT, "", "A Synthetic White Paper of " + pages + " Pages", 0, null));
        int rest = pages - 1;
        int sections = Math.max(1, (int) Math.round(Math.sqrt(rest)));
        int subsections = rest - sections;
        Random random = new Random(seed);
        for (int s = 1; s <= sections; s++) {
            String title = title(random, 4);
            String sectionSlug = String.format(Locale.ROOT, "%03d-%s", s, slugOf(title));
            parts.add(new Part(sectionSlug, DocumentType.SECTION, Integer.toString(s), title, s * 100_000, null));
            int children = subsections / sections + (s <= subsections % sections ? 1 : 0);
            for (int c = 1; c <= children; c++) {
                String childTitle = title(random, 5);
                parts.add(new Part(
                        String.format(Locale.ROOT, "%03d-%d-%s", s, c, slugOf(childTitle)),
                        DocumentType.SUBSECTION,
                        s + "." + c,
                        childTitle,
                        s * 100_000 + c,
                        sectionSlug));
            }
        }
        return parts;
    }

    /** The glossary terms' titles, in slug order. */
    List<String> termTitles() {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<String> titles = new ArrayList<>();
        for (int t = 0; t < terms; t++) {
            String name =
                    NAME_PARTS[random.nextInt(NAME_PARTS.length)] + " " + NAME_PARTS[random.nextInt(NAME_PARTS.length)]
                            + " " + NAME_PARTS[random.nextInt(NAME_PARTS.length)];
            titles.add(name + " " + toLetters(t));
        }
        return titles;
    }

    /** Every content file of the corpus, in a fixed order. */
    public List<Page> pages() {
        List<Part> parts = structure();
        List<String> termTitles = termTitles();
        List<Page> files = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            files.add(new Page(parts.get(i).slug() + ".md", pageText(parts, i, termTitles)));
        }
        for (int t = 0; t < termTitles.size(); t++) {
            files.add(new Page("glossary/" + termSlug(t) + ".md", termText(t, termTitles.get(t))));
        }
        return files;
    }

    /** Writes the content files below {@code contentFolder}. */
    public void writeTo(Path contentFolder) {
        try {
            Files.createDirectories(contentFolder.resolve("glossary"));
            for (Page page : pages()) {
                Files.writeString(contentFolder.resolve(page.path()), page.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String termSlug(int index) {
        return String.format(Locale.ROOT, "term-%05d", index);
    }

    private String pageText(List<Part> parts, int index, List<String> termTitles) {
        Part part = parts.get(index);
        Random random = new Random(seed * 31 + index);
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(part.title()).append('\n');
        text.append("type: ").append(part.type().toFrontMatter()).append('\n');
        text.append("status: published\n");
        text.append("date: 2023-03-17\n");
        if (!part.number().isEmpty()) {
            text.append("number: \"").append(part.number()).append("\"\n");
        }
        text.append("order: ").append(part.order()).append('\n');
        if (part.parent() != null) {
            text.append("parent: ").append(part.parent()).append('\n');
        }
        text.append("---\n");
        int words = 0;
        int paragraph = 0;
        while (words < WORDS_PER_PAGE) {
            if (paragraph % 4 == 0) {
                text.append("## ").append(title(random, 4)).append("\n\n");
            }
            if (paragraph % 5 == 3) {
                text.append("- ").append(sentence(random, 8)).append('\n');
                text.append("- ").append(sentence(random, 9)).append('\n');
                text.append("- ").append(sentence(random, 7)).append("\n\n");
                words += 24;
            } else if (paragraph % 9 == 7) {
                // Panels are numbered across the whole document, as white papers number them.
                text.append("> **Panel ")
                        .append(index * 1000 + paragraph)
                        .append(" — ")
                        .append(title(random, 3))
                        .append("**\n>\n> ")
                        .append(sentence(random, 30))
                        .append(' ')
                        .append(sentence(random, 25))
                        .append("\n\n");
                words += 58;
            } else {
                StringBuilder body = new StringBuilder();
                if (paragraph % 3 == 0) {
                    body.append("**").append(sentence(random, 8)).append("** ");
                }
                for (int s = 0; s < 6; s++) {
                    body.append(sentence(random, 12 + random.nextInt(8))).append(' ');
                    if (!termTitles.isEmpty() && s % 2 == 0) {
                        body.append("The ")
                                .append(termTitles.get(random.nextInt(termTitles.size())))
                                .append(" is relevant here. ");
                    }
                }
                Part other = parts.get(random.nextInt(parts.size()));
                body.append("See [")
                        .append(other.number().isEmpty() ? "the cover" : other.number())
                        .append("](")
                        .append(other.slug())
                        .append(".html)");
                if (!termTitles.isEmpty()) {
                    int term = random.nextInt(termTitles.size());
                    body.append(" and [")
                            .append(termTitles.get(term))
                            .append("](glossary/")
                            .append(termSlug(term))
                            .append(".html)");
                }
                body.append('.');
                text.append(body.toString().strip()).append("\n\n");
                words += body.toString().split(" ").length;
            }
            paragraph++;
        }
        return text.toString();
    }

    String termText(int index, String title) {
        Random random = new Random(seed * 17 + index);
        return "---\n"
                + "title: " + title + "\n"
                + "type: term\n"
                + "status: published\n"
                + "category: " + CATEGORIES[index % CATEGORIES.length] + "\n"
                + "short: " + sentence(random, 14) + "\n"
                + "---\n"
                + sentence(random, 20) + ' ' + sentence(random, 24) + ' ' + sentence(random, 18) + "\n";
    }

    static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentence.append(w + 1 < words ? " " : ".");
        }
        return sentence.toString();
    }

    static String title(Random random, int words) {
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            title.append(w == 0 ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return title.toString();
    }

    static String slugOf(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** 0 → "A", 25 → "Z", 26 → "AA": keeps term names unique without digits. */
    private static String toLetters(int index) {
        StringBuilder letters = new StringBuilder();
        int value = index;
        do {
            letters.insert(0, (char) ('A' + value % 26));
            value = value / 26 - 1;
        } while (value >= 0);
        return letters.toString();
    }
}
