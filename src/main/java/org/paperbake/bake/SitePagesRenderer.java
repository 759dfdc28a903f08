package org.paperbake.bake;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Library;
import org.paperbake.content.Status;

/**
 * Renders the site's own pages that no content file stands for: {@code full.html} (the whole
 * document on one page), {@code about.html} and {@code search.html}; in a library, each document's
 * full text, own chronology and own about page, and the library's home.
 *
 * <p>Registered in {@code META-INF/services/org.jbake.render.RenderingTool}, so JBake runs it beside
 * its own renderers and these pages go through JBake's Freemarker engine with the same data as
 * every other page ({@code config}, {@code contents}). Each page is a document of its own type
 * whose template defaults to {@code <type>.ftl} ({@code template.full.file} and so on may name
 * another). The full page also gets {@code content.parts}: every published document part in
 * reading order, with its rendered body.
 *
 * <p>A document of more than {@link #FULL_TEXT_MAX_PARTS} parts gets no full page: at that size one
 * page is tens of megabytes that no browser shows well (a 10,000-part document makes 140 MB), and it
 * alone would set the build's memory. Templates see {@code full_text} ({@link FullTextExtractor}) and
 * link to the page only when it exists.
 */
public final class SitePagesRenderer implements RenderingTool {

    /** One page this renderer writes. */
    record SitePage(String type, String uri, String title, String description) {}

    static final List<SitePage> PAGES = List.of(
            new SitePage(
                    "full",
                    "full.html",
                    "The full text",
                    "The whole document on one page, with paragraph numbers, for reading end to end and printing."),
            new SitePage(
                    "about",
                    "about.html",
                    "About this edition",
                    "Where the text comes from, and what this site adds to it."),
            new SitePage(
                    "search", "search.html", "Search", "Search every paragraph and glossary entry of the document."));

    /** The most document parts the full page is made for. */
    static final int FULL_TEXT_MAX_PARTS = 1000;

    /** Whether the site gets a full page: its document has at most {@link #FULL_TEXT_MAX_PARTS} parts. */
    static boolean hasFullText(ContentStore db) {
        return new ContentsExtractor().get(db, null, "contents").size() <= FULL_TEXT_MAX_PARTS;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (LibraryExtractor.isLibrary(db)) {
            return renderLibrary(renderer, db, config);
        }
        boolean fullText = hasFullText(db);
        List<Map<String, Object>> parts = ContentsExtractor.documentParts(db, fullText);
        Map<String, Object> cover = parts.stream()
                .filter(part -> ContentsExtractor.typeOf(part) == DocumentType.DOCUMENT)
                .findFirst()
                .orElse(Map.of());
        int rendered = 0;
        for (SitePage page : PAGES) {
            if ("full".equals(page.type()) && !fullText) {
                continue;
            }
            useDefaultTemplate(config, page.type());
            DocumentModel document = DocumentModel.createDefaultDocumentModel();
            document.setType(page.type());
            document.setUri(page.uri());
            document.setRootPath("");
            document.setTitle(page.title());
            document.setStatus(FrontMatterMarkdownEngine.jbakeStatus(Status.PUBLISHED));
            document.put("description", page.description());
            document.put("cover", cover);
            document.put(
                    "terms",
                    db.getPublishedContent(DocumentType.TERM.toFrontMatter()).size());
            if ("full".equals(page.type())) {
                document.put(
                        "parts",
                        parts.stream()
                                .filter(part -> ContentsExtractor.typeOf(part) != DocumentType.DOCUMENT)
                                .toList());
            }
            try {
                renderer.render(document);
            } catch (Exception e) {
                throw new RenderingException("Failed to render " + page.uri() + ": " + e.getMessage(), e);
            }
            rendered++;
        }
        return rendered;
    }

    /**
     * A library's own pages: one full text per document ({@code <doc>/full.html}), each document's
     * chronology and about page, the about and search pages of the whole library, and the library's home ({@code index.html}, listing the
     * documents from their covers) unless a content page already is the home.
     */
    private static int renderLibrary(Renderer renderer, ContentStore db, JBakeConfiguration config)
            throws RenderingException {
        List<Map<String, Object>> all = ContentsExtractor.documentParts(db, true);
        int rendered = 0;
        for (Map<String, Object> documentCover : LibraryExtractor.partsOf(all, "")) {
            String folder = Library.documentOf((String) documentCover.get("uri"));
            List<Map<String, Object>> parts = LibraryExtractor.partsOf(all, folder);
            if (parts.size() > FULL_TEXT_MAX_PARTS) {
                continue;
            }
            DocumentModel document = sitePage(config, PAGES.get(0), folder + "/");
            document.setRootPath("../");
            document.put(FrontMatterMarkdownEngine.DOCUMENT, folder);
            document.put("cover", documentCover);
            document.put(
                    "parts",
                    parts.stream()
                            .filter(part -> ContentsExtractor.typeOf(part) != DocumentType.DOCUMENT)
                            .toList());
            rendered += render(renderer, document);
        }
        rendered += renderChronologies(renderer, db);
        rendered += renderAbouts(renderer, db, config);
        for (SitePage page : PAGES.subList(1, PAGES.size())) {
            DocumentModel document = sitePage(config, page, "");
            document.put(
                    "terms",
                    db.getPublishedContent(DocumentType.TERM.toFrontMatter()).size());
            rendered += render(renderer, document);
        }
        if (!hasHomePage(db)) {
            int documents = LibraryExtractor.documents(db).size();
            int pages = Math.max(1, (documents + LIBRARY_PAGE_SIZE - 1) / LIBRARY_PAGE_SIZE);
            for (int number = 1; number <= pages; number++) {
                DocumentModel home = sitePage(config, LIBRARY_HOME, "");
                if (number > 1) {
                    home.setUri(libraryPageUri(number));
                    home.setTitle(String.format(
                            java.util.Locale.ROOT,
                            "Documents %,d–%,d of %,d",
                            (number - 1) * LIBRARY_PAGE_SIZE + 1,
                            Math.min(documents, number * LIBRARY_PAGE_SIZE),
                            documents));
                }
                home.put("library_page", number);
                home.put("library_pages", pages);
                home.put("library_page_size", LIBRARY_PAGE_SIZE);
                rendered += render(renderer, home);
            }
        }
        return rendered;
    }

    /**
     * Each document's own chronology ({@code <doc>/chronology.html}), when the site has a chronology
     * listing and the library more than one document: the listing's page, title and text, made
     * again inside the document, whose slot the post-processor fills with that document's
     * statements only. A library of one document keeps the one chronology, as a plain site does.
     */
    private static int renderChronologies(Renderer renderer, ContentStore db) throws RenderingException {
        List<Map<String, Object>> documents = LibraryExtractor.documents(db);
        DocumentModel listing = db.getPublishedContent(DocumentType.LISTING.toFrontMatter()).stream()
                .filter(page -> "chronology".equals(String.valueOf(page.get("listing"))))
                .min(java.util.Comparator.comparing(DocumentModel::getUri))
                .orElse(null);
        if (listing == null || documents.size() < 2) {
            return 0;
        }
        int rendered = 0;
        for (Map<String, Object> cover : documents) {
            String folder = Library.documentOf((String) cover.get("uri"));
            // Not the listing's source_file: its "Edit this page" would edit the library's chronology.
            DocumentModel page = DocumentModel.createDefaultDocumentModel();
            page.setType(listing.getType());
            page.setStatus(listing.getStatus());
            page.setTitle(listing.getTitle());
            page.setDate(listing.getDate());
            page.setUri(Library.chronologyPage(folder));
            page.setRootPath("../");
            page.setBody(listing.getBody());
            page.put("listing", "chronology");
            page.put("description", listing.getOrDefault("description", ""));
            page.put(FrontMatterMarkdownEngine.DOCUMENT, folder);
            rendered += render(renderer, page);
        }
        return rendered;
    }

    /**
     * Each document's own about page ({@code <doc>/about.html}), when the library has more than one
     * document: what the document's cover says of its provenance (issuer, date, source, parts held
     * and missing, copyright, downloads), so that the library's about page stays the same size
     * however many documents the library holds. A library of one document keeps its section of the
     * library's about page, as before.
     */
    private static int renderAbouts(Renderer renderer, ContentStore db, JBakeConfiguration config)
            throws RenderingException {
        List<Map<String, Object>> documents = LibraryExtractor.documents(db);
        if (documents.size() < 2) {
            return 0;
        }
        int rendered = 0;
        for (Map<String, Object> cover : documents) {
            String folder = Library.documentOf((String) cover.get("uri"));
            DocumentModel page = sitePage(config, DOCUMENT_ABOUT, "");
            page.setUri(Library.aboutPage(folder));
            page.setRootPath("../");
            page.put(FrontMatterMarkdownEngine.DOCUMENT, folder);
            rendered += render(renderer, page);
        }
        return rendered;
    }

    /** A library document's own about page: the about template, read with the document's cover. */
    static final SitePage DOCUMENT_ABOUT = new SitePage(
            "about",
            "about.html",
            "About this edition",
            "Where this document's text comes from: who issued it and when, its source, and the parts this site holds.");

    /**
     * The most documents one page of a library's home lists. A document's entry is about 600 bytes,
     * so a home of a thousand documents on one page is 600 KB; the home lists the first hundred and
     * each further hundred has a page of its own ({@link #libraryPageUri}), as legislation.gov.uk's
     * browse pages do. A library of up to a hundred documents has its home on one page, as before.
     */
    static final int LIBRARY_PAGE_SIZE = 100;

    /** The address of page {@code number} (from 2) of a library's home: {@code library-2.html}. */
    static String libraryPageUri(int number) {
        return "library-" + number + ".html";
    }

    /** The generated home of a library. */
    static final SitePage LIBRARY_HOME = new SitePage(
            "library",
            "index.html",
            "",
            "The documents of this library, each with its contents, full text and search.");

    private static boolean hasHomePage(ContentStore db) {
        for (DocumentType type : DocumentType.values()) {
            for (DocumentModel document : db.getPublishedContent(type.toFrontMatter())) {
                if ("index.html".equals(document.getUri())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static DocumentModel sitePage(JBakeConfiguration config, SitePage page, String folder) {
        useDefaultTemplate(config, page.type());
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(page.type());
        document.setUri(folder + page.uri());
        document.setRootPath("");
        document.setTitle(
                page.title().isEmpty() ? java.util.Objects.toString(config.get("site.title"), "") : page.title());
        document.setStatus(FrontMatterMarkdownEngine.jbakeStatus(Status.PUBLISHED));
        document.put("description", page.description());
        return document;
    }

    private static int render(Renderer renderer, DocumentModel document) throws RenderingException {
        try {
            renderer.render(document);
        } catch (Exception e) {
            throw new RenderingException("Failed to render " + document.getUri() + ": " + e.getMessage(), e);
        }
        return 1;
    }

    @Override
    @Deprecated
    public int render(
            Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
            throws RenderingException {
        return render(
                renderer,
                db,
                new JBakeConfigurationFactory().createDefaultJbakeConfiguration(templatesPath.getParentFile(), config));
    }

    /** A site whose jbake.properties names no template for a page type gets {@code <type>.ftl}. */
    private static void useDefaultTemplate(JBakeConfiguration config, String type) {
        if (config.get("template." + type + ".file") == null && config instanceof DefaultJBakeConfiguration settable) {
            settable.setTemplateFileNameForDocType(type, type + ".ftl");
        }
    }
}
