/**
 * Whole-site checks of the built seed site: HTML validity (Nu Html Checker), accessibility (axe-core
 * in headless Chromium, light and dark), browser behaviour at the root and under a project path, and
 * screenshots under {@code target/screenshots/}.
 */
package org.paperbake.site;
