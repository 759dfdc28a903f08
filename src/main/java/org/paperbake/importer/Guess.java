package org.paperbake.importer;

/**
 * A place where the importer had to guess; editors check these in the generated Markdown.
 *
 * @param line the 1-based source line the guess is about
 * @param what what was guessed
 */
record Guess(int line, String what) {}
