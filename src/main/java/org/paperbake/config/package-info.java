/**
 * Site settings.
 *
 * <p>Takes {@code jbake.properties}; gives a validated {@link org.paperbake.config.SiteConfig}
 * read once, with unknown keys reported and a suggestion for each.
 */
package org.paperbake.config;
