package org.paperbake.bake;

import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.parser.Engines;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.BuildMemory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Bakes with JBake's own {@link Oven} and default utensils: the OrientDB content store, JBake's
 * crawler and its quadratic documents renderer, with Paperbake's Markdown engine and templates.
 *
 * <p>The reference that {@link SiteBaker} must match byte for byte, and the "stock JBake" side of
 * {@code paperbake bench --compare-jbake}. OrientDB is not on Paperbake's runtime classpath: this
 * runs in tests, and in the benchmark's child JVM, which adds it.
 */
public final class StockJBakeBaker implements Baker {

    @Override
    public int bake(SiteConfig config, List<ContentFile> files, Path destination, BuildMemory memory) {
        routeJavaUtilLoggingToSlf4j();
        // Registered before each bake, because JBake's own md engine would otherwise win.
        Engines.register("md", SiteBaker.engineFor(files, new MarkdownRenderer(memory)));
        Utensils utensils = UtensilsFactory.createDefaultUtensils(SiteBaker.configure(config, destination));
        HardenedFreemarkerEngine templates = HardenedFreemarkerEngine.installInto(utensils);
        Oven oven = new Oven(utensils);
        oven.bake();
        return SiteBaker.finish(config, files, destination, oven.getErrors(), templates.problems());
    }

    /**
     * OrientDB, inside stock JBake, logs through java.util.logging; without the bridge it prints INFO
     * lines to stderr. Installed here rather than at start-up: setting up java.util.logging costs the
     * fast path's every start about 50 ms, and only this baker needs it.
     */
    private static synchronized void routeJavaUtilLoggingToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
