package org.paperbake.importer;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.paperbake.kernel.ParagraphIds;

/**
 * Renders a {@link Document} as the Markdown pages of the content folder: {@code index.md} (the
 * cover), one page per section and one per numbered subsection, each with YAML front matter.
 *
 * <p>The format is a contract with the bake stage and the templates (see ARCHITECTURE.md, "The
 * content model"): one paragraph per line, paragraphs separated by a blank line, lead-ins in bold,
 * panels as block quotes, and a {@code generated:} hash of the body.
 */
final class MarkdownPages {

    private static final int PREFACE_ORDER = 10;
    private static final int FOREWORD_ORDER = 20;
    private static final int INTRODUCTION_ORDER = 30;

    /**
     * The pages for {@code document}, cover first, then in document order.
     *
     * @param seedFileName the seed's file name, as stored under {@code seeds/}; pages cite it in {@code source:}
     */
    public List<GeneratedPage> render(Document document, String seedFileName) {
        return render(
                document,
                section -> seedFileName,
                section -> List.of(),
                new CoverParts(List.of(seedFileName), List.of(), 0, 0));
    }

    /** The pages of a document put together from parts, each section citing its own part's seed. */
    List<GeneratedPage> render(DocumentParts.Merged merged) {
        List<String> seeds =
                merged.parts().stream().map(DocumentParts.Part::seedName).toList();
        int unknown = (int) merged.parts().stream().filter(p -> p.number() == 0).count();
        CoverParts parts = new CoverParts(seeds, merged.held(), merged.total(), unknown);
        return render(merged.document(), merged.seedOf()::get, merged::continuing, parts);
    }

    /**
     * What the cover says about the parts: the seeds of the parts held, their numbers, and how
     * many parts the document has (0 when no part says).
     */
    private record CoverParts(List<String> seeds, List<Integer> held, int total, int unknown) {

        List<Integer> missing() {
            List<Integer> missing = new ArrayList<>();
            for (int n = 1; n <= total; n++) {
                if (!held.contains(n)) {
                    missing.add(n);
                }
            }
            return missing;
        }
    }

    private List<GeneratedPage> render(
            Document document,
            Function<Section, String> seedOf,
            Function<Section, List<DocumentParts.Continuation>> continuing,
            CoverParts parts) {
        Optional<LocalDate> date = document.metadata().date();
        int conclusionOrder = (highestNumeral(document) + 1) * 100;
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(cover(document, parts, date));
        for (Section section : document.sections()) {
            String seed = "seeds/" + seedOf.apply(section);
            int order = section.kind() == SectionKind.CONCLUSION ? conclusionOrder : order(section);
            String base = baseName(section);
            List<DocumentParts.Continuation> continuations = continuing.apply(section);
            // A part cut mid-section continues the page its section (or last subsection) ends on.
            Subsection last = section.subsections().isEmpty()
                    ? null
                    : section.subsections().get(section.subsections().size() - 1);
            pages.add(sectionPage(section, base, order, seed, date, last == null ? continuations : List.of()));
            for (Subsection subsection : section.subsections()) {
                pages.add(subsectionPage(
                        section, subsection, base, order, seed, date, subsection == last ? continuations : List.of()));
            }
            for (DocumentParts.Continuation continuation : continuations) {
                for (Subsection subsection : continuation.subsections()) {
                    pages.add(subsectionPage(
                            section, subsection, base, order, "seeds/" + continuation.seed(), date, List.of()));
                }
            }
        }
        return withIds(pages);
    }

    /**
     * Every paragraph of every part but the cover gets its permanent identifier, from its text's
     * hash ({@link ParagraphIds}); {@code generated:} stays the hash of the text, which leaves them out.
     */
    private static List<GeneratedPage> withIds(List<GeneratedPage> pages) {
        Set<String> taken = new HashSet<>();
        List<GeneratedPage> identified = new ArrayList<>();
        for (GeneratedPage page : pages) {
            if (page.type().equals("document")) {
                identified.add(page);
                continue;
            }
            String body = page.body();
            String head = page.text().substring(0, page.text().length() - body.length());
            identified.add(new GeneratedPage(
                    page.path(),
                    page.type(),
                    page.number(),
                    page.title(),
                    page.paragraphs(),
                    head + ParagraphIds.assignAll(body, taken),
                    page.seed(),
                    page.continuedFrom()));
        }
        return identified;
    }

    private static GeneratedPage cover(Document document, CoverParts parts, Optional<LocalDate> date) {
        String body = blocks(List.copyOf(document.preamble()));
        FrontMatter front = new FrontMatter()
                .text("title", document.title())
                .text("type", "document")
                .text("status", "published");
        date.ifPresent(d -> front.date("date", d));
        front.number("order", 0);
        document.metadata().entries().stream()
                .filter(entry -> !entry.key().equals("title"))
                .forEach(entry -> front.value(entry.key(), entry.value()));
        if (parts.total() > 0) {
            front.numbers("parts_held", parts.held());
            if (!parts.missing().isEmpty()) {
                front.numbers("parts_missing", parts.missing());
            }
        }
        List<String> seeds = parts.seeds().stream().map(seed -> "seeds/" + seed).toList();
        if (seeds.size() > 1) {
            front.texts("part_sources", seeds);
        }
        front.text("source", seeds.get(0)).text("generated", BodyHash.of(body));
        return new GeneratedPage(
                "index.md",
                "document",
                "",
                document.title(),
                document.preamble().size(),
                front.close() + body,
                null,
                null);
    }

    private static GeneratedPage sectionPage(
            Section section,
            String base,
            int order,
            String seed,
            Optional<LocalDate> date,
            List<DocumentParts.Continuation> continuations) {
        String number =
                section.numeral() != null ? section.numeral() : section.kind().heading();
        String body = blocks(withContinuations(section.intro(), continuations));
        FrontMatter front = header(section.title(), "section", date, number, order);
        front.text("source", seed + "#" + section.ownLines().anchor());
        continued(front, continuations);
        front.text("generated", BodyHash.of(body));
        return new GeneratedPage(
                base + ".md",
                "section",
                number,
                section.title(),
                section.introParagraphCount() + continuedParagraphs(continuations),
                front.close() + body,
                seed.substring("seeds/".length()),
                continuedSeed(continuations));
    }

    /** The page's own blocks, then those of the parts that continue it. */
    private static List<Block> withContinuations(List<Block> own, List<DocumentParts.Continuation> continuations) {
        List<Block> blocks = new ArrayList<>(own);
        continuations.forEach(c -> blocks.addAll(c.blocks()));
        return blocks;
    }

    /** {@code continued_sources:}, beside {@code source:}: where the text appended to the page comes from. */
    private static void continued(FrontMatter front, List<DocumentParts.Continuation> continuations) {
        List<String> sources = continuations.stream()
                .flatMap(c -> c.blockLines().stream().map(lines -> "seeds/" + c.seed() + "#" + lines.anchor()))
                .toList();
        if (!sources.isEmpty()) {
            front.texts("continued_sources", sources);
        }
    }

    private static int continuedParagraphs(List<DocumentParts.Continuation> continuations) {
        return continuations.stream()
                .flatMap(c -> c.blocks().stream())
                .mapToInt(Block::paragraphCount)
                .sum();
    }

    /** The seed of the part whose text continues the page (the last one, when several do), or null. */
    private static String continuedSeed(List<DocumentParts.Continuation> continuations) {
        return continuations.stream()
                .filter(c -> !c.blocks().isEmpty())
                .map(DocumentParts.Continuation::seed)
                .reduce((first, second) -> second)
                .orElse(null);
    }

    private static GeneratedPage subsectionPage(
            Section section,
            Subsection subsection,
            String parent,
            int sectionOrder,
            String seed,
            Optional<LocalDate> date,
            List<DocumentParts.Continuation> continuations) {
        String number = section.kind() == SectionKind.NUMBERED
                ? section.arabicNumber() + "." + subsection.number()
                : Integer.toString(subsection.number());
        // Sections before the numbered ones are 10 apart, so their subsections step by one.
        int step = switch (section.kind()) {
            case PREFACE, FOREWORD, INTRODUCTION -> 1;
            case NUMBERED, CONCLUSION -> 10;
        };
        String body = blocks(withContinuations(subsection.blocks(), continuations));
        FrontMatter front =
                header(subsection.title(), "subsection", date, number, sectionOrder + subsection.number() * step);
        front.text("parent", parent)
                .text("source", seed + "#" + subsection.lines().anchor());
        continued(front, continuations);
        front.text("generated", BodyHash.of(body));
        // Numbered sections' subsections are named by number alone (06-1-…); others keep the section's name.
        String prefix = section.kind() == SectionKind.NUMBERED
                ? String.format(Locale.ROOT, "%02d", section.arabicNumber())
                : parent;
        String path = prefix + "-" + subsection.number() + "-" + slug(subsection.title(), "subsection") + ".md";
        return new GeneratedPage(
                path,
                "subsection",
                number,
                subsection.title(),
                subsection.paragraphCount() + continuedParagraphs(continuations),
                front.close() + body,
                seed.substring("seeds/".length()),
                continuedSeed(continuations));
    }

    private static FrontMatter header(String title, String type, Optional<LocalDate> date, String number, int order) {
        FrontMatter front =
                new FrontMatter().text("title", title).text("type", type).text("status", "published");
        date.ifPresent(d -> front.date("date", d));
        return front.quoted("number", number).number("order", order);
    }

    private static int highestNumeral(Document document) {
        return document.sections().stream()
                .mapToInt(Section::arabicNumber)
                .max()
                .orElse(0);
    }

    private static int order(Section section) {
        return switch (section.kind()) {
            case PREFACE -> PREFACE_ORDER;
            case FOREWORD -> FOREWORD_ORDER;
            case INTRODUCTION -> INTRODUCTION_ORDER;
            case NUMBERED -> section.arabicNumber() * 100;
            case CONCLUSION -> throw new IllegalArgumentException("the conclusion's order depends on the document");
        };
    }

    /** The section's file name without {@code .md}; subsections' names start with it. */
    static String baseName(Section section) {
        return switch (section.kind()) {
            case NUMBERED ->
                String.format(Locale.ROOT, "%02d-%s", section.arabicNumber(), slug(section.title(), "section"));
            case CONCLUSION -> "conclusion";
            case PREFACE, FOREWORD, INTRODUCTION -> "00-" + slug(section.kind().heading(), "section");
        };
    }

    /**
     * Lower-case ASCII words of the title joined by {@code -}: accents are stripped, apostrophes
     * dropped ("China's" gives "chinas"), any other punctuation separates words.
     */
    static String slug(String title, String fallback) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }

    /** Blocks separated by a blank line, each paragraph on one line, ending with a newline. */
    private static String blocks(List<? extends Block> blocks) {
        List<String> rendered = blocks.stream().map(MarkdownPages::block).toList();
        return rendered.isEmpty() ? "" : String.join("\n\n", rendered) + "\n";
    }

    private static String block(Block block) {
        if (block instanceof Panel panel) {
            return panel(panel);
        }
        return paragraph((Paragraph) block);
    }

    private static String paragraph(Paragraph paragraph) {
        return paragraph
                .leadInSentence()
                .map(leadIn ->
                        "**" + MarkdownText.inline(leadIn) + "** " + MarkdownText.inline(paragraph.afterLeadIn()))
                .orElseGet(() -> MarkdownText.paragraph(paragraph.text()));
    }

    /** A block quote whose first line names the panel, so that it reads well on GitHub too. */
    private static String panel(Panel panel) {
        StringBuilder quote = new StringBuilder(
                "> **Panel " + panel.number() + " \u2014 " + MarkdownText.inline(panel.title()) + "**");
        for (Paragraph paragraph : panel.paragraphs()) {
            quote.append("\n>\n> ").append(paragraph(paragraph));
        }
        return quote.toString();
    }
}
