/**
 * The pipeline: one build, stage after stage, from a site's folder to its published output.
 *
 * <p>Takes a source folder (settings, content, templates, assets) and an output folder; gives the
 * built site in the output folder, or every problem found with the output left as it was.
 * {@link org.paperbake.pipeline.Site} runs the stages ({@code config}, {@code content},
 * {@code bake}, {@code postprocess}, {@code check}) in order and times each;
 * {@link org.paperbake.pipeline.OutputFolder} is the only code that writes, moves or deletes in the
 * output folder, and refuses one Paperbake didn't build. Used by {@code cli}, {@code serve} and
 * {@code bench}, never by a stage.
 */
package org.paperbake.pipeline;
