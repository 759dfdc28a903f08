/**
 * The post-process stage: Jsoup over the baked HTML.
 *
 * <p>Takes the folder JBake baked into, the content files and the {@link org.paperbake.postprocess.Glossary}.
 * {@link org.paperbake.postprocess.PostProcessor} gives every page with panels boxed as asides and every
 * body paragraph numbered with a pinpoint anchor (¶ 6.1.3) — on every document part of a page, so the
 * full text keeps the same anchors — plus the in-page contents and heading permalinks; and, for the
 * whole site, the search index ({@code js/search-index.js}, lunr copied beside it), robots.txt and,
 * when site.host is set, sitemap.xml. In the same parse it links glossary terms, each linked term's
 * short definition written once per page outside the paragraphs ({@link org.paperbake.postprocess.TermLinker}, one
 * {@link org.paperbake.postprocess.TermMatcher} pass per text), then fills the cross-reference blocks:
 * term pages' mentions and related terms, the glossary, references and chronology pages (in a library
 * the chronology grouped by document, and each document's own), and each
 * section's terms and related sections. Pages are processed on all cores and what they yield is
 * merged in page order; with a remembering {@link org.paperbake.kernel.BuildMemory}, {@code serve}
 * skips pages that haven't changed. It also reports the glossary's coverage
 * ({@link org.paperbake.postprocess.GlossaryCoverage}).
 */
package org.paperbake.postprocess;
