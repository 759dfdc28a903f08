package org.paperbake.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.paperbake.kernel.Problem;

/**
 * Several documents in one site: which document a page belongs to, and the rules a library's
 * folders keep.
 *
 * <p>A site with one document keeps it at the top of {@code content/} (its cover is
 * {@code content/index.md}). A library keeps each document in a folder of its own,
 * {@code content/<doc>/}, with its cover at {@code content/<doc>/index.md}; the glossary
 * ({@code content/glossary/}) and the listings stay at the top and are shared. The document of a
 * page is therefore the first folder of its path, and the site is a library as soon as one cover
 * lives in a folder. Numbering, reading order and pinpoints are all per document.
 */
public final class Library {

    /** The shared glossary's folder: never a document. */
    public static final String GLOSSARY_FOLDER = "glossary";

    private static final String COVER_FILE = "index.md";

    private Library() {}

    /**
     * The address of a library document's own chronology ({@code cyber/chronology.html}): the bake
     * writes it, the post-processor fills it and links the library's chronology to it.
     */
    public static String chronologyPage(String folder) {
        return folder + "/chronology.html";
    }

    /**
     * The address of a library document's own about page ({@code cyber/about.html}): its provenance,
     * which the library's about page leaves to it so as not to grow with the library.
     */
    public static String aboutPage(String folder) {
        return folder + "/about.html";
    }

    /**
     * The document folder of a page ({@code cyber} for {@code cyber/06-1.md}), or {@code ""} for a
     * page at the top of {@code content/} or in the glossary.
     */
    public static String documentOf(String relativePath) {
        int slash = relativePath.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = relativePath.substring(0, slash);
        return GLOSSARY_FOLDER.equals(folder) ? "" : folder;
    }

    /** The document folder of {@code file}; see {@link #documentOf(String)}. */
    public static String documentOf(ContentFile file) {
        return documentOf(file.relativePath());
    }

    /** Whether the files make a library: at least one cover lives in a document folder. */
    public static boolean isLibrary(List<ContentFile> files) {
        return files.stream()
                .anyMatch(file -> file.type() == DocumentType.DOCUMENT
                        && !documentOf(file).isEmpty());
    }

    /** The published covers of a library, by document folder in folder order; empty for a one-document site. */
    public static Map<String, ContentFile> covers(List<ContentFile> files) {
        Map<String, ContentFile> covers = new TreeMap<>();
        for (ContentFile file : files) {
            if (file.type() == DocumentType.DOCUMENT
                    && file.isPublished()
                    && !documentOf(file).isEmpty()) {
                covers.put(documentOf(file), file);
            }
        }
        return covers;
    }

    /** The short title of each document of a library, by folder; empty for a one-document site. */
    public static Map<String, String> shortTitles(List<ContentFile> files) {
        Map<String, String> names = new TreeMap<>();
        covers(files)
                .forEach((folder, cover) -> names.put(folder, cover.shortTitle().orElse(folder)));
        return names;
    }

    /**
     * The old addresses of the documents that moved into their folders ({@code moved_from: /} on
     * the cover), each with its new one: every published page of the document and its full text,
     * {@code 06-1-….html} → {@code cyberspace/06-1-….html}. An old address that a page of the
     * library now has (the home, {@code index.html}) keeps that page and gets no redirect.
     */
    public static Map<String, String> redirects(List<ContentFile> files) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        files.forEach(file -> taken.add(file.outputPath()));
        taken.add("index.html");
        Map<String, String> redirects = new TreeMap<>();
        for (Map.Entry<String, ContentFile> cover : covers(files).entrySet()) {
            if (!"/".equals(cover.getValue().movedFrom().orElse(""))) {
                continue;
            }
            String prefix = cover.getKey() + "/";
            List<String> moved = new ArrayList<>();
            moved.add(prefix + "full.html");
            for (ContentFile file : files) {
                if (file.isPublished() && file.outputPath().startsWith(prefix)) {
                    moved.add(file.outputPath());
                }
            }
            for (String now : moved) {
                String old = now.substring(prefix.length());
                if (!taken.contains(old)) {
                    redirects.put(old, now);
                }
            }
        }
        return redirects;
    }

    /** The pages of each document, by folder ({@code ""} holds the pages outside any document), in the files' order. */
    public static Map<String, List<ContentFile>> byDocument(List<ContentFile> files) {
        Map<String, List<ContentFile>> byDocument = new LinkedHashMap<>();
        for (ContentFile file : files) {
            byDocument
                    .computeIfAbsent(documentOf(file), folder -> new ArrayList<>())
                    .add(file);
        }
        return byDocument;
    }

    /**
     * Every problem of a library's layout: covers nested or misplaced, pages in a folder without a
     * cover, covers without a short title or sharing one, a parent in another document, two
     * documents moved from one address. A one-document site has none of these.
     */
    public static List<Problem> check(List<ContentFile> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ContentFile> coverOf = new HashMap<>();
        for (ContentFile file : files) {
            if (file.type() == DocumentType.DOCUMENT) {
                checkCoverPlace(file, problems);
                if (isCoverPlace(file.relativePath())) {
                    coverOf.put(documentOf(file), file);
                }
            }
        }
        if (coverOf.keySet().stream().noneMatch(folder -> !folder.isEmpty())) {
            return problems;
        }
        ContentFile topCover = coverOf.get("");
        if (topCover != null) {
            problems.add(Problem.at(
                    topCover.file(),
                    topCover.lineOf("type"),
                    "this site is a library (documents in folders under content/), so its home page is made from the"
                            + " documents' covers and may not be a document",
                    "move this document into a folder of its own, content/<name>/, with 'moved_from: /' on its cover"
                            + " so that its old addresses redirect"));
        }
        checkPagesHaveCovers(files, coverOf, problems);
        checkShortTitles(coverOf, problems);
        checkParentsInDocument(files, problems);
        checkMoves(coverOf, problems);
        return problems;
    }

    private static boolean isCoverPlace(String relativePath) {
        String document = documentOf(relativePath);
        String expected = document.isEmpty() ? COVER_FILE : document + "/" + COVER_FILE;
        return relativePath.equals(expected);
    }

    private static void checkCoverPlace(ContentFile cover, List<Problem> problems) {
        String path = cover.relativePath();
        if (isCoverPlace(path)) {
            return;
        }
        if (path.startsWith(GLOSSARY_FOLDER + "/")) {
            problems.add(Problem.at(
                    cover.file(),
                    cover.lineOf("type"),
                    "a document's cover is in the glossary folder",
                    "move it to content/<name>/index.md; the glossary holds only entries of type 'term'"));
        } else if (path.indexOf('/') != path.lastIndexOf('/')) {
            problems.add(Problem.at(
                    cover.file(),
                    cover.lineOf("type"),
                    "this document's folder is nested in another document's folder ("
                            + path.substring(0, path.indexOf('/')) + "/)",
                    "move its folder up beside the others, content/"
                            + path.substring(
                                    path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1, path.lastIndexOf('/'))
                            + "/; a library holds its documents side by side"));
        } else {
            String expected = (documentOf(path).isEmpty() ? "" : documentOf(path) + "/") + COVER_FILE;
            problems.add(Problem.at(
                    cover.file(),
                    cover.lineOf("type"),
                    "a document's cover must be its folder's index.md",
                    "rename this file to content/" + expected + ", or give it another 'type'"));
        }
    }

    private static void checkPagesHaveCovers(
            List<ContentFile> files, Map<String, ContentFile> coverOf, List<Problem> problems) {
        for (ContentFile file : files) {
            String document = documentOf(file);
            if (document.isEmpty() || coverOf.containsKey(document) || file.type() == DocumentType.DOCUMENT) {
                continue;
            }
            problems.add(Problem.at(
                    file.file(),
                    1,
                    "this page is in the folder " + document + "/, which has no cover (" + document
                            + "/index.md of type 'document')",
                    "add the document's cover " + document + "/index.md, or move the page into its document's folder"));
        }
    }

    private static void checkShortTitles(Map<String, ContentFile> coverOf, List<Problem> problems) {
        Map<String, ContentFile> byShortTitle = new HashMap<>();
        for (Map.Entry<String, ContentFile> document : new TreeMap<>(coverOf).entrySet()) {
            ContentFile cover = document.getValue();
            if (document.getKey().isEmpty()) {
                continue; // reported as a cover at the top, which must move into a folder
            }
            Optional<String> shortTitle = cover.shortTitle().map(String::strip);
            if (shortTitle.isEmpty() || shortTitle.get().isEmpty()) {
                problems.add(Problem.at(
                        cover.file(),
                        cover.lineOf("title"),
                        "this document of a library has no 'short_title', which names it in every pinpoint",
                        "add a line such as 'short_title: " + suggestedShortTitle(cover.title()) + "'"));
                continue;
            }
            ContentFile earlier = byShortTitle.putIfAbsent(shortTitle.get().toLowerCase(Locale.ROOT), cover);
            if (earlier != null) {
                problems.add(Problem.at(
                        cover.file(),
                        cover.lineOf("short_title"),
                        "the short title '" + shortTitle.get() + "' is also used by "
                                + Problem.displayPath(earlier.file()) + ", so a pinpoint would name two documents",
                        "give each document its own 'short_title'"));
            }
        }
    }

    /** The last few words of a title, as a starting point for a short title. */
    static String suggestedShortTitle(String title) {
        String[] words = title.strip().split("\\s+");
        int from = Math.max(0, words.length - 3);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static void checkParentsInDocument(List<ContentFile> files, List<Problem> problems) {
        for (ContentFile file : files) {
            Optional<String> parent = file.parent();
            if (parent.isPresent() && !documentOf(parent.get() + ".md").equals(documentOf(file))) {
                problems.add(Problem.at(
                        file.file(),
                        file.lineOf("parent"),
                        "the parent page '" + parent.get() + "' is in another document",
                        "name a section of this page's own document, in the same folder"));
            }
        }
    }

    private static void checkMoves(Map<String, ContentFile> coverOf, List<Problem> problems) {
        Map<String, ContentFile> byOldAddress = new HashMap<>();
        for (ContentFile cover : new TreeMap<>(coverOf).values()) {
            Optional<String> movedFrom = cover.movedFrom();
            if (movedFrom.isEmpty()) {
                continue;
            }
            if (!movedFrom.get().equals("/")) {
                problems.add(Problem.at(
                        cover.file(),
                        cover.lineOf("moved_from"),
                        "'moved_from' is '" + movedFrom.get() + "', but a document can only have moved from the site's"
                                + " top, '/'",
                        "write 'moved_from: /', or remove the line"));
                continue;
            }
            ContentFile earlier = byOldAddress.putIfAbsent(movedFrom.get(), cover);
            if (earlier != null) {
                problems.add(Problem.at(
                        cover.file(),
                        cover.lineOf("moved_from"),
                        "'moved_from: /' is also on " + Problem.displayPath(earlier.file())
                                + ", but only one document was at the site's top",
                        "keep 'moved_from' on the document that was there, and remove it here"));
            }
        }
    }
}
