/**
 * The gold parts that the error-reading scripts (`attribution-news.ts`, `source-errors.ts`) refuse, in one place:
 * the frozen parts, and the held-out check groups of the last two sessions (docs/voa-news-gold.md), whose figures
 * count only while nobody has read their errors. Update it when a check group becomes a tuning part.
 * @module
 */

/** Frozen final-check parts: scored once at the end of a session, aggregate only. */
const FROZEN = ['vfinal', 'final']
/** Held-out check groups: vtrain133–136 (thirtieth session), vtrain137–139 (thirty-first); vtrain124–132 are tuning parts now. */
const CHECK_GROUPS = ['vtrain133', 'vtrain134', 'vtrain135', 'vtrain136', 'vtrain137', 'vtrain138', 'vtrain139']

/** Parts whose errors no script prints. */
export const HELD_OUT_PARTS: ReadonlySet<string> = new Set([...FROZEN, ...CHECK_GROUPS])
