package org.paperbake.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;

/**
 * Makes the JBake template engine that renders {@code .ftl} templates for one bake.
 *
 * <p>{@link SiteBaker} takes one, so that a different Freemarker engine (for example a hardened
 * one) plugs in without touching the rest of the bake: {@code new SiteBaker(MyEngine::new)}.
 */
@FunctionalInterface
public interface TemplateEngineFactory {

    /** The engine for one bake, reading {@code store} and {@code config}. */
    AbstractTemplateEngine create(JBakeConfiguration config, ContentStore store);
}
