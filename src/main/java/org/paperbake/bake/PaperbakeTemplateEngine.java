package org.paperbake.bake;

import java.io.File;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

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

    PaperbakeTemplateEngine(ContentStore store, JBakeConfiguration config, TemplateEngineFactory factory) {
        super(store, config);
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
            throw new RenderingException("no template engine for the template " + name + " — Paperbake renders .ftl templates");
        }
        freemarker.renderDocument(model, name, writer);
    }

    /** JBake's rule: the configured file if it exists, else the same name with another known extension. */
    private String resolve(String templateName) {
        File folder = config.getTemplateFolder();
        if (new File(folder, templateName).exists()) {
            return templateName;
        }
        String base = templateName.substring(0, templateName.length() - FileUtil.fileExt(templateName).length() - 1);
        return new File(folder, base + ".ftl").exists() ? base + ".ftl" : templateName;
    }
}
