package org.paperbake.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ParagraphIdCheck;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Memo;

/**
 * This edition against the official source: each part's paragraphs compared with the lines of
 * {@code seeds/} its {@code source:} names (the text as imported, one paragraph a line), paired by
 * their words, and every difference listed on {@code edition.html} with a word-level redline and
 * its kind — whitespace only, punctuation only, wording, a paragraph the edition added or left out.
 */
public final class OfficialSource {

    /** The page of departures. */
    public static final String PAGE = "edition.html";

    private static final Pattern SOURCE = Pattern.compile("^(seeds/[A-Za-z0-9._-]+)#L(\\d{1,7})-L(\\d{1,7})$");
    private static final Pattern PANEL_TITLE = Pattern.compile("^(\\*\\*)?Panel\\s+\\d+\\b.*");
    private static final Pattern HEADING_NUMBER = Pattern.compile("^([IVXLC]+|\\d{1,3})\\.\\s+");

    /**
     * One place where this edition's text is not the official text.
     *
     * @param part the content file
     * @param anchor the positional anchor of the edition's paragraph, or of where the left-out one was
     * @param official the official text, empty for a paragraph the edition added
     * @param edition this edition's text, empty for one it left out
     * @param kind what kind of difference it is
     */
    public record Departure(ContentFile part, String anchor, String official, String edition, String kind) {

        /** The anchor of its entry on the page of departures. */
        public String entryId() {
            return "dep-" + anchor;
        }
    }

    /** Where a left-out paragraph was when the page has no paragraph left to name it by. */
    private static final String NO_PARAGRAPH = "p-0";

    private OfficialSource() {}

    /**
     * All that comparing one part reads: its file's text and its official paragraphs. {@code serve}
     * remembers each part's departures under it, so that an edit compares only the edited part again.
     */
    record Comparison(String text, List<String> official) {}

    /** A departure as comparing its part finds it: all of a {@link Departure} but the part. */
    private record Found(String anchor, String official, String edition, String kind) {}

    /**
     * The departures of every published part whose source is a range of lines of a seed, in reading
     * order; each part's, when its text and official paragraphs are as in the last build, from {@code memory}.
     */
    static List<Departure> departures(SiteConfig config, List<ContentFile> content, BuildMemory memory) {
        Memo<Comparison, List<Found>> compared = memory.memo(Comparison.class);
        List<Departure> departures = new ArrayList<>();
        List<ContentFile> parts = content.stream()
                .filter(ContentFile::isPublished)
                .filter(ParagraphIdCheck::carriesIds)
                .sorted(Comparator.comparingInt((ContentFile f) -> f.order().orElse(Integer.MAX_VALUE))
                        .thenComparing(ContentFile::relativePath))
                .toList();
        for (ContentFile part : parts) {
            Optional<List<String>> official = officialLines(config.sourceFolder(), part);
            if (official.isEmpty()) {
                continue;
            }
            for (Found found : compared.get(new Comparison(read(part), official.get()), OfficialSource::compare)) {
                departures.add(new Departure(part, found.anchor(), found.official(), found.edition(), found.kind()));
            }
        }
        return departures;
    }

    /**
     * The official paragraphs of a part: its seed lines without blank lines, its heading and panel
     * titles; then the lines of each {@code continued_sources:} range, the text a later part of a
     * web copy cut mid-section carries on with (the importer appends it to this page).
     */
    private static Optional<List<String>> officialLines(Path project, ContentFile part) {
        Object source = part.frontMatter().get("source");
        Optional<List<String>> own = source == null ? Optional.empty() : seedLines(project, source, part.title());
        if (own.isEmpty()) {
            return own;
        }
        List<String> paragraphs = new ArrayList<>(own.get());
        if (part.frontMatter().get("continued_sources") instanceof List<?> continued) {
            for (Object range : continued) {
                seedLines(project, range, null).ifPresent(paragraphs::addAll);
            }
        }
        return Optional.of(paragraphs);
    }

    /** The non-blank lines of {@code seeds/…#Ln-Lm}, without a first line that is the {@code heading}. */
    private static Optional<List<String>> seedLines(Path project, Object source, String heading) {
        Matcher range = SOURCE.matcher(source.toString());
        if (!range.matches()) {
            return Optional.empty();
        }
        Path seed = project.resolve(range.group(1)).normalize();
        if (!seed.startsWith(project.resolve("seeds")) || !Files.isRegularFile(seed)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        int from = Integer.parseInt(range.group(2));
        int to = Math.min(Integer.parseInt(range.group(3)), lines.size());
        List<String> paragraphs = new ArrayList<>();
        for (int line = from; line <= to; line++) {
            String text = lines.get(line - 1).strip();
            if (text.isEmpty() || PANEL_TITLE.matcher(text).matches()) {
                continue;
            }
            if (paragraphs.isEmpty() && heading != null && isHeading(text, heading)) {
                continue;
            }
            paragraphs.add(text);
        }
        return Optional.of(paragraphs);
    }

    private static boolean isHeading(String line, String title) {
        return HEADING_NUMBER.matcher(line).replaceFirst("").strip().equalsIgnoreCase(title.strip());
    }

    private static List<Found> compare(Comparison comparison) {
        List<String> official = comparison.official();
        List<Paragraphs.Para> numbered = Paragraphs.read(comparison.text()).paragraphs().stream()
                .filter(p -> p.anchor().isPresent())
                .toList();
        List<String> edition = numbered.stream().map(p -> Plain.of(p.text())).toList();
        int[] pairOf = new int[edition.size()];
        boolean[] used = new boolean[official.size()];
        java.util.Arrays.fill(pairOf, -1);
        pair(edition, official, pairOf, used, true);
        pair(edition, official, pairOf, used, false);
        Map<Integer, Found> byPosition = new LinkedHashMap<>();
        List<Found> departures = new ArrayList<>();
        for (int i = 0; i < edition.size(); i++) {
            String anchor = numbered.get(i).anchor().get();
            if (pairOf[i] < 0) {
                departures.add(new Found(anchor, "", edition.get(i), "added by this edition"));
                continue;
            }
            String source = official.get(pairOf[i]);
            Redline.Difference difference = Redline.classify(source, edition.get(i));
            if (difference != Redline.Difference.NONE) {
                departures.add(new Found(anchor, source, edition.get(i), difference.label()));
            }
        }
        for (int j = 0; j < official.size(); j++) {
            if (!used[j]) {
                String near = numbered.isEmpty()
                        ? NO_PARAGRAPH
                        : numbered.get(Math.min(j, numbered.size() - 1))
                                .anchor()
                                .get();
                byPosition.put(j, new Found(near + "-omitted-" + (j + 1), official.get(j), "", "left out"));
            }
        }
        departures.addAll(byPosition.values());
        return List.copyOf(departures);
    }

    private static void pair(List<String> edition, List<String> official, int[] pairOf, boolean[] used, boolean exact) {
        for (int i = 0; i < edition.size(); i++) {
            if (pairOf[i] >= 0) {
                continue;
            }
            int best = -1;
            double bestLikeness = 0.5;
            for (int j = 0; j < official.size(); j++) {
                if (used[j]) {
                    continue;
                }
                if (exact) {
                    if (official.get(j).equals(edition.get(i))) {
                        best = j;
                        break;
                    }
                } else {
                    double likeness = HistoryBuilder.likeness(official.get(j), edition.get(i));
                    if (likeness >= bestLikeness) {
                        best = j;
                        bestLikeness = likeness;
                    }
                }
            }
            if (best >= 0) {
                pairOf[i] = best;
                used[best] = true;
            }
        }
    }

    private static String read(ContentFile part) {
        try {
            return Files.readString(part.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * All the page of departures is made from: the site's frame and, of each departure, its part's
     * page and title and what it shows — the key under which {@code serve} remembers the page.
     */
    record DeparturesPage(String shell, List<List<String>> departures) {}

    /** Writes the page of departures; when it is made of what it was in the last build, from {@code memory}. */
    static void writePage(Shell shell, List<Departure> departures, Path staging, BuildMemory memory) {
        DeparturesPage key = new DeparturesPage(
                shell.html(),
                departures.stream()
                        .map(d -> List.of(
                                d.part().outputPath(),
                                d.part().title(),
                                d.anchor(),
                                d.official(),
                                d.edition(),
                                d.kind()))
                        .toList());
        Shell.write(
                memory.<DeparturesPage, String>memo(DeparturesPage.class)
                        .get(key, k -> page(shell, departures, staging)),
                staging.resolve(PAGE));
    }

    /** The page of departures as written, its tree handed over. */
    private static String page(Shell shell, List<Departure> departures, Path staging) {
        Document page = shell.page(
                "This edition against the official source",
                "Every place where this edition's text departs from the official source, word by word.",
                0,
                "page-edition");
        Element article = page.selectFirst("main").appendElement("article").addClass("edition");
        article.appendElement("h1").text("This edition against the official source");
        article.appendElement("p")
                .text("The official text is the source document as it was imported (the files in seeds/). "
                        + "Every difference between it and this edition's text is listed here, with the official "
                        + "words struck through and this edition's underlined; each affected paragraph is marked "
                        + "in the text.");
        if (departures.isEmpty()) {
            article.appendElement("p")
                    .addClass("no-departures")
                    .text("This edition's text is word for word the official source: there is no departure.");
        }
        Element list = article.appendElement("ol").addClass("departures");
        for (Departure departure : departures) {
            Element item = list.appendElement("li").id(departure.entryId());
            Element heading = item.appendElement("p").addClass("departure-heading");
            String label = departure.anchor().contains("-omitted-")
                    ? "Near ¶ " + HistoryPages.labelOf(departure.anchor().replaceFirst("-omitted-\\d+$", ""))
                    : "¶ " + HistoryPages.labelOf(departure.anchor());
            String target = departure.anchor().replaceFirst("-omitted-\\d+$", "");
            boolean none = target.equals(NO_PARAGRAPH);
            heading.appendElement("a")
                    .attr("href", departure.part().outputPath() + (none ? "" : "#" + target))
                    .text(none ? "The page" : label);
            heading.appendText(" · " + departure.part().title() + " · ");
            heading.appendElement("span").addClass("departure-kind").text(departure.kind());
            Element redline = item.appendElement("p").addClass("redline");
            Redline.append(redline, departure.official(), departure.edition());
        }
        if (departures.isEmpty()) {
            list.remove();
        }
        return shell.handOver(page, staging.resolve(PAGE));
    }
}
