/**
 * The bake stage, and the only package that touches JBake ({@code org.jbake.*}).
 *
 * <p>Takes the site settings and the validated content files; gives one HTML page per published
 * content file, rendered by JBake's {@code Oven} through the Freemarker templates, plus the site's
 * own pages ({@code full.html}, {@code about.html}, {@code search.html}; in a library each
 * document's {@code <doc>/full.html}, {@code <doc>/chronology.html} and {@code <doc>/about.html} and
 * the home, rendered by
 * {@link org.paperbake.bake.SitePagesRenderer}, a JBake rendering tool) and the copied assets, in a
 * destination folder. JBake's static registries (markup engines, model extractors)
 * and deprecated overloads stay behind {@link org.paperbake.bake.SiteBaker}, so that its store,
 * crawler or renderer can be replaced without touching the other stages.
 */
package org.paperbake.bake;
