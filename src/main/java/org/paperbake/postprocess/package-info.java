/**
 * The post-process stage: Jsoup over the baked HTML.
 *
 * <p>Takes the folder JBake baked into, the content files and the {@link org.paperbake.postprocess.Glossary};
 * gives the same pages with panels boxed as asides, every body paragraph numbered with a pinpoint
 * anchor (¶ 6.1.3), glossary terms linked with their short definition as a tooltip
 * ({@link org.paperbake.postprocess.TermLinker}, one {@link org.paperbake.postprocess.TermMatcher}
 * pass per text), and the cross-reference blocks filled in: term pages' mentions and related terms,
 * the glossary, references and chronology pages, and each section's terms and related sections
 * ({@link org.paperbake.postprocess.ReferenceProcessor}). It also reports the glossary's coverage
 * ({@link org.paperbake.postprocess.GlossaryCoverage}).
 */
package org.paperbake.postprocess;
