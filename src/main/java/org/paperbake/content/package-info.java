/**
 * Content files as Paperbake reads them: Markdown with YAML front matter.
 *
 * <p>Takes the {@code content/} folder; gives validated {@link org.paperbake.content.ContentFile}s
 * (front matter checked against {@link org.paperbake.content.ContentSchema}, every problem located
 * to a file and line). Shared by the bake, post-process and check stages, so that all three agree
 * on what a page is.
 *
 * <p>The front matter is text only here, where it is read and validated: the stages ask a file its
 * {@link org.paperbake.content.DocumentType}, its {@link org.paperbake.content.Status} and its other
 * settings through typed accessors.
 */
package org.paperbake.content;
