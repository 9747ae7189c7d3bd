/**
 * The syntax analyser: tagger → lemmatiser → parser → labeller over one
 * sentence of words, as Dossier tokenised them (or as a treebank did).
 * @module
 */
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { DossierError } from '../model/index.js'
import { labelTree } from './labeller.js'
import { lemmatise, type LemmatiserTables } from './lemmatiser.js'
import { readModelFile, writeModelFile } from './model-file.js'
import { sentenceMarksScratch } from './parser-features.js'
import { parseHeads, parseLabelled } from './parser.js'
import { beamParseHeads } from './beam.js'
import { tagWords } from './tagger.js'
import { fineTagger, tagFine, type FineTagger } from './fine-tagger.js'
import { hashWords, type WordEntry, type WordHashCache, type WordHashes } from './words.js'

/** One analysed sentence; heads are 1-based word indices, 0 for the root. */
export interface SentenceAnalysis {
  readonly upos: string[]
  readonly lemma: string[]
  readonly head: number[]
  readonly deprel: string[]
}

const ModelJson = z.object({
  tags: z.array(z.string()),
  labels: z.array(z.string()),
  taggerBits: z.number().int(),
  parserBits: z.number().int(),
  labellerBits: z.number().int(),
  lemmas: z.object({ exceptions: z.record(z.string(), z.string()), rules: z.record(z.string(), z.string()), known: z.array(z.string()) }),
  /** Lower-cased form → ambiguity class (bit per tag seen in training). */
  ambiguity: z.record(z.string(), z.number().int()),
  /** Frequent words that always had one tag in training → that tag. */
  fixedTags: z.record(z.string(), z.number().int()),
  /** labelOptionKey → label indices seen in training for that tag pair and side. */
  labelOptions: z.record(z.string(), z.array(z.number().int())),
  /** Word → its clusters from unlabelled text (`packClusters`); absent in a model trained without them. */
  clusters: z.record(z.string(), z.number().int()).optional(),
  /** Fine tags (UPOS + XPOS classes, "VERB/VBN") of the second tagging pass and the UPOS index of each; absent in a model without one (then 3 tables, else a 4th). */
  fine: z.object({ names: z.array(z.string()), upos: z.array(z.number().int()), bits: z.number().int(),
    /** Lower-cased form → the fine tags it had in training (its only choices). */
    known: z.record(z.string(), z.array(z.number().int())),
    /** True when only the labeller reads the fine tags (the UPOS tags and the parser are the first pass's). */
    labellerOnly: z.boolean().optional() }).optional(),
  /** Beam width of the parser (`beam.ts`; trained with it); absent or 1 = greedy. */
  beam: z.number().int().min(1).optional(),
  /**
   * The parser labels as it attaches (`state-labeller.ts`; greedy only): the labeller table is the one trained with it.
   * With `relabel`, a separate labeller (one more table, last) relabels the finished tree, as a model without labels in the state does.
   */
  stateLabels: z.object({ relabel: z.boolean(),
    /** The parser's label template groups (bit mask, `parserFeatures`); absent = all. */
    features: z.number().int().min(0).max(7).optional() }).optional(),
})
export type SyntaxModelJson = z.infer<typeof ModelJson>

export interface SyntaxModelParts {
  readonly json: SyntaxModelJson
  readonly tagger: Int16Array | Float32Array
  readonly parser: Int16Array | Float32Array
  readonly labeller: Int16Array | Float32Array
  /** The fine tagger's weights (only with `json.fine`). */
  readonly fine?: Int16Array | Float32Array
  /** The separate labeller that relabels a finished tree (only with `json.stateLabels.relabel`). */
  readonly relabeller?: Int16Array | Float32Array
}

export class SyntaxAnalyser {
  private readonly tagger
  private readonly parser
  private readonly labeller
  private readonly relabeller
  private readonly lemmas: LemmatiserTables
  private readonly known: ReadonlySet<string>
  private readonly ambiguity: ReadonlyMap<string, number>
  private readonly fixed: ReadonlyMap<string, number>
  private readonly clusters: ReadonlyMap<string, number> | undefined
  private readonly fineTagger: FineTagger | undefined
  private readonly punctTag: number
  private readonly verbTag: number
  /** Lemmas already computed, one map (form → lemma) per tag index: news repeats its words, and the suffix rules are string work. Bounded. */
  private readonly lemmaCache: Map<string, string>[]
  /** Word hashes already computed (bounded). */
  private readonly wordCache: WordHashCache = new Map()

  constructor(readonly parts: SyntaxModelParts) {
    const j = parts.json
    this.tagger = { weights: parts.tagger, mask: (1 << j.taggerBits) - 1, nTags: j.tags.length }
    this.parser = { weights: parts.parser, mask: (1 << j.parserBits) - 1 }
    const options = new Map(Object.entries(j.labelOptions).map(([k, v]) => [Number(k), v]))
    this.labeller = { weights: parts.labeller, mask: (1 << j.labellerBits) - 1, nLabels: j.labels.length, rootLabel: j.labels.indexOf('root'), options }
    this.relabeller = j.stateLabels?.relabel && parts.relabeller ? { ...this.labeller, weights: parts.relabeller } : undefined
    this.lemmas = j.lemmas
    this.known = new Set(j.lemmas.known)
    this.ambiguity = new Map(Object.entries(j.ambiguity))
    this.fixed = new Map(Object.entries(j.fixedTags))
    this.clusters = j.clusters ? new Map(Object.entries(j.clusters)) : undefined
    this.fineTagger = j.fine && parts.fine ? fineTagger(parts.fine, j.fine.bits, j.fine.upos, j.fine.known) : undefined
    this.punctTag = j.tags.indexOf('PUNCT')
    this.verbTag = j.tags.indexOf('VERB')
    this.lemmaCache = j.tags.map(() => new Map<string, string>())
  }

  /** Tags only (for jack-knifing and tagger evaluation). */
  tag(words: readonly string[]): string[] {
    const w = hashWords(words, this.ambiguity, this.fixed, this.wordCache, this.clusters)
    let tags = tagWords(this.tagger, w)
    if (this.fineTagger && !this.parts.json.fine?.labellerOnly) { const upos = new Int32Array(w.n); tagFine(this.fineTagger, w, tags, upos); tags = upos }
    return Array.from(tags, (t) => this.parts.json.tags[t]!)
  }

  analyse(words: readonly string[]): SentenceAnalysis {
    if (words.length === 0) return { upos: [], lemma: [], head: [], deprel: [] }
    const entries = new Array<WordEntry>(words.length)
    const w = hashWords(words, this.ambiguity, this.fixed, this.wordCache, this.clusters, entries)
    let tags = tagWords(this.tagger, w)
    let fine: Int32Array | undefined
    const labellerOnly = this.parts.json.fine?.labellerOnly === true
    if (this.fineTagger) { const upos = new Int32Array(w.n); fine = tagFine(this.fineTagger, w, tags, upos); if (!labellerOnly) tags = upos }
    if (this.parts.json.stateLabels) {
      const p = parseLabelled(this.parser, this.labeller, w, tags, sentenceMarksScratch(tags, this.punctTag, this.verbTag), labellerOnly ? undefined : fine,
        this.parts.json.stateLabels.features)
      return this.result(words, tags, p.heads, this.relabeller ? labelTree(this.relabeller, w, tags, p.heads, fine) : p.labels, entries)
    }
    const heads = this.heads(w, tags, labellerOnly ? undefined : fine)
    return this.result(words, tags, heads, labelTree(this.labeller, w, tags, heads, fine), entries)
  }

  /**
   * `analyse` over many sentences (a document's), one step at a time: every sentence is tagged, then every one
   * parsed, then labelled. The same answers as `analyse` on each; faster, since each step's weight table (tens of
   * MB, read at random) stays in the caches instead of evicting the others' at every sentence.
   */
  analyseMany(sentences: readonly (readonly string[])[]): SentenceAnalysis[] {
    if (this.fineTagger || this.parts.json.stateLabels) return sentences.map((s) => this.analyse(s))
    const entries = sentences.map((s) => new Array<WordEntry>(s.length))
    const hashed = sentences.map((s, i) => hashWords(s, this.ambiguity, this.fixed, this.wordCache, this.clusters, entries[i]))
    const tags = hashed.map((w) => tagWords(this.tagger, w))
    const heads = hashed.map((w, i) => this.heads(w, tags[i]!))
    const labels = hashed.map((w, i) => labelTree(this.labeller, w, tags[i]!, heads[i]!))
    return sentences.map((words, i) => this.result(words, tags[i]!, heads[i]!, labels[i]!, entries[i]))
  }

  private heads(w: WordHashes, tags: Int32Array, fine?: Int32Array): Int32Array {
    const marks = sentenceMarksScratch(tags, this.punctTag, this.verbTag)
    const width = this.parts.json.beam ?? 1
    if (width > 1) return beamParseHeads(this.parser.weights, this.parser.mask, { words: w, tags, marks, fine }, width)
    return parseHeads(this.parser, w, tags, marks, fine)
  }

  /** `entries` (the words' hash-cache entries, when at hand) hold each word's last lemma. */
  private result(words: readonly string[], tags: Int32Array, heads: Int32Array, labels: Int32Array, entries?: readonly WordEntry[]): SentenceAnalysis {
    const { tags: tagNames, labels: labelNames } = this.parts.json
    // plain loops into arrays of the final size (Array.from with a mapper and subarray views cost more per sentence)
    const n = words.length
    const upos = new Array<string>(n), lemma = new Array<string>(n), head = new Array<number>(n), deprel = new Array<string>(n)
    for (let i = 0; i < n; i++) {
      const u = tagNames[tags[i]!]!
      upos[i] = u
      const e = entries?.[i]
      if (e === undefined) lemma[i] = this.lemma(words[i]!, tags[i]!, u)
      else if (e.lemmaTag === tags[i]) lemma[i] = e.lemma
      else { e.lemma = lemma[i] = this.lemma(words[i]!, tags[i]!, u); e.lemmaTag = tags[i]! }
      head[i] = heads[i + 1]!
      deprel[i] = labelNames[labels[i + 1]!]!
    }
    return { upos, lemma, head, deprel }
  }

  private lemma(form: string, tag: number, upos: string): string {
    const cache = this.lemmaCache[tag]!
    let l = cache.get(form)
    if (l === undefined) {
      l = lemmatise(this.lemmas, form, upos, this.known)
      if (cache.size >= 50_000) cache.clear()
      cache.set(form, l)
    }
    return l
  }

  save(file: string): void {
    const tables = [this.parts.tagger, this.parts.parser, this.parts.labeller, ...(this.parts.fine ? [this.parts.fine] : []), ...(this.relabeller && this.parts.relabeller ? [this.parts.relabeller] : [])]
    if (tables.some((t) => !(t instanceof Int16Array))) throw new DossierError('E_MODEL', 'only a quantised (int16) model can be saved', { hint: 'quantise the averaged weights first' })
    writeModelFile(file, { json: this.parts.json, tables: tables as Int16Array[] })
  }

  static load(file: string): SyntaxAnalyser {
    const { json, tables } = readModelFile(file)
    const parsed = ModelJson.safeParse(json)
    const expected = 3 + (parsed.success && parsed.data.fine ? 1 : 0) + (parsed.success && parsed.data.stateLabels?.relabel ? 1 : 0)
    if (!parsed.success || tables.length !== expected) {
      throw new DossierError('E_MODEL', `${file} does not hold a syntax model of this version`, { context: { file }, hint: 'restore models/syntax/ from git or run `npm run train:syntax`' })
    }
    const fine = parsed.data.fine ? tables[3] : undefined
    const relabeller = parsed.data.stateLabels?.relabel ? tables[expected - 1] : undefined
    return new SyntaxAnalyser({ json: parsed.data, tagger: tables[0]!, parser: tables[1]!, labeller: tables[2]!, ...(fine ? { fine } : {}), ...(relabeller ? { relabeller } : {}) })
  }
}

/** models/syntax/ at the repository root (two levels above src/syntax and dist/syntax). */
export const DEFAULT_SYNTAX_MODEL_URL = new URL('../../models/syntax/syntax-model.bin.gz', import.meta.url)

let shared: SyntaxAnalyser | undefined
/** The shipped model, loaded once per process. */
export function defaultAnalyser(): SyntaxAnalyser {
  shared ??= SyntaxAnalyser.load(fileURLToPath(DEFAULT_SYNTAX_MODEL_URL))
  return shared
}
