/**
 * The command line ({@code ./paperbake}), with picocli.
 *
 * <p>Takes the user's arguments; gives one command run per call, its problems printed as
 * {@code path:line: problem — how to fix} and its exit status (0 success, 1 content problems,
 * 2 bad usage or unreadable input).
 */
package org.paperbake.cli;
