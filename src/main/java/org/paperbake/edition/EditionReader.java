package org.paperbake.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.content.ContentFile;
import org.paperbake.content.DocumentType;
import org.paperbake.content.FileNames;

/**
 * Reads each document's editions out of the built site: for every published cover (type
 * {@code document}), its parts — the published sections, subsections and pages in the cover's
 * folder and below, except those under another cover's folder — in reading order, each part's text
 * as the post-processor numbered and linked it, and the glossary entries that text links to.
 */
final class EditionReader {

    /** How an appendix entry's anchor starts ({@code term-glossary-united-nations}). */
    static final String TERM_PREFIX = "term-";

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final int MAX_NAME_LENGTH = 80;

    private final Path site;
    private final List<ContentFile> published;
    private final Map<String, ContentFile> byOutputPath = new HashMap<>();

    private EditionReader(Path site, List<ContentFile> content) {
        this.site = site;
        this.published = content.stream().filter(ContentFile::isPublished).toList();
        published.forEach(file -> byOutputPath.put(file.outputPath(), file));
    }

    /**
     * The documents of the site built into {@code site}, in the order of their covers' paths; a
     * document whose parts hold more than {@code maxWords} words is left out, its cover's path added
     * to {@code tooLong}.
     */
    static List<EditionDocument> read(Path site, List<ContentFile> content, int maxWords, List<String> tooLong) {
        EditionReader reader = new EditionReader(site, content);
        List<ContentFile> covers = reader.published.stream()
                .filter(file -> file.type() == DocumentType.DOCUMENT)
                .sorted(Comparator.comparing(ContentFile::relativePath))
                .toList();
        Set<String> names = new HashSet<>();
        List<EditionDocument> documents = new ArrayList<>();
        for (ContentFile cover : covers) {
            List<ContentFile> parts = reader.partsOf(cover, covers);
            long words = parts.stream().mapToLong(EditionReader::words).sum();
            if (words > maxWords) {
                tooLong.add(cover.relativePath() + " (" + words + " words)");
            } else {
                documents.add(reader.document(cover, parts, names));
            }
        }
        return documents;
    }

    /** The cover's parts in reading order: the document pages in its folder, not in another cover's. */
    private List<ContentFile> partsOf(ContentFile cover, List<ContentFile> covers) {
        return published.stream()
                .filter(file -> file.type().isDocumentPart() && file.type() != DocumentType.DOCUMENT)
                .filter(file -> coverOf(file, covers).map(cover::equals).orElse(false))
                .sorted(Comparator.comparingLong(
                                (ContentFile file) -> file.order().orElse(Integer.MAX_VALUE))
                        .thenComparing(ContentFile::relativePath))
                .toList();
    }

    /** The words of a page's Markdown, counted as runs of non-space. */
    private static long words(ContentFile file) {
        String body = file.body();
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            boolean space = Character.isWhitespace(body.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private EditionDocument document(ContentFile cover, List<ContentFile> partFiles, Set<String> names) {
        Document coverPage = parse(cover.outputPath());
        Map<String, String> partIds = new LinkedHashMap<>();
        partFiles.forEach(file -> partIds.put(file.outputPath(), partId(file)));
        Map<String, List<EditionDocument.Mention>> mentions = new LinkedHashMap<>();
        List<EditionDocument.Part> parts = new ArrayList<>();
        for (ContentFile file : partFiles) {
            parts.add(part(file, partIds, mentions));
        }
        List<EditionDocument.Entry> glossary = glossary(mentions);
        String language = coverPage.selectFirst("html").attr("lang");
        return new EditionDocument(
                uniqueName(cover, names),
                cover.outputPath(),
                cover.title(),
                LANGUAGE.matcher(language).matches() ? language : "en",
                cover.date().orElse(LocalDate.EPOCH),
                metadata(coverPage, cover.outputPath()),
                parts,
                glossary);
    }

    /** The cover whose folder holds {@code file} most closely. */
    private static Optional<ContentFile> coverOf(ContentFile file, List<ContentFile> covers) {
        return covers.stream()
                .filter(cover -> file.relativePath().startsWith(folderOf(cover)))
                .max(Comparator.comparingInt(cover -> folderOf(cover).length()));
    }

    private static String folderOf(ContentFile file) {
        int slash = file.relativePath().lastIndexOf('/');
        return slash < 0 ? "" : file.relativePath().substring(0, slash + 1);
    }

    /** The editions' file name: the cover's folder, or for the site's own cover its title as a slug. */
    private static String uniqueName(ContentFile cover, Set<String> taken) {
        String folder = folderOf(cover);
        String base = folder.isEmpty()
                ? FileNames.slugFor(cover.title())
                : folder.substring(0, folder.length() - 1).replace('/', '-');
        if (base.length() > MAX_NAME_LENGTH) {
            int cut = base.lastIndexOf('-', MAX_NAME_LENGTH);
            base = base.substring(0, cut > 0 ? cut : MAX_NAME_LENGTH);
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static String partId(ContentFile file) {
        return "part-" + file.slug().replace('/', '-');
    }

    private EditionDocument.Part part(
            ContentFile file, Map<String, String> partIds, Map<String, List<EditionDocument.Mention>> mentions) {
        Document page = parse(file.outputPath());
        Element article = page.selectFirst("article.document-part");
        Element heading = article == null ? null : article.selectFirst("h1");
        String number = "";
        String title = file.title();
        if (heading != null) {
            Element num = heading.selectFirst("span.num");
            number = num == null ? "" : num.text().strip();
            Element copy = heading.clone();
            copy.select("span.num, a.heading-link").remove();
            title = copy.text().strip();
        }
        int level = file.type() == DocumentType.SUBSECTION ? 2 : 1;
        EditionCleaner cleaner = new EditionCleaner(
                href -> target(href, file.outputPath(), partIds),
                (entryId, where) -> {
                    String[] paragraph = where.split("\n", 2);
                    List<EditionDocument.Mention> list = mentions.computeIfAbsent(entryId, id -> new ArrayList<>());
                    EditionDocument.Mention mention = new EditionDocument.Mention(paragraph[0], paragraph[1]);
                    if (!list.contains(mention)) {
                        list.add(mention);
                    }
                },
                level);
        Element text = article == null ? null : article.selectFirst("> div.text");
        Element cleaned = text == null ? new Element("div") : cleaner.clean(text);
        return new EditionDocument.Part(partIds.get(file.outputPath()), number, title, level, cleaned);
    }

    /**
     * Where a link on the page at {@code from} leads in the edition: a part or paragraph of the
     * document, a glossary entry of the appendix, or an address outside the site; empty for a link
     * to a page the edition doesn't hold.
     */
    private Optional<String> target(String href, String from, Map<String, String> partIds) {
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.isAbsolute()) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto")
                    ? Optional.of(uri.toASCIIString())
                    : Optional.empty();
        }
        if (uri.getRawAuthority() != null || uri.getPath() == null) {
            return Optional.empty();
        }
        String path = uri.getPath().isEmpty() ? from : resolve(from, uri.getPath());
        String fragment = uri.getFragment();
        if (partIds.containsKey(path)) {
            return Optional.of("#" + (fragment != null && isPinpoint(fragment) ? fragment : partIds.get(path)));
        }
        ContentFile file = byOutputPath.get(path);
        if (file != null && file.type() == DocumentType.TERM) {
            return Optional.of("#" + TERM_PREFIX + file.slug().replace('/', '-'));
        }
        return Optional.empty();
    }

    private static boolean isPinpoint(String fragment) {
        return fragment.matches("(p|panel)-[a-z0-9-]+");
    }

    /** {@code relative} resolved against the page {@code from}, both relative to the site root. */
    private static String resolve(String from, String relative) {
        Path base = Path.of("/", from).getParent();
        return base.resolve(relative).normalize().toString().substring(1);
    }

    /** The appendix: each linked entry's name, acronym and definition, by name. */
    private List<EditionDocument.Entry> glossary(Map<String, List<EditionDocument.Mention>> mentions) {
        List<EditionDocument.Entry> entries = new ArrayList<>();
        for (ContentFile file : published) {
            String id = TERM_PREFIX + file.slug().replace('/', '-');
            if (file.type() != DocumentType.TERM || !mentions.containsKey(id)) {
                continue;
            }
            Document page = parse(file.outputPath());
            Element article = page.selectFirst("article.term-entry");
            Element text = article == null ? null : article.selectFirst("> div.text");
            if (text == null || text.text().isBlank()) {
                text = article == null ? null : article.selectFirst("> .term-short");
            }
            Map<String, String> noParts = Map.of();
            EditionCleaner cleaner = new EditionCleaner(
                    href -> target(href, file.outputPath(), noParts)
                            .filter(target ->
                                    !target.startsWith("#" + TERM_PREFIX) || mentions.containsKey(target.substring(1))),
                    (entryId, where) -> {},
                    2);
            Element definition = text == null
                    ? new Element("div")
                            .appendElement("p")
                            .text(file.shortDefinition().orElse(""))
                            .parent()
                    : cleaner.clean(text);
            entries.add(new EditionDocument.Entry(
                    id, file.title(), file.acronym().orElse(""), definition, List.copyOf(mentions.get(id))));
        }
        entries.sort(Comparator.comparing(
                        (EditionDocument.Entry entry) -> entry.title().toLowerCase(Locale.ROOT))
                .thenComparing(EditionDocument.Entry::id));
        return entries;
    }

    /** The cover's metadata list, as the cover shows it. */
    private List<EditionDocument.Metadatum> metadata(Document cover, String coverPath) {
        List<EditionDocument.Metadatum> metadata = new ArrayList<>();
        Element list = cover.selectFirst("article.cover dl.metadata");
        if (list == null) {
            return metadata;
        }
        EditionCleaner cleaner = new EditionCleaner(href -> target(href, coverPath, Map.of()), (id, where) -> {}, 1);
        String label = null;
        for (Element child : list.children()) {
            if (child.normalName().equals("dt")) {
                label = child.text().strip();
            } else if (child.normalName().equals("dd") && label != null) {
                metadata.add(new EditionDocument.Metadatum(label, cleaner.clean(child)));
            }
        }
        return metadata;
    }

    private Document parse(String outputPath) {
        Path file = site.resolve(outputPath);
        try {
            return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "");
        } catch (IOException e) {
            throw new UncheckedIOException("the built page " + outputPath + " can't be read", e);
        }
    }
}
