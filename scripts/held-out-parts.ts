/**
 * The gold parts that the error-reading scripts (`attribution-news.ts`, `source-errors.ts`) refuse, in one place:
 * the frozen parts, and the held-out check groups of the last two sessions (docs/voa-news-gold.md), whose figures
 * count only while nobody has read their errors. Update it when a check group becomes a tuning part.
 * @module
 */

/** Frozen final-check parts: scored once at the end of a session, aggregate only. */
const FROZEN = ['vfinal', 'final']
/** Held-out check group: vtrain127–132 (twenty-ninth session; vtrain124–126 are tuning parts since the thirtieth). */
const CHECK_GROUPS = ['vtrain127', 'vtrain128', 'vtrain129', 'vtrain130', 'vtrain131', 'vtrain132']

/** Parts whose errors no script prints. */
export const HELD_OUT_PARTS: ReadonlySet<string> = new Set([...FROZEN, ...CHECK_GROUPS])
