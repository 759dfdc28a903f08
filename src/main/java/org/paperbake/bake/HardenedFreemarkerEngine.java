package org.paperbake.bake;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleDate;
import freemarker.template.SimpleSequence;
import freemarker.template.Template;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Hashed;
import org.paperbake.kernel.Problem;

/**
 * JBake's template engine, replaced by a Freemarker set-up that keeps the templates closed.
 *
 * <p>JBake's own {@code FreemarkerTemplateEngine} builds its {@link Configuration} privately with
 * incompatible-improvements 2.3.0 and the default error handler (which writes the error and a Java
 * stack trace into the published page), and hands templates the content store ({@code db}) and
 * data files ({@code data}) as Java beans whose every method a template can call. This engine is
 * given to JBake's {@code Renderer} in place of its delegating engine, and:
 * <ul>
 *   <li>runs with incompatible-improvements {@value #INCOMPATIBLE_IMPROVEMENTS_TEXT} and HTML
 *       auto-escaping as the default output format;</li>
 *   <li>refuses {@code ?new} for every class ({@link TemplateClassResolver#ALLOWS_NOTHING_RESOLVER})
 *       and {@code ?api};</li>
 *   <li>exposes no Java methods or properties of plain objects ({@link BeansWrapper#EXPOSE_NOTHING}),
 *       and neither {@code db}, {@code data} nor {@code renderer};</li>
 *   <li>rethrows every template error instead of printing it into the page, and records it, located
 *       to the template's file and line, as a {@link Problem} for the build to fail with.</li>
 * </ul>
 * Content is never evaluated as a template: bodies arrive as data and are only ever printed.
 */
final class HardenedFreemarkerEngine extends DelegatingTemplateEngine {

    /** The model keys JBake offers that would reach Java objects rather than data. */
    static final Set<String> CLOSED_KEYS = Set.of(ModelAttributes.DB, ModelAttributes.DATA, ModelAttributes.RENDERER);

    static final Version INCOMPATIBLE_IMPROVEMENTS = Configuration.VERSION_2_3_34;
    private static final String INCOMPATIBLE_IMPROVEMENTS_TEXT = "2.3.34";

    private final Configuration freemarker;
    private final Path templateFolder;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    /** JBake's settings as the templates' {@code config}, made once per bake rather than once per page. */
    private Map<String, Object> configMap;
    /** Set while a page renders when its template reads other pages beyond contents and listings. */
    private final ThreadLocal<boolean[]> readsOtherPages = ThreadLocal.withInitial(() -> new boolean[1]);

    /**
     * @param db the content store JBake bakes from (used only through the model extractors)
     * @param config JBake's configuration: template folder, encodings, time zone, locale
     */
    public HardenedFreemarkerEngine(ContentStore db, JBakeConfiguration config) {
        this(db, config, createConfiguration(config));
    }

    /**
     * An engine rendering with {@code freemarker}, a set-up {@link #setUp} made for the same
     * settings: Freemarker keeps each template it has parsed in it, so a set-up that outlives one
     * bake parses the templates once, not once per bake.
     */
    HardenedFreemarkerEngine(ContentStore db, JBakeConfiguration config, Configuration freemarker) {
        super(db, config);
        this.templateFolder = config.getTemplateFolder().toPath();
        this.freemarker = freemarker;
    }

    /**
     * What a Freemarker set-up is made from: the settings it reads and every template's text. A
     * set-up remembered under it has parsed exactly these templates.
     *
     * @param templateFolder where the templates are loaded from
     * @param templates every template's text, by path
     * @param settings the encodings, time zone and locale it is made with
     */
    record SetUp(Path templateFolder, Hashed<Map<String, String>> templates, List<String> settings) {}

    /**
     * The Freemarker set-up for {@code config}'s templates, {@code templates} their texts: the one
     * remembered from the last bake when neither the settings nor any template's text changed
     * ({@code serve} parses the templates once, not on every rebuild; parsing them was a sixth of a
     * one-page rebuild of the seed site), else a new one. Without the texts (a template can't be
     * read) a new one, whose render reports the template.
     */
    static Configuration setUp(JBakeConfiguration config, Map<String, String> templates, BuildMemory memory) {
        if (templates == null) {
            return createConfiguration(config);
        }
        SetUp key = new SetUp(
                config.getTemplateFolder().toPath().toAbsolutePath().normalize(),
                Hashed.of(templates),
                Arrays.asList(
                        config.getRenderEncoding(),
                        config.getOutputEncoding(),
                        String.valueOf(config.getFreemarkerTimeZone()),
                        config.getJvmLocale()));
        return memory.<SetUp, Configuration>memo(SetUp.class).get(key, k -> createConfiguration(config));
    }

    /**
     * Replaces the renderer JBake's factory put into {@code utensils} with one that renders through
     * a new hardened engine, and returns that engine so that its {@link #problems()} can be read
     * after the bake.
     */
    public static HardenedFreemarkerEngine installInto(Utensils utensils) {
        HardenedFreemarkerEngine engine =
                new HardenedFreemarkerEngine(utensils.getContentStore(), utensils.getConfiguration());
        utensils.setRenderer(new Renderer(utensils.getContentStore(), utensils.getConfiguration(), engine));
        return engine;
    }

    /** The Freemarker set-up described in the class comment; package-private so tests can check each setting. */
    Configuration configuration() {
        return freemarker;
    }

    /** Every template failure so far, each located to its template file and line. */
    public List<Problem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    private static Configuration createConfiguration(JBakeConfiguration config) {
        Configuration freemarker = new Configuration(INCOMPATIBLE_IMPROVEMENTS);
        try {
            // FileTemplateLoader refuses templates that resolve (through links) outside the folder.
            freemarker.setTemplateLoader(new FileTemplateLoader(config.getTemplateFolder()));
        } catch (IOException e) {
            throw new IllegalStateException("the template folder " + config.getTemplateFolder() + " cannot be read", e);
        }
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        freemarker.setLocale(config.getJvmLocale() != null ? LocaleUtils.toLocale(config.getJvmLocale()) : Locale.US);
        freemarker.setLocalizedLookup(false);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setObjectWrapper(createObjectWrapper());
        // A set-up kept between bakes looks at each template file's time on every use rather than trusting
        // what it parsed for 5 s (Freemarker's default): an edit between reading the texts for the key and
        // loading a template is then never served stale from a remembered set-up.
        freemarker.setTemplateUpdateDelayMilliseconds(0);
        return freemarker;
    }

    private static DefaultObjectWrapper createObjectWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(INCOMPATIBLE_IMPROVEMENTS);
        builder.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        builder.setExposeFields(false);
        return builder.build();
    }

    /**
     * The settings as JBake's own engine hands them to every page. Rebuilding the map walks every
     * key of the configuration; the settings don't change during a bake, and templates can't change
     * the map, so every page shares one.
     */
    private synchronized Map<String, Object> configAsMap() {
        if (configMap == null) {
            configMap = config.asHashMap();
        }
        return configMap;
    }

    /**
     * Renders a page and tells whether its template read only the page's own data, the settings and
     * the site-wide {@link SiteBaker#SITE_KEYS} — then the page is a function of those alone and can
     * be remembered between builds. A template that reads any other extractor (JBake's
     * {@code published_content}, {@code all_content}, {@code data}, …) sees other pages' bodies.
     */
    boolean renderReadingOnlyKnownData(org.jbake.template.model.TemplateModel model, String templateName, Writer writer)
            throws RenderingException {
        boolean[] flag = readsOtherPages.get();
        flag[0] = false;
        renderDocument(model, templateName, writer);
        return !flag[0];
    }

    @Override
    public void renderDocument(org.jbake.template.model.TemplateModel model, String templateName, Writer writer)
            throws RenderingException {
        model.setVersion(config.getVersion());
        model.setConfig(configAsMap());
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(new ClosedModel(model), writer);
        } catch (ParseException e) {
            throw fail(
                    model,
                    e.getTemplateName(),
                    e.getLineNumber(),
                    "cannot be parsed: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            String blamed = e.getBlamedExpressionString();
            String description = firstLine(e.getMessageWithoutStackTop());
            if (blamed != null && !description.contains(blamed)) {
                description += " (" + blamed + ")";
            }
            throw fail(
                    model, e.getTemplateSourceName(), e.getLineNumber() == null ? 0 : e.getLineNumber(), description);
        } catch (IOException e) {
            throw fail(model, templateName, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private RenderingException fail(
            org.jbake.template.model.TemplateModel model, String templateName, int line, String description) {
        Object page = model.getContent() == null ? null : model.getContent().get("source_file");
        String where = page != null ? " while rendering content/" + page : "";
        Problem problem = Problem.at(
                templateFolder.resolve(templateName == null ? "?" : templateName),
                line,
                "the template failed" + where + ": " + description,
                "fix the template; the page data it can use is listed in README.md");
        problems.add(problem);
        return new RenderingException(problem.format());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        StringBuilder text = new StringBuilder();
        for (String line : message.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("----") || line.startsWith("Tip:") || line.startsWith("FTL stack")) {
                if (text.length() > 0) {
                    break;
                }
                continue;
            }
            text.append(text.length() > 0 ? " " : "").append(line.startsWith("==> ") ? line.substring(4) : line);
        }
        return text.toString().replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "");
    }

    /**
     * The data a template sees: the page model and JBake's model extractors, but none of
     * {@link #CLOSED_KEYS}.
     */
    private final class ClosedModel implements TemplateHashModel {

        private final Map<String, Object> model;

        ClosedModel(Map<String, Object> model) {
            this.model = model;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (CLOSED_KEYS.contains(key)) {
                return null;
            }
            try {
                TemplateModel value = extractors.extractAndTransform(db, key, model, (name, v) -> adapt(name, v));
                if (!SiteBaker.SITE_KEYS.contains(key)) {
                    readsOtherPages.get()[0] = true;
                }
                return value;
            } catch (NoModelExtractorException e) {
                return freemarker.getObjectWrapper().wrap(model.get(key));
            }
        }

        private TemplateModel adapt(String key, Object value) {
            if (value instanceof Date date && ModelAttributes.PUBLISHED_DATE.equals(key)) {
                return new SimpleDate(date, TemplateDateModel.UNKNOWN);
            }
            if (value instanceof Collection<?> collection) {
                return new SimpleSequence(collection, freemarker.getObjectWrapper());
            }
            try {
                return freemarker.getObjectWrapper().wrap(value);
            } catch (TemplateModelException e) {
                throw new IllegalStateException("cannot wrap " + key, e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
