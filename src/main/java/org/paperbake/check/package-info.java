/**
 * The check stage: validates the built site.
 *
 * <p>Takes a built site folder; gives the list of problems found in it (broken or absolute internal
 * links, missing anchors), each as {@code path:line: problem — how to fix}. Content problems are
 * found earlier, when the content is read.
 */
package org.paperbake.check;
