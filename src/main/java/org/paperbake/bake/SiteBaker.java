package org.paperbake.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentTypes;
import org.jbake.render.DocumentsRenderer;
import org.jbake.render.RenderingTool;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Hashed;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * The one adapter between Paperbake and JBake: bakes validated content into a destination folder,
 * with JBake's renderer, template engine, model extractors and asset copier, driven in-process.
 *
 * <p>It does what JBake's {@code Oven.bake()} does, with the slow utensils replaced: an
 * {@link InMemoryContentStore} instead of OrientDB (seconds to start in a fresh JVM, a commit per
 * file), a {@link ContentCrawler} that turns the already-read files into documents on all cores
 * with one shared Markdown parser, and a {@link LinearDocumentsRenderer} that computes
 * previous/next once instead of per page and renders pages on all cores. The output is the same
 * as JBake's own {@code Oven} with the same engine and templates ({@link StockJBakeBaker}); tests
 * compare the two byte for byte.
 *
 * <p>JBake collects errors instead of throwing and skips files it can't parse with only a warning;
 * this class turns both into {@link PaperbakeException.ContentProblems}: every rendering error
 * becomes a problem (located in the template where the message says which), and every published
 * content file must have produced its page. Drafts are never handed to JBake; stock JBake's
 * {@code Oven}, which crawls the folder itself, writes them with a suffix, and they are removed.
 */
public final class SiteBaker implements Baker {

    private static final Pattern TEMPLATE_LOCATION =
            Pattern.compile("in template \"([^\"]+)\"(?: at line (\\d+))?", Pattern.DOTALL);
    private static final AtomicBoolean EXTRACTOR_LISTENER_ADDED = new AtomicBoolean();

    /**
     * JBake's rendering tools but the documents' ({@link LinearDocumentsRenderer} renders those),
     * found once: they hold no state, and looking them up searched every jar on each of {@code
     * serve}'s rebuilds.
     */
    private static final List<RenderingTool> OTHER_TOOLS = ServiceLoader.load(RenderingTool.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(tool -> !(tool instanceof DocumentsRenderer))
            .toList();

    /**
     * The extractors a page's remembered rendering depends on besides its own data: every page
     * shows the contents, the listings and the cover's facts. A template reading any other extractor is rendered on
     * every build.
     */
    static final Set<String> SITE_KEYS =
            Set.of("contents", "contents_tree", "listings", "full_text", "cover", "library");

    /** The engine for {@code .ftl} templates; empty for the hardened engine, whose set-up is remembered between bakes. */
    private final Optional<TemplateEngineFactory> templateEngine;

    /**
     * What every page sees of the site, as a value: the key part shared by every page, under which
     * a page is rendered again when it changes.
     *
     * @param settings JBake's settings, without those naming the build's staging folder
     * @param templates every template's text, by path
     * @param contents the {@code contents} extractor's entries
     * @param listings the {@code listings} extractor's entries
     * @param cover the {@code cover} extractor's front matter (every page names the issuer and the source)
     * @param library the {@code library} extractor's documents (each library page's cover is one of them)
     */
    public record SiteModel(
            Map<String, Object> settings,
            Map<String, String> templates,
            List<Map<String, Object>> contents,
            List<Map<String, Object>> listings,
            Map<String, Object> cover,
            List<Map<String, Object>> library) {}

    /**
     * A page as its template sees it: the key under which {@code serve} remembers the rendered page.
     *
     * @param template the template's name
     * @param content the page's own data
     * @param site what the page sees of the site
     */
    public record PageModel(String template, Map<String, Object> content, Hashed<SiteModel> site) {}

    /** A baker rendering templates with the hardened Freemarker engine (no ?new, no ?api, no db bean). */
    public SiteBaker() {
        this.templateEngine = Optional.empty();
    }

    /** A baker rendering {@code .ftl} templates with the engine {@code templateEngine} makes. */
    public SiteBaker(TemplateEngineFactory templateEngine) {
        this.templateEngine = Optional.of(templateEngine);
    }

    /** Loads and initialises what baking uses (Freemarker's parser, the Markdown renderer), for {@code Site.warmUpInBackground}. */
    public static void warmUp() {
        try {
            new freemarker.template.Template(
                    "warm-up",
                    "<#if x??>${x}</#if>",
                    new freemarker.template.Configuration(HardenedFreemarkerEngine.INCOMPATIBLE_IMPROVEMENTS));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        new MarkdownRenderer(BuildMemory.none()).renderMarkdown("A *paragraph*.");
    }

    @Override
    public int bake(SiteConfig config, List<ContentFile> files, Path destination, BuildMemory memory) {
        JBakeConfiguration jbake = JBakeSettings.load(config, destination);
        // Drafts never reach JBake: what it isn't given it can't write, link or index, whatever
        // address it would have given the page.
        List<ContentFile> published =
                files.stream().filter(ContentFile::isPublished).toList();
        FrontMatterMarkdownEngine engine = engineFor(published, new MarkdownRenderer(memory));
        InMemoryContentStore store = new InMemoryContentStore();
        List<Throwable> errors = new ArrayList<>();

        setLocale(jbake);
        registerDocumentTypes(jbake);
        new ContentCrawler(jbake, engine).crawl(published, store);
        new Crawler(store, jbake).crawlDataFiles();
        Map<String, String> templateTexts = templateTexts(config);
        AbstractTemplateEngine templates = templateEngine
                .map(factory -> factory.create(jbake, store))
                .orElseGet(() -> new HardenedFreemarkerEngine(
                        store, jbake, HardenedFreemarkerEngine.setUp(jbake, templateTexts, memory)));
        PaperbakeTemplateEngine pages = new PaperbakeTemplateEngine(
                store,
                jbake,
                (c, s) -> templates,
                memory.memo(PageModel.class),
                siteModel(jbake, templateTexts, store, destination, memory));
        Renderer renderer = new Renderer(store, jbake, pages);
        LinearDocumentsRenderer.render(renderer, store, errors);
        renderOtherPages(renderer, store, jbake, errors);
        Asset asset = new Asset(jbake);
        asset.copy();
        asset.copyAssetsFromContent(jbake.getContentFolder());
        errors.addAll(asset.getErrors());

        return finish(config, files, destination, errors, locatedProblems(templates));
    }

    /**
     * What every page sees of the site; null when a template can't be read, and then no page is
     * remembered (the render itself reports the template).
     */
    private static Hashed<SiteModel> siteModel(
            JBakeConfiguration jbake,
            Map<String, String> templates,
            InMemoryContentStore store,
            Path destination,
            BuildMemory memory) {
        if (templates == null) {
            return null;
        }
        // Each build bakes into a new staging folder: settings naming it differ only by that name.
        Map<String, Object> settings = new TreeMap<>(jbake.asHashMap());
        settings.values()
                .removeIf(value ->
                        String.valueOf(value).contains(destination.getFileName().toString()));
        return memory.shared(Hashed.of(new SiteModel(
                settings,
                templates,
                new ContentsExtractor().get(store, null, "contents"),
                new ListingsExtractor().get(store, null, "listings"),
                new CoverExtractor().get(store, null, "cover"),
                new LibraryExtractor().get(store, null, "library"))));
    }

    /** Every template's text by path, read once per bake; null when a template can't be read. */
    private static Map<String, String> templateTexts(SiteConfig config) {
        Map<String, String> templates = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(config.templateFolder())) {
            for (Path template : walk.filter(Files::isRegularFile).toList()) {
                templates.put(template.toString(), Files.readString(template, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return null;
        }
        return templates;
    }

    /** Template failures the hardened engine located to a template file and line, if it is the engine. */
    static List<Problem> locatedProblems(AbstractTemplateEngine templates) {
        return templates instanceof HardenedFreemarkerEngine hardened ? hardened.problems() : List.of();
    }

    /** JBake's configuration for a bake of {@code config}'s site into {@code destination}. */
    static DefaultJBakeConfiguration configure(SiteConfig config, Path destination) {
        return new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(
                        config.sourceFolder().toFile(),
                        destination.toFile(),
                        config.file().toFile(),
                        true);
    }

    /** The Markdown engine for {@code files}: it looks the already-read files up by absolute path. */
    static FrontMatterMarkdownEngine engineFor(List<ContentFile> files, MarkdownRenderer markdown) {
        Map<String, ContentFile> filesByPath = new HashMap<>();
        files.forEach(
                file -> filesByPath.put(file.file().toAbsolutePath().normalize().toString(), file));
        return new FrontMatterMarkdownEngine(filesByPath, NavigationLinks.forPages(files), markdown);
    }

    /**
     * Checks JBake's errors and the pages made, removes drafts; the number of published pages.
     * Template failures already located by the engine replace JBake's messages about them.
     */
    static int finish(
            SiteConfig config,
            List<ContentFile> files,
            Path destination,
            List<Throwable> errors,
            List<Problem> located) {
        refuseWriteFailures(destination, errors);
        List<Problem> problems = new ArrayList<>(located);
        for (Throwable error : located.isEmpty() ? errors : List.<Throwable>of()) {
            problems.add(toProblem(config, error));
        }
        removeDrafts(files, destination, problems);
        checkEveryPageWasBaked(files, destination, problems);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems("the bake failed", problems);
        }
        return (int) files.stream().filter(ContentFile::isPublished).count();
    }

    /**
     * A full disk or a folder that can't be written fails every page and asset the same way: say so
     * once, as the output's failure, not as one template or JBake problem per page.
     */
    private static void refuseWriteFailures(Path destination, List<Throwable> errors) {
        List<IOException> writeFailures = errors.stream()
                .map(SiteBaker::writeFailureOf)
                .filter(Objects::nonNull)
                .toList();
        if (writeFailures.isEmpty()) {
            return;
        }
        String others = writeFailures.size() == 1
                ? ""
                : "; " + (writeFailures.size() - 1) + " more pages and files failed the same way";
        throw new PaperbakeException.OutputFailed(
                "cannot write the site",
                List.of(Problem.at(
                        destination,
                        0,
                        "cannot be written (" + writeFailures.get(0).getMessage() + ")" + others,
                        "free space on the disk or check the output folder's permissions, then build again")));
    }

    /**
     * The input-output failure behind a bake error, if it is one. Freemarker reports a missing or
     * broken template as an {@code IOException} too: that is the template's problem, not the disk's.
     */
    private static IOException writeFailureOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && !cause.getClass().getName().startsWith("freemarker.")) {
                return io;
            }
        }
        return null;
    }

    /** As {@code Oven}: the JVM locale from {@code jvm.locale}, which date formatting in templates uses. */
    private static void setLocale(JBakeConfiguration jbake) {
        String locale = jbake.getJvmLocale();
        Locale.setDefault(locale != null ? LocaleUtils.toLocale(locale) : Locale.getDefault());
    }

    /** As {@code Oven}: the document types from {@code template.<type>.file}, each with its extractors. */
    private static void registerDocumentTypes(JBakeConfiguration jbake) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        // The listener set is static and never cleared: one listener serves every bake in this JVM.
        if (EXTRACTOR_LISTENER_ADDED.compareAndSet(false, true)) {
            DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        }
        for (String docType : jbake.getDocumentTypes()) {
            DocumentTypes.addDocumentType(docType);
        }
        DocumentTypes.addDocumentType(jbake.getDataFileDocType());
    }

    /** JBake's other rendering tools (404, and index, feed, sitemap, tags, archive when switched on). */
    private static void renderOtherPages(
            Renderer renderer, InMemoryContentStore store, JBakeConfiguration jbake, List<Throwable> errors) {
        for (RenderingTool tool : OTHER_TOOLS) {
            try {
                tool.render(renderer, store, jbake);
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
    }

    /**
     * Stock JBake renders drafts beside published pages as {@code <slug>-draft.html}; a published
     * site leaves them out. Content file names are slugs ({@code FileNames}), which JBake's
     * URL-encoding leaves as they are, so this is the name it wrote.
     */
    private static void removeDrafts(List<ContentFile> files, Path destination, List<Problem> problems) {
        for (ContentFile file : files) {
            if (!file.isPublished()) {
                Path draft = destination.resolve(file.slug() + "-draft.html");
                try {
                    Files.deleteIfExists(draft);
                } catch (IOException e) {
                    problems.add(Problem.at(
                            draft, 0, "cannot remove the draft page", "check the output folder's permissions"));
                }
            }
        }
    }

    private static void checkEveryPageWasBaked(List<ContentFile> files, Path destination, List<Problem> problems) {
        for (ContentFile file : files) {
            if (file.isPublished() && !Files.isRegularFile(destination.resolve(file.outputPath()))) {
                problems.add(Problem.at(
                        file.file(),
                        1,
                        "JBake produced no page for this file",
                        "check that 'type: " + file.type().toFrontMatter() + "' has a template (template."
                                + file.type().toFrontMatter()
                                + ".file in jbake.properties)"));
            }
        }
    }

    private static Problem toProblem(SiteConfig config, Throwable error) {
        String message = messageOf(error);
        Matcher location = TEMPLATE_LOCATION.matcher(message);
        String firstLine = message.lines()
                .filter(line -> !line.isBlank())
                .findFirst()
                .orElse(message)
                .strip();
        if (location.find()) {
            Path template = config.templateFolder().resolve(location.group(1));
            int line = location.group(2) == null ? 0 : Integer.parseInt(location.group(2));
            return Problem.at(
                    template,
                    line,
                    "the template failed: " + firstLine,
                    "fix the template; the page data it can use is listed in README.md");
        }
        return Problem.at(
                config.file(),
                0,
                "JBake failed: " + firstLine,
                "check the templates and settings named in the message");
    }

    private static String messageOf(Throwable error) {
        StringBuilder message = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message.append(cause.getMessage()).append('\n');
            }
        }
        return message.toString();
    }
}
