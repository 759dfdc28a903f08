package org.paperbake.postprocess;

/**
 * One mention of a glossary term in the document.
 *
 * @param term the index of the term in {@link Glossary#terms()}
 * @param place the paragraph it is in
 * @param snippet the sentence around it
 * @param linked whether it became a link in the text
 * @param container the term whose name contains it ("EU" inside "China-EU Taskforce"), or -1
 */
record Mention(int term, Place place, Sentences.Snippet snippet, boolean linked, int container) {}
