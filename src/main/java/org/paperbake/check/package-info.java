/**
 * The check stage: validates the sources and the built site.
 *
 * <p>Takes the settings, the content files and a built site folder; gives every problem found
 * (output-path clashes, duplicate numbers, broken or absolute internal links, missing anchors,
 * pages no navigation reaches, and any further {@link org.paperbake.check.BuiltSiteCheck}), each as
 * {@code path:line: problem — how to fix}, located in the content file and line an editor can fix
 * wherever the problem came from content. Front-matter problems are found earlier, when the
 * content is read. The built site is read once ({@link org.paperbake.check.SiteScan}), each page
 * parsed unless the stage that wrote it handed over the tree it wrote it from
 * ({@link org.paperbake.check.SiteScan.Handover}) and the file still holds that text.
 */
package org.paperbake.check;
