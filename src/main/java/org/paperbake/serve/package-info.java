/**
 * The preview server ({@code ./paperbake serve}).
 *
 * <p>Takes a site's source folder; gives the built site served on a loopback port, rebuilt when
 * content, templates, assets or settings change — one {@link org.paperbake.pipeline.Site#remembering} site for
 * the session, so an edit redoes only what it changed — with the open page reloaded by a small external
 * script injected into served pages only (never into the files of the published site). A failed
 * rebuild keeps the last good site and shows its problems in the browser. While the preview is idle,
 * a {@link org.paperbake.serve.Rehearsal} edits and rebuilds a copy of the site in the background, so
 * that the editor's own edits are rebuilt by compiled code.
 */
package org.paperbake.serve;
