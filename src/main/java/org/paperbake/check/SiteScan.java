package org.paperbake.check;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.Problem;
import org.paperbake.kernel.Utf8Bytes;

/**
 * A built site read once for every check: its files and folders, and for each page what the checks
 * need from it, each page parsed once, on all cores.
 *
 * <p>Only what the checks use is kept of a page — its ids, its links and its Content-Security-Policy
 * problems — not its tree, so the memory a check needs grows with the number of links, not with
 * the size of the pages. Link targets repeat on every page (the sidebar, the header), so each
 * distinct target is stored once.
 */
public final class SiteScan {

    /**
     * What the checks need from one built page.
     *
     * @param path the page, relative to the site root with forward slashes
     * @param ids every id on the page
     * @param links every {@code a}, {@code link} href and {@code script}, {@code img} src, in page order, once each
     * @param navigation every {@code a} and {@code area} href, in page order, once each: what a reader can follow
     * @param securityProblems the page's Content-Security-Policy problems
     * @param duplicateIds every id the page holds more than once, in page order, once each
     */
    public record Page(
            String path,
            Set<String> ids,
            List<String> links,
            List<String> navigation,
            List<Problem> securityProblems,
            List<String> duplicateIds) {

        /** A page whose ids are all different. */
        public Page(
                String path,
                Set<String> ids,
                List<String> links,
                List<String> navigation,
                List<Problem> securityProblems) {
            this(path, ids, links, navigation, securityProblems, List.of());
        }
    }

    /**
     * A built page as read from disk: the key under which {@code serve} remembers its scan.
     *
     * @param path the page, relative to the site root
     * @param html its text
     */
    public record BuiltPage(String path, Utf8Bytes html) {}

    /**
     * The pages a stage wrote from a tree it held, each read from that tree when it is written: the
     * scan takes such a page from here instead of parsing its file again, as long as the file still
     * holds exactly the text the stage wrote (a later stage may rewrite a page, and then its file is
     * parsed). A page whose tree has a policy problem is not kept: its file is parsed to locate it.
     * Safe to use from several threads.
     */
    public static final class Handover {

        /** What was read from one page's tree, and the SHA-256 of the text written from it. */
        private record Handed(byte[] digest, Page page) {}

        private final Map<String, String> distinct = new ConcurrentHashMap<>();
        private final Map<String, Handed> pages = new ConcurrentHashMap<>();

        /**
         * Reads {@code tree}, written as {@code text} to the page {@code path} (relative to the site
         * root, with forward slashes).
         */
        public void written(String path, Document tree, String text) {
            Page page = scanPage(path, tree, distinct);
            if (page.securityProblems().isEmpty()) {
                pages.put(path, new Handed(sha256(text.getBytes(StandardCharsets.UTF_8)), page));
            } else {
                pages.remove(path);
            }
        }

        /** The page read from the tree written as {@code bytes}, or null when none was, or another text. */
        private Page pageWrittenAs(String path, byte[] bytes) {
            Handed handed = pages.get(path);
            return handed != null && MessageDigest.isEqual(handed.digest(), sha256(bytes)) ? handed.page() : null;
        }

        private static byte[] sha256(byte[] bytes) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }

    /**
     * Where a link on a page leads.
     *
     * @param kind what sort of link it is
     * @param path for a {@link LinkKind#PAGE} link, the file it points at, relative to the site root
     *        (a folder's {@code index.html} for a folder); else empty
     * @param fragment its {@code #fragment}, or null
     */
    public record Target(LinkKind kind, String path, String fragment) {}

    /** The sorts of link a page can hold. */
    public enum LinkKind {
        /** With a scheme or starting with {@code //}: not the site's business. */
        EXTERNAL,
        /** Not a URL at all. */
        INVALID,
        /** Starting with {@code /}: breaks under a project path and from disk. */
        ABSOLUTE,
        /** Relative, but climbing out of the site. */
        OUTSIDE,
        /** Relative, to a file of the site (which may or may not exist). */
        PAGE
    }

    private static final List<String> ACTIVE_DOCUMENTS =
            List.of(".svg", ".xhtml", ".xht", ".xml", ".htm", ".shtml", ".xsl");

    private final Path folder;
    private final Map<String, Page> pages;
    private final Set<String> files;
    private final Set<String> folders;
    private final List<Problem> securityProblems;
    private final int pagesReadFromTrees;
    /**
     * Links resolved so far, by the linking page's folder, then the link: pages repeat the same links.
     * Two levels rather than one joined key, so that each lookup hashes strings that already know
     * their hash (the links are the scan's shared copies) instead of a new string per link.
     */
    private final Map<String, Map<String, Target>> targets = new ConcurrentHashMap<>();

    private SiteScan(
            Path folder,
            Map<String, Page> pages,
            Set<String> files,
            Set<String> folders,
            List<Problem> securityProblems,
            int pagesReadFromTrees) {
        this.folder = folder;
        this.pages = pages;
        this.files = files;
        this.folders = folders;
        this.securityProblems = securityProblems;
        this.pagesReadFromTrees = pagesReadFromTrees;
    }

    /** Reads the site built into {@code folder}, each page read as last time taken from {@code memory}. */
    public static SiteScan of(Path folder, BuildMemory memory) {
        return of(folder, memory, new Handover());
    }

    /**
     * Reads the site built into {@code folder}, each page read as last time taken from {@code memory},
     * and each page {@code handover} read from its tree taken from there while its file is as written.
     */
    public static SiteScan of(Path folder, BuildMemory memory, Handover handover) {
        Memo<BuiltPage, Page> scans = memory.memo(BuiltPage.class);
        Path root = folder.toAbsolutePath().normalize();
        List<Path> all = walk(root);
        Set<String> files = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (Path path : all) {
            (Files.isDirectory(path) ? folders : files).add(relative(root, path));
        }
        List<ScannedFile> scanned = all.parallelStream()
                .filter(Files::isRegularFile)
                .map(path -> scanFile(root, path, handover, scans))
                .toList();
        Map<String, Page> pages = new TreeMap<>();
        List<Problem> securityProblems = new ArrayList<>();
        int fromTrees = 0;
        for (ScannedFile file : scanned) {
            if (file.page() != null) {
                pages.put(file.page().path(), file.page());
            }
            securityProblems.addAll(file.securityProblems());
            fromTrees += file.fromTree() ? 1 : 0;
        }
        return new SiteScan(
                root, pages, Set.copyOf(files), Set.copyOf(folders), List.copyOf(securityProblems), fromTrees);
    }

    /** How many pages were taken from the trees handed over rather than parsed from their files. */
    public int pagesReadFromTrees() {
        return pagesReadFromTrees;
    }

    /** The folder the site was built into. */
    public Path folder() {
        return folder;
    }

    /** Every page, by path, in path order. */
    public Map<String, Page> pages() {
        return pages;
    }

    /** Whether {@code path} (relative to the site root) is a file of the site. */
    public boolean isFile(String path) {
        return files.contains(path);
    }

    /** Whether {@code path} (relative to the site root, "" for the root) is a folder of the site. */
    public boolean isFolder(String path) {
        return path.isEmpty() || folders.contains(path);
    }

    /** Every Content-Security-Policy problem of the site's pages and active documents, in path order. */
    public List<Problem> securityProblems() {
        return securityProblems;
    }

    /** Where the link {@code href} on the page {@code page} leads. */
    public Target resolve(String page, String href) {
        int slash = page.lastIndexOf('/');
        String folderOfPage = slash < 0 ? "" : page.substring(0, slash);
        return targets.computeIfAbsent(folderOfPage, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(href, key -> resolveUncached(page, href));
    }

    private Target resolveUncached(String page, String href) {
        URI uri;
        try {
            uri = new URI(href.strip());
        } catch (URISyntaxException e) {
            return new Target(LinkKind.INVALID, "", null);
        }
        if (uri.getScheme() != null || href.startsWith("//")) {
            return new Target(LinkKind.EXTERNAL, "", null);
        }
        if (href.startsWith("/")) {
            return new Target(LinkKind.ABSOLUTE, "", null);
        }
        String raw = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path pageFile = folder.resolve(page);
        Path file = raw.isEmpty() ? pageFile : pageFile.getParent().resolve(raw).normalize();
        if (!file.startsWith(folder)) {
            return new Target(LinkKind.OUTSIDE, "", null);
        }
        String path = relative(folder, file);
        if (isFolder(path)) {
            path = path.isEmpty() ? "index.html" : path + "/index.html";
        }
        return new Target(LinkKind.PAGE, path, uri.getFragment());
    }

    /**
     * What one file of the site gave: a page (or null for any other file), its policy problems, and
     * whether the page was taken from a tree handed over.
     */
    private record ScannedFile(Page page, List<Problem> securityProblems, boolean fromTree) {
        static ScannedFile of(Page page, boolean fromTree) {
            return new ScannedFile(page, page.securityProblems(), fromTree);
        }
    }

    /** A page's {@link Page}, an active document's problems, or nothing for any other file. */
    private static ScannedFile scanFile(Path root, Path file, Handover handover, Memo<BuiltPage, Page> scans) {
        String path = relative(root, file);
        String shown = "output/" + path;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Map<String, String> distinct = handover.distinct;
        try {
            if (name.endsWith(".html") && Files.size(file) > STREAMED_PAGE_BYTES) {
                return ScannedFile.of(streamPage(path, file, distinct), false);
            }
            if (name.endsWith(".html")) {
                byte[] bytes = Files.readAllBytes(file);
                Page handed = handover.pageWrittenAs(path, bytes);
                // A page read from its tree is remembered as if parsed, so that a rebuild finding it
                // unchanged needs no tree; any other is decoded strictly, as Files.readString does.
                BuiltPage built = new BuiltPage(path, Utf8Bytes.of(bytes));
                return ScannedFile.of(
                        scans.get(
                                built,
                                key -> handed != null
                                        ? handed
                                        : scanPage(path, key.html().writtenText(), distinct)),
                        handed != null);
            }
            if (ACTIVE_DOCUMENTS.stream().anyMatch(name::endsWith)) {
                return new ScannedFile(
                        null,
                        ContentSecurityCheck.checkActiveDocument(
                                shown, Files.readString(file, StandardCharsets.ISO_8859_1)),
                        false);
            }
            return new ScannedFile(null, List.of(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses without tracking source positions, which makes Jsoup's parse half as slow again; only a
     * page with a policy problem is parsed a second time, tracking them, to give its problems lines.
     */
    static Page scanPage(String path, String html, Map<String, String> distinct) {
        Page page = scanPage(path, Jsoup.parse(html, "", Parser.htmlParser()), distinct);
        if (page.securityProblems().isEmpty()) {
            return page;
        }
        List<Problem> located = ContentSecurityCheck.checkPage(
                "output/" + path, Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)));
        return new Page(page.path(), page.ids(), page.links(), page.navigation(), located, page.duplicateIds());
    }

    private static Page scanPage(String path, Document document, Map<String, String> distinct) {
        Set<String> ids = new HashSet<>();
        Set<String> duplicateIds = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        Set<String> navigation = new LinkedHashSet<>();
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("id") && !ids.add(element.id())) {
                duplicateIds.add(element.id());
            }
            String tag = element.normalName();
            boolean anchor = tag.equals("a") || tag.equals("area");
            if (anchor && element.hasAttr("href")) {
                navigation.add(once(element.attr("href"), distinct));
            }
            if ((tag.equals("a") || tag.equals("link")) && element.hasAttr("href")) {
                links.add(once(element.attr("href"), distinct));
            } else if ((tag.equals("script") || tag.equals("img")) && element.hasAttr("src")) {
                links.add(once(element.attr("src"), distinct));
            }
        }
        List<Problem> security = ContentSecurityCheck.checkPage("output/" + path, document);
        return new Page(
                path,
                Set.copyOf(ids),
                List.copyOf(links),
                List.copyOf(navigation),
                security,
                List.copyOf(duplicateIds));
    }

    /**
     * A page larger than this is read as a stream ({@link #streamPage}), not as one string and one
     * tree, and not remembered: the chronology of a 10,000-part document is 60 MB of HTML, whose tree
     * took more memory than the rest of the build.
     */
    static final long STREAMED_PAGE_BYTES = 1 << 20;

    private static final Evaluator POLICY_META = QueryParser.parse(ContentSecurityCheck.POLICY_META);

    /**
     * What one element and the elements inside it hold for the checks, in page order.
     *
     * @param ids the ids, the element's own first
     * @param links what {@link Page#links} takes from them
     * @param navigation what {@link Page#navigation} takes from them
     */
    private record Held(List<String> ids, List<String> links, List<String> navigation) {
        static Held empty() {
            return new Held(new ArrayList<>(0), new ArrayList<>(0), new ArrayList<>(0));
        }

        boolean isEmpty() {
            return ids.isEmpty() && links.isEmpty() && navigation.isEmpty();
        }

        void addAll(Held inner) {
            ids.addAll(inner.ids());
            links.addAll(inner.links());
            navigation.addAll(inner.navigation());
        }
    }

    /**
     * The same {@link Page} as {@link #scanPage(String, String, Map)}, from a page read element by
     * element: Jsoup's stream parser gives each element when it closes, after the elements inside
     * it, so what each element holds is kept until its parent closes, put in page order (the
     * element's own, then its children's in turn), and the element's children are dropped from the
     * tree. Only the ids and links stay, as in the whole-tree scan. A page with a policy problem, or
     * whose markup the parser rearranges (which the bake's own pages never need), is scanned whole.
     */
    static Page streamPage(String path, Path file, Map<String, String> distinct) throws IOException {
        String shown = "output/" + path;
        Map<Element, Held> held = new IdentityHashMap<>();
        // Elements given but not yet gathered by their parent: an element given twice, or gathered
        // without having been given, is markup the parser rearranged (a table's foster children,
        // misnested formatting), whose order only the whole tree knows.
        Set<Element> given = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean rearranged = false;
        List<Problem> security = new ArrayList<>();
        Element policyMeta = null;
        Held all;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                StreamParser parser = new StreamParser(Parser.htmlParser()).parse(in, "")) {
            Document document = parser.document();
            for (Iterator<Element> elements = parser.iterator(); elements.hasNext() && !rearranged; ) {
                Element element = elements.next();
                if (element == document) {
                    continue;
                }
                rearranged = !given.add(element);
                if (policyMeta == null && POLICY_META.matches(document, element)) {
                    policyMeta = element.shallowClone();
                }
                ContentSecurityCheck.checkElement(shown, element, security);
                Held inside = heldBy(element, distinct);
                rearranged |= !gather(element, held, given, inside);
                element.empty();
                if (!inside.isEmpty()) {
                    held.put(element, inside);
                }
            }
            all = Held.empty();
            rearranged |= !gather(document, held, given, all) || !given.isEmpty();
        }
        if (rearranged || !security.isEmpty() || !ContentSecurityCheck.declaresPolicy(policyMeta)) {
            return scanPage(path, Files.readString(file, StandardCharsets.UTF_8), distinct);
        }
        Set<String> ids = new HashSet<>();
        Set<String> duplicateIds = new LinkedHashSet<>();
        for (String id : all.ids()) {
            if (!ids.add(id)) {
                duplicateIds.add(id);
            }
        }
        return new Page(
                path,
                Set.copyOf(ids),
                List.copyOf(new LinkedHashSet<>(all.links())),
                List.copyOf(new LinkedHashSet<>(all.navigation())),
                List.of(),
                List.copyOf(duplicateIds));
    }

    /**
     * Moves what {@code parent}'s children hold from {@code held} into {@code into}, in child order;
     * false when a child was never given by the parser.
     */
    private static boolean gather(Element parent, Map<Element, Held> held, Set<Element> given, Held into) {
        boolean allGiven = true;
        for (Element child : parent.children()) {
            allGiven &= given.remove(child);
            Held ofChild = held.remove(child);
            if (ofChild != null) {
                into.addAll(ofChild);
            }
        }
        return allGiven;
    }

    /** What {@code element} itself holds, in the order {@link #scanPage(String, Document, Map)} reads it. */
    private static Held heldBy(Element element, Map<String, String> distinct) {
        Held own = Held.empty();
        if (element.hasAttr("id")) {
            own.ids().add(element.id());
        }
        String tag = element.normalName();
        boolean anchor = tag.equals("a") || tag.equals("area");
        if (anchor && element.hasAttr("href")) {
            own.navigation().add(once(element.attr("href"), distinct));
        }
        if ((tag.equals("a") || tag.equals("link")) && element.hasAttr("href")) {
            own.links().add(once(element.attr("href"), distinct));
        } else if ((tag.equals("script") || tag.equals("img")) && element.hasAttr("src")) {
            own.links().add(once(element.attr("src"), distinct));
        }
        return own;
    }

    private static String once(String value, Map<String, String> distinct) {
        String known = distinct.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    private static List<Path> walk(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> !path.equals(root)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
