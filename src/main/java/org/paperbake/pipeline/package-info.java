/**
 * The pipeline: one list of stages, from a site's folder to its published output.
 *
 * <p>Takes a source folder (settings, content, templates, assets) and an output folder; gives the
 * built site in the output folder, or every problem found with the output left as it was.
 * {@link org.paperbake.pipeline.Site} runs the stages in one place and times each: read the
 * settings ({@code config}), claim the output folder, read the content ({@code content}), check the
 * sources and load the glossary, bake ({@code bake}), post-process ({@code postprocess}), check the
 * built site's links, reachability and Content-Security-Policy ({@code check}), then publish.
 * {@code build} and {@code check} run the same list and differ only in the failure policy — a build
 * stops at the first stage that finds problems, a check collects them from every stage that can
 * still run — and in that a check deletes the site it built. A site owns one
 * {@link org.paperbake.kernel.BuildMemory}, remembering for {@code serve}'s
 * {@link org.paperbake.pipeline.Site#remembering}, remembering nothing otherwise;
 * {@link org.paperbake.pipeline.Redone} says what the last build computed rather than remembered.
 * {@link org.paperbake.pipeline.OutputFolder} is the only code that writes, moves or deletes in the
 * output folder, and refuses one Paperbake didn't build. {@link org.paperbake.pipeline.BuildCache}
 * keeps built sites between processes, keyed by the SHA-256 of every input and of Paperbake's code:
 * a build of unchanged sources restores its site into the staging folder and publishes it as any
 * build does. Used by {@code cli}, {@code serve} and
 * {@code bench}, never by a stage.
 */
package org.paperbake.pipeline;
