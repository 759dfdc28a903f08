/**
 * The post-process stage: Jsoup over the baked HTML.
 *
 * <p>Takes the folder JBake baked into; gives the same pages with panels boxed as asides and every
 * body paragraph numbered with a pinpoint anchor (¶ 6.1.3) — on every document part of a page, so the
 * full text keeps the same anchors — plus the in-page contents and heading permalinks; and, for the
 * whole site, the search index ({@code js/search-index.js}, lunr copied beside it), robots.txt and,
 * when site.host is set, sitemap.xml. The glossary, cross-reference and chronology pages are built
 * here too as they land.
 */
package org.paperbake.postprocess;
