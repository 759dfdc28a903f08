/**
 * The editions stage: an EPUB 3 and a PDF of each document, made from the post-processed site.
 *
 * <p>Takes the staging folder after post-processing and the content files; gives
 * {@code editions/<name>.epub} and {@code editions/<name>.pdf} for every published cover (type
 * {@code document}) with its parts — the sections, subsections and pages in the cover's folder —
 * and fills the download links (with sizes) that the cover and about page ask for. Each edition
 * holds a title page with the cover's metadata and what the edition adds, the contents, every part
 * with its paragraph numbers written out (¶ 6.1.3) and its panels, and a glossary appendix of the
 * entries the text links to, each naming the paragraphs that link to it.
 * {@link org.paperbake.edition.EditionReader} reads the built pages,
 * {@link org.paperbake.edition.EditionCleaner} keeps only the text and its markup,
 * {@link org.paperbake.edition.EpubWriter} zips the EPUB (mimetype first, stored, fixed dates), and
 * {@link org.paperbake.edition.PdfWriter} renders the tagged PDF with openhtmltopdf and bundled
 * DejaVu fonts. The same input gives byte-identical files: no clock, hashes for identifiers.
 */
package org.paperbake.edition;
