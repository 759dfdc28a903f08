/**
 * The post-process stage: Jsoup over the baked HTML.
 *
 * <p>Takes the folder JBake baked into; gives the same pages with panels boxed as asides and every
 * body paragraph numbered with a pinpoint anchor (¶ 6.1.3). The glossary, cross-reference and
 * chronology pages are built here too as they land.
 */
package org.paperbake.postprocess;
