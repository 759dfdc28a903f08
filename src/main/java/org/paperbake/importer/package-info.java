/**
 * The import stage: turns a plain-text white paper into the Markdown pages Paperbake bakes.
 *
 * <p>It takes a plain-text white paper as republished on the web (the China Daily layout, the
 * State Council Information Office layout, and the furniture other sites wrap around it: navigation,
 * {@code Full text:} titles, source-and-date lines, contents lists, footers; see ARCHITECTURE.md,
 * "The source format"), whole or as several parts, and gives one Markdown page with YAML front
 * matter per section and numbered subsection, a cover page holding the metadata of every part and
 * the parts held and missing, and an {@link org.paperbake.importer.ImportReport} listing every page
 * written, every metadata value found, every conflict between parts, every boilerplate line dropped
 * and every guess made.
 *
 * <p>The stages inside are separate so that each can be tested alone:
 * {@link org.paperbake.importer.WhitePaperParser} reads the text into a
 * {@link org.paperbake.importer.Document} (its header through
 * {@link org.paperbake.importer.HeaderReader}), {@link org.paperbake.importer.DocumentParts} puts
 * the parts of one document together, {@link org.paperbake.importer.MarkdownPages} renders the
 * document as pages, and {@link org.paperbake.importer.Importer} checks that no editor's work is in
 * the way and writes the pages.
 */
package org.paperbake.importer;
