package org.paperbake.importer;

/**
 * A source line the importer left out because it is recognised boilerplate.
 *
 * @param line the 1-based line number
 * @param text the line as it was
 * @param reason why it was dropped
 */
record DroppedLine(int line, String text, String reason) {}
