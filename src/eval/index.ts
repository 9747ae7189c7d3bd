/**
 * The eval tasks, one registry. Each task reads the public format of its gold
 * set (see DESIGN.md "The eval contract") and returns an EvalReport.
 * @module
 */
import type { EvalReport } from './report.js'

export interface EvalOptions {
  /** Extra task-specific options (e.g. --actors for events, --sample for attribution). */
  readonly [key: string]: string | boolean | undefined
}

export type EvalTask = (path: string, options: EvalOptions) => Promise<EvalReport>

/** Lazy imports so `dossier eval ner` does not load the HTML extractor, and vice versa. */
export const evalTasks: Record<string, () => Promise<EvalTask>> = {
  ner: async () => (await import('./ner.js')).evalNer,
  re3d: async () => (await import('./re3d.js')).evalRe3d,
  extract: async () => (await import('./extract.js')).evalExtract,
  seeds: async () => (await import('./seeds.js')).evalSeeds,
  attribution: async () => (await import('./attribution.js')).evalAttribution,
  events: async () => (await import('./events.js')).evalEvents,
  news: async () => (await import('./news.js')).evalNews,
  parse: async () => (await import('./parse.js')).evalParse,
}
