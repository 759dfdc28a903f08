/**
 * The shared kernel every stage builds on, and which imports none of them.
 *
 * <p>Gives {@link org.paperbake.kernel.Problem} (one located problem with its fix) and
 * {@link org.paperbake.kernel.PaperbakeException} (a failure carrying every problem found and its exit
 * status), {@link org.paperbake.kernel.Memo} (what a stage remembers between the rebuilds of
 * {@code serve}), {@link org.paperbake.kernel.FileTrees} (deleting whole folders),
 * {@link org.paperbake.kernel.Suggestions} ("did you mean …?"), {@link org.paperbake.kernel.Json}
 * (JSON strings) and {@link org.paperbake.kernel.StrictUtf8} (decoding without replacing). It
 * depends on the JDK and small libraries only.
 */
package org.paperbake.kernel;
