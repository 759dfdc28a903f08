/** JMH microbenchmarks of the hot inner loops: Markdown rendering and HTML post-processing. */
package org.paperbake.jmh;
