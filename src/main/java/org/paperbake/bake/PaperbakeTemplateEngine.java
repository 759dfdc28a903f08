package org.paperbake.bake;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.paperbake.kernel.Computed;
import org.paperbake.kernel.Hashed;
import org.paperbake.kernel.Memo;

/**
 * JBake's delegating template engine with the per-page work done once per bake.
 *
 * <p>JBake's {@link DelegatingTemplateEngine} copies the whole configuration into a new map and
 * looks the template file up on disk for every page. This one builds the {@code config} map once
 * (templates read it, never write it), remembers which file each template name resolves to, and
 * hands {@code .ftl} templates to the engine made by a {@link TemplateEngineFactory}. The data
 * model templates see is JBake's: {@code content}, {@code config}, {@code version}, the extractors.
 */
final class PaperbakeTemplateEngine extends DelegatingTemplateEngine {

    private final AbstractTemplateEngine freemarker;
    private final Map<String, Object> configModel;
    private final Map<String, String> resolvedNames = new ConcurrentHashMap<>();
    private final Memo<SiteBaker.PageModel, String> renderedPages;
    private final Hashed<SiteBaker.SiteModel> siteModel;

    /**
     * An engine that keeps rendered pages in {@code renderedPages} under {@code siteModel}: what
     * every page sees of the site (settings, templates, contents, listings), so that a page is
     * rendered again only when it or that changed. With no {@code siteModel} no page is kept.
     */
    PaperbakeTemplateEngine(
            ContentStore store,
            JBakeConfiguration config,
            TemplateEngineFactory factory,
            Memo<SiteBaker.PageModel, String> renderedPages,
            Hashed<SiteBaker.SiteModel> siteModel) {
        super(store, config);
        this.renderedPages = renderedPages;
        this.siteModel = siteModel;
        this.freemarker = factory.create(config, store);
        // JBake's own HashMap, shared by all pages: Freemarker copies it per page exactly as before.
        this.configModel = config.asHashMap();
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        model.setVersion(config.getVersion());
        model.setConfig(configModel);
        String name = resolvedNames.computeIfAbsent(templateName, this::resolve);
        if (!"ftl".equals(FileUtil.fileExt(name))) {
            // Only Freemarker is on the classpath; JBake would log and write an empty page.
            throw new RenderingException(
                    "no template engine for the template " + name + " — Paperbake renders .ftl templates");
        }
        String html;
        try {
            html = siteModel == null
                    ? render(model, name).value()
                    : renderedPages.getComputed(
                            new SiteBaker.PageModel(name, new HashMap<>(model.getContent()), siteModel),
                            key -> render(model, name));
        } catch (Failed failed) {
            throw failed.rendering();
        }
        try {
            writer.write(html);
        } catch (IOException e) {
            throw new RenderingException("cannot write the page: " + e.getMessage(), e);
        }
    }

    /**
     * Renders a page, which may be remembered only when its template read nothing but what the
     * page's key holds: the hardened engine tells; a page of any other engine is rendered every time.
     */
    private Computed<String> render(TemplateModel model, String name) {
        StringWriter page = new StringWriter();
        try {
            if (freemarker instanceof HardenedFreemarkerEngine hardened) {
                boolean readOnlyKnownData = hardened.renderReadingOnlyKnownData(model, name, page);
                return new Computed<>(page.toString(), readOnlyKnownData);
            }
            freemarker.renderDocument(model, name, page);
            return Computed.uncacheable(page.toString());
        } catch (RenderingException e) {
            throw new Failed(e);
        }
    }

    /** Carries a failed render out of the memo's function, which can't throw the checked exception. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RenderingException rendering;

        Failed(RenderingException rendering) {
            super(null, null, false, false);
            this.rendering = rendering;
        }

        RenderingException rendering() {
            return rendering;
        }
    }

    /** JBake's rule: the configured file if it exists, else the same name with another known extension. */
    private String resolve(String templateName) {
        File folder = config.getTemplateFolder();
        if (new File(folder, templateName).exists()) {
            return templateName;
        }
        String base = templateName.substring(
                0, templateName.length() - FileUtil.fileExt(templateName).length() - 1);
        return new File(folder, base + ".ftl").exists() ? base + ".ftl" : templateName;
    }
}
