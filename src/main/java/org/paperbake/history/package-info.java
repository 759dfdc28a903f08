/**
 * The history stage: the record of changes to the text, read from git, and this edition against
 * the official source.
 *
 * <p>Takes the settings, the content files and the post-processed staging folder.
 * {@link org.paperbake.history.GitHistory} reads the repository in-process with Eclipse JGit (the
 * first-parent chain of HEAD, each commit's changed content files only, so the work is linear in the
 * history's length) into a {@link org.paperbake.history.History}: every change to the text with its
 * kind, and every version of every paragraph under its permanent identifier. Without a usable history
 * (no repository, a shallow clone, no commit holding the content) it gives the reason, said once, and
 * no history feature is published. {@link org.paperbake.history.HistoryPages} gives the Changes page,
 * one history page per part, the Atom feed, "last changed" on every page and the anchors a paragraph
 * has had in past builds; {@link org.paperbake.history.OfficialSource} gives the page of editorial
 * departures from {@code seeds/} and a mark on each affected paragraph. Commit messages and author
 * names are untrusted: written as text only, with links to the repository alone. Each page the stage
 * writes from a tree is handed, with its text, to a {@link org.paperbake.history.WrittenTrees}, so
 * that the check after it reads the page from the tree instead of parsing it again.
 */
package org.paperbake.history;
