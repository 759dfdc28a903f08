/**
 * The command line ({@code ./paperbake}), with picocli; a plain {@code build} command line is read
 * without it ({@link org.paperbake.cli.BuildArguments}), since loading picocli is an eighth of a
 * cold seed build.
 *
 * <p>Takes the user's arguments; gives one command run per call, its problems printed as
 * {@code path:line: problem — how to fix} and its exit status (0 success, 1 content problems,
 * 2 bad usage or unreadable input).
 */
package org.paperbake.cli;
