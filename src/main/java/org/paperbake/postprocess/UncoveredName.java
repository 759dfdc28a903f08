package org.paperbake.postprocess;

import java.util.List;

/**
 * A name the text holds and no glossary entry covers, read across the whole document.
 *
 * @param name the name as the text first spells it
 * @param acronym the acronym the text gives it in parentheses ("RCEP"), or empty
 * @param places every paragraph it is in (by name or acronym), in reading order, each once
 */
public record UncoveredName(String name, String acronym, List<Place> places) {}
