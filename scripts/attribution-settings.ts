/**
 * Command-line settings of the learned attribution chain, shared by the
 * training scripts and cv-attribution.ts so both read the same flags with the
 * same defaults (the settings the shipped tables were trained with).
 * @module
 */
import { CUE_LIST_DEFAULTS, FILTER_DEFAULTS, TAGGER_DEFAULTS, type ChainOptions } from './attribution-learning.js'
import { DEFAULT_CUE_THRESHOLD } from '../src/claims/lexicon.js'

export function chainOptionsFromArgs(argv: readonly string[]): ChainOptions {
  const arg = (name: string) => { const i = argv.indexOf(name); return i > 0 ? argv[i + 1] : undefined }
  const num = (name: string, d: number) => { const v = arg(name); return v === undefined ? d : Number(v) }
  const flag = (name: string) => argv.includes(name)
  /** `--name` turns a setting on, `--no-name` off, else its default. */
  const bool = (name: string, d: boolean) => (argv.includes(`--${name}`) ? true : argv.includes(`--no-${name}`) ? false : d)
  return {
    cues: {
      use: !flag('--no-cues'),
      minCount: num('--cue-min', CUE_LIST_DEFAULTS.minCount),
      minArticles: num('--cue-min-articles', CUE_LIST_DEFAULTS.minArticles),
      minPrecision: num('--cue-min-precision', CUE_LIST_DEFAULTS.minPrecision),
      smoothing: num('--cue-smoothing', CUE_LIST_DEFAULTS.smoothing),
      allOccurrences: bool('cue-all-occurrences', CUE_LIST_DEFAULTS.allOccurrences),
      threshold: num('--cue-threshold', DEFAULT_CUE_THRESHOLD),
    },
    tagger: {
      use: !flag('--no-tagger'),
      epochs: num('--tagger-epochs', TAGGER_DEFAULTS.epochs),
      minCount: num('--tagger-min-count', TAGGER_DEFAULTS.minCount),
      minArticles: num('--tagger-min-articles', TAGGER_DEFAULTS.minArticles),
      threshold: num('--tagger-threshold', TAGGER_DEFAULTS.threshold),
    },
    filter: {
      use: !flag('--no-filter'),
      epochs: num('--filter-epochs', FILTER_DEFAULTS.epochs),
      minCount: num('--filter-min-count', FILTER_DEFAULTS.minCount),
      rate: num('--filter-rate', FILTER_DEFAULTS.rate),
      l2: num('--filter-l2', FILTER_DEFAULTS.l2),
      threshold: num('--filter-threshold', FILTER_DEFAULTS.threshold),
      crossFit: num('--filter-cross-fit', FILTER_DEFAULTS.crossFit),
      pruneFirst: bool('filter-prune-first', FILTER_DEFAULTS.pruneFirst),
    },
  }
}
