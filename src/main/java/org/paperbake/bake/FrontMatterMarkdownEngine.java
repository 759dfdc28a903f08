package org.paperbake.bake;

import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.MarkupEngine;
import org.paperbake.content.ContentFile;
import org.paperbake.content.Library;
import org.paperbake.content.Status;

/**
 * JBake's markup engine for {@code .md} files with YAML front matter.
 *
 * <p>Registered with {@code Engines.register("md", …)} before each bake, because an entry in
 * {@code META-INF/org.jbake.parser.MarkupEngines.properties} loses to JBake's own. The files were
 * already read and validated by {@link org.paperbake.content.ContentReader}; the engine looks them
 * up instead of parsing again, and renders the body with the shared {@link MarkdownRenderer}.
 */
final class FrontMatterMarkdownEngine extends MarkupEngine {

    /** The page's panel numbers and titles, as parallel lists of strings (which JBake's store keeps as they are). */
    static final String PANEL_NUMBERS = "panel_numbers";

    static final String PANEL_TITLES = "panel_titles";
    /** The page's opening words as plain text, for its description meta tag. */
    static final String SUMMARY = "summary";
    /** The page's document folder ({@code cyber}), or {@code ""} outside a library's documents. */
    static final String DOCUMENT = "document";
    /** On a library's cover: how many paragraphs its document's parts hold. */
    static final String PARAGRAPHS = "paragraphs";

    private final Map<String, ContentFile> filesByPath;
    private final Map<String, NavigationLinks> navigation;
    private final MarkdownRenderer markdown;
    private final Map<String, Integer> paragraphs;

    FrontMatterMarkdownEngine(
            Map<String, ContentFile> filesByPath, Map<String, NavigationLinks> navigation, MarkdownRenderer markdown) {
        this.filesByPath = filesByPath;
        this.navigation = navigation;
        this.markdown = markdown;
        this.paragraphs = paragraphCounts(filesByPath.values());
    }

    /** How many paragraphs each library document's published parts hold; empty on a site of one document. */
    private static Map<String, Integer> paragraphCounts(java.util.Collection<ContentFile> files) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (ContentFile file : files) {
            String document = Library.documentOf(file);
            if (!document.isEmpty()
                    && file.isPublished()
                    && file.type().isDocumentPart()
                    && file.type() != org.paperbake.content.DocumentType.DOCUMENT) {
                counts.merge(document, paragraphsIn(file.body()), Integer::sum);
            }
        }
        return counts;
    }

    /** The paragraphs of a body: its blocks, less headings, panel titles and editor's notes, which are not numbered. */
    static int paragraphsIn(String body) {
        int count = 0;
        for (org.paperbake.kernel.ParagraphIds.Block block : org.paperbake.kernel.ParagraphIds.blocks(body)) {
            String text = block.text();
            if (!(text.startsWith("#") || text.startsWith("**Panel ") || text.startsWith("[!NOTE]"))) {
                count++;
            }
        }
        return count;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        ContentFile content =
                filesByPath.get(file.getAbsoluteFile().toPath().normalize().toString());
        if (content == null) {
            // A file that appeared after the content was read: leave it out; the page check reports it.
            return null;
        }
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        content.frontMatter().forEach((key, value) -> document.put(key, toStoredValue(value)));
        document.setTitle(content.title());
        document.setType(content.type().toFrontMatter());
        document.setStatus(jbakeStatus(content.status()));
        document.setDate(content.date().map(FrontMatterMarkdownEngine::toDate).orElse(new Date(0)));
        document.put("slug", content.slug());
        document.put("source_file", content.relativePath());
        // The document a page belongs to ("" outside a library's folders): the extractors give
        // each page its own document's contents and cover.
        document.put(DOCUMENT, Library.documentOf(content));
        content.parent().ifPresent(parent -> document.put("parent", parent));
        if (content.type() == org.paperbake.content.DocumentType.DOCUMENT
                && paragraphs.containsKey(Library.documentOf(content))) {
            document.put(PARAGRAPHS, paragraphs.get(Library.documentOf(content)));
        }
        NavigationLinks links = navigation.get(content.slug());
        if (links != null) {
            links.putInto(document);
        }
        MarkdownRenderer.RenderedBody body = markdown.renderBody(content.body());
        document.setBody(body.html());
        document.put(SUMMARY, body.summary());
        document.put(PANEL_NUMBERS, body.panelNumbers());
        document.put(PANEL_TITLES, body.panelTitles());
        return document;
    }

    /** JBake's word for a status: its store lists only "published" documents, and its renderer suffixes "draft" ones. */
    static String jbakeStatus(Status status) {
        return switch (status) {
            case PUBLISHED -> ModelAttributes.Status.PUBLISHED;
            case DRAFT -> ModelAttributes.Status.DRAFT;
        };
    }

    /** JBake's store keeps strings, numbers, dates and lists; calendar days become dates at UTC midnight. */
    private static Object toStoredValue(Object value) {
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        if (value instanceof List<?> list) {
            return List.copyOf(list);
        }
        return value;
    }

    private static Date toDate(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
