/**
 * The shared kernel every stage builds on, and which imports none of them.
 *
 * <p>Gives {@link org.paperbake.kernel.Problem} (one located problem with its fix) and
 * {@link org.paperbake.kernel.PaperbakeException} (a failure carrying every problem found and its exit
 * status), {@link org.paperbake.kernel.BuildMemory} (what the stages remember between the rebuilds of
 * {@code serve}: one {@link org.paperbake.kernel.Memo} per key record, whose functions say in their
 * {@link org.paperbake.kernel.Computed} result whether it may be remembered, with
 * {@link org.paperbake.kernel.Hashed} for the key parts a whole build shares and
 * {@link org.paperbake.kernel.Utf8Bytes} for a page read back as a key, or kept to be written again),
 * {@link org.paperbake.kernel.FileTrees} (copying and deleting whole folders),
 * {@link org.paperbake.kernel.Suggestions} ("did you mean …?"), {@link org.paperbake.kernel.Json}
 * (JSON strings) and {@link org.paperbake.kernel.StrictUtf8} (decoding without replacing). It
 * depends on the JDK and small libraries only.
 */
package org.paperbake.kernel;
