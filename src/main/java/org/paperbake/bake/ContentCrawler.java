package org.paperbake.bake;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.apache.commons.io.FilenameUtils;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;
import org.jbake.util.HtmlUtil;
import org.paperbake.content.ContentFile;

/**
 * Fills a content store from the already-read content files, as JBake's {@code Crawler} would.
 *
 * <p>JBake's crawler reads every file again, hashes it, asks the database per file whether it
 * changed, and parses it with a new Markdown parser. Here the validated {@link ContentFile}s are
 * turned into documents by the same {@link FrontMatterMarkdownEngine} on all cores, given the same
 * attributes JBake's crawler adds (uri, root path, sha1, file, cached, rendered), and added in JBake's
 * crawl order (folder by folder, names sorted) so that ties in the store's date order match.
 */
final class ContentCrawler {

    /** JBake's crawl order: depth first, each folder's entries sorted by name. */
    static final Comparator<ContentFile> CRAWL_ORDER = (a, b) -> compareSegments(a.relativePath(), b.relativePath());

    private final JBakeConfiguration config;
    private final FrontMatterMarkdownEngine engine;

    ContentCrawler(JBakeConfiguration config, FrontMatterMarkdownEngine engine) {
        this.config = config;
        this.engine = engine;
    }

    /** Parses every file (in parallel) and adds the documents of known types to {@code store}, in crawl order. */
    void crawl(List<ContentFile> files, ContentStore store) {
        List<ContentFile> ordered = new ArrayList<>(files);
        ordered.sort(CRAWL_ORDER);
        List<DocumentModel> documents =
                ordered.parallelStream().map(this::toDocument).toList();
        documents.stream().filter(Objects::nonNull).forEach(store::addDocument);
    }

    /** One content file as the document JBake's crawler would store, or null when JBake would skip it. */
    DocumentModel toDocument(ContentFile content) {
        File sourceFile = new File(config.getContentFolder(), content.relativePath());
        DocumentModel document = engine.parse(config, sourceFile);
        if (document == null || !DocumentTypes.contains(document.getType())) {
            return null;
        }
        String uri = buildUri(sourceFile);
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, sourceFile));
        document.setSha1(content.sourceSha1());
        document.setRendered(false);
        document.setFile(sourceFile.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        if (document.getStatus().equals(ModelAttributes.Status.PUBLISHED_DATE)
                && document.getDate() != null
                && new Date().after(document.getDate())) {
            document.setStatus(ModelAttributes.Status.PUBLISHED);
        }
        if (config.getUriWithoutExtension()) {
            document.setNoExtensionUri(uri.replace("/index.html", "/"));
        }
        if (config.getImgPathUpdate()) {
            HtmlUtil.fixImageSourceUrls(document, config);
        }
        return document;
    }

    /** The same uri JBake's crawler gives a content file. */
    private String buildUri(File sourceFile) {
        String uri = FileUtil.asPath(sourceFile).replace(FileUtil.asPath(config.getContentFolder()), "");
        String prefix = config.getPrefixForUriWithoutExtension();
        boolean noExtension =
                config.getUriWithoutExtension() && prefix != null && !prefix.isEmpty() && uri.startsWith(prefix);
        String encoded = FileUtil.URI_SEPARATOR_CHAR
                + FilenameUtils.getPath(uri)
                + URLEncoder.encode(FilenameUtils.getBaseName(uri), StandardCharsets.UTF_8);
        uri = noExtension
                ? encoded + FileUtil.URI_SEPARATOR_CHAR + "index" + config.getOutputExtension()
                : encoded + config.getOutputExtension();
        return uri.startsWith(FileUtil.URI_SEPARATOR_CHAR) ? uri.substring(1) : uri;
    }

    private static int compareSegments(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
