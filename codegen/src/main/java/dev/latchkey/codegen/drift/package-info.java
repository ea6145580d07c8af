/**
 * The drift report: what changed between two versions of a vendor's code lists (two spec versions, or a catalog
 * and a spec), and what each change means for apps compiled against the generated enums. Plain Java, no
 * Maven: the {@code latchkey:drift} goal and a command line call {@link dev.latchkey.codegen.drift.Drift}.
 */
package dev.latchkey.codegen.drift;
