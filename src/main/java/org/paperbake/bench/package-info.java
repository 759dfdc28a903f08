/**
 * The benchmark: a deterministic synthetic corpus in Paperbake's content format, built by Paperbake
 * with per-stage times, and optionally by stock JBake and Hugo in fresh processes side by side.
 */
package org.paperbake.bench;
