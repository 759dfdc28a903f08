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

    /** A page as its template sees it: the template, the page's own data, and what it sees of the site. */
    record PageKey(String template, Map<String, Object> content, Object site) {}

    private final AbstractTemplateEngine freemarker;
    private final Map<String, Object> configModel;
    private final Map<String, String> resolvedNames = new ConcurrentHashMap<>();
    private final Memo<PageKey, String> renderedPages;
    private final Object siteKey;

    PaperbakeTemplateEngine(ContentStore store, JBakeConfiguration config, TemplateEngineFactory factory) {
        this(store, config, factory, Memo.none(), null);
    }

    /**
     * An engine that remembers rendered pages in {@code renderedPages} under {@code siteKey}: what
     * every page sees of the site (settings, templates, contents, listings), so that a page is
     * rendered again only when it or that changed.
     */
    PaperbakeTemplateEngine(
            ContentStore store,
            JBakeConfiguration config,
            TemplateEngineFactory factory,
            Memo<PageKey, String> renderedPages,
            Object siteKey) {
        super(store, config);
        this.renderedPages = renderedPages;
        this.siteKey = siteKey;
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
        if (siteKey == null || !(freemarker instanceof HardenedFreemarkerEngine hardened)) {
            freemarker.renderDocument(model, name, writer);
            return;
        }
        renderRemembered(hardened, model, name, writer);
    }

    /**
     * Renders through the memo. A page whose template reads more of the site than the key holds is
     * written but not remembered, so it is rendered on every build.
     */
    private void renderRemembered(HardenedFreemarkerEngine hardened, TemplateModel model, String name, Writer writer)
            throws RenderingException {
        PageKey key = new PageKey(name, new HashMap<>(model.getContent()), siteKey);
        String[] unremembered = new String[1];
        String html;
        try {
            html = renderedPages.get(key, k -> {
                StringWriter page = new StringWriter();
                try {
                    if (hardened.renderReadingOnlyKnownData(model, name, page)) {
                        return page.toString();
                    }
                } catch (RenderingException e) {
                    throw new Failed(e);
                }
                unremembered[0] = page.toString();
                throw new Failed(null);
            });
        } catch (Failed failed) {
            if (failed.rendering() != null) {
                throw failed.rendering();
            }
            html = unremembered[0];
        }
        try {
            writer.write(html);
        } catch (IOException e) {
            throw new RenderingException("cannot write the page: " + e.getMessage(), e);
        }
    }

    /** Carries a failed render, or a page not to remember (null), out of the memo's function. */
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
