/**
 * JMH microbenchmarks of the hot inner loops: Markdown rendering, HTML post-processing and term
 * matching. Each {@code *Benchmark} class has a {@code main} that runs it; they are not run by
 * {@code mvn verify}. Speed claims come from these, never from timed tests.
 */
package org.paperbake.jmh;
