/**
 * The recogniser: features → emission scores → Viterbi → spans, with
 * document-level consistency and subtypes from the gazetteers.
 * @module
 */
import { fileURLToPath } from 'node:url'
import { applyDocumentConsistency, type SentenceSpan } from './consistency.js'
import { extractFeatures, FEATURES_PER_TOKEN, LOCAL_FEATURES, normalizeWords, schemeFeature, schemeSalt, SENT_MODE, wordInfo, writeLocalFeatures, type FeatureInfo, type NerSyntax, type WordInfo } from './features.js'
import { applyGazetteerRules, markUnnamedSpans, type GazetteerRule } from './rules.js'
import { applyRe3dConventions } from './scheme-rules.js'
import { adapterRows, type SchemeAdapter } from './scheme-adapter.js'
import { typeShortForms } from './short-forms.js'
import { applyPersonEvidence } from './person-evidence.js'
import { applyTypeEvidence } from './type-evidence.js'
import { joinDashedBodies, joinGluedPersons, joinNicknames } from './split-names.js'
import { cutTrailingWords } from './trailing-words.js'
import { typeAcronymTails } from './acronym-tail.js'
import { markNonActorHeads, markPressCorps } from './non-actor-heads.js'
import { markFrontedModifiers } from './fronted-modifier.js'
import { splitGluedNames } from './glued-names.js'
import { cutAtFiniteVerbs } from './finite-verbs.js'
import { trimPossessives } from './possessive.js'
import { GAZ, Lexicon, longestPerStart } from './lexicon.js'
import { FACILITY_WORDS } from './lists.js'
import { DossierError } from '../model/index.js'
import { readModelFile, type NerModelData } from './model.js'
import { NUM_TAGS, O, spansFromTags, type NerType } from './tags.js'
import { viterbi } from './viterbi.js'

const T = NUM_TAGS
const FACILITY = new Set(FACILITY_WORDS)

export interface NerSpan {
  /** Token indices within the sentence, half-open. */
  readonly start: number
  readonly end: number
  readonly type: NerType
  readonly subtype?: string
  /** Confidence 0..1. */
  readonly score: number
}

/** One sentence as the model tagged it: best tags, each token's confidence, what feature extraction found. */
interface TaggedSentence { readonly tags: Uint8Array; readonly confidence: Float32Array; readonly info: FeatureInfo }

export interface RecogniseOptions {
  /** Apply document-level consistency across the sentences (default true). */
  readonly consistency?: boolean
  /**
   * Universal POS tags per token (as the segmenter assigns them), parallel to the words. Optional: the re3d
   * scheme's conventions use them to tell a name's modifiers from the verb before it.
   */
  readonly pos?: ReadonlyArray<readonly string[]>
  /**
   * What the syntax stage says of each sentence (parallel to `sentences`). A model with syntax features
   * (`usesSyntax`) reads it; without it such a model still runs, less accurately.
   */
  readonly syntax?: ReadonlyArray<NerSyntax | undefined>
}

export interface RecognizerOptions {
  /**
   * Annotation scheme to decode with (default: the shared, CoNLL-style one: names without titles).
   * Must be one the model was trained with (`model.meta.schemes`), e.g. 're3d': titles inside person
   * names, states acting as organisations, as in the re3d corpus.
   */
  readonly scheme?: string
  /**
   * Decoding rules to leave out, for measuring what each does: the gazetteer rules by name (GAZETTEER_RULES in
   * rules.ts), 'unnamed' (junk control), 'trailingWords' (`trailing-words.ts`), 'acronymTails' (`acronym-tail.ts`), 'gluedNames' (`glued-names.ts`), 'nonActorHeads' and 'pressCorps' (`non-actor-heads.ts`), 'frontedModifiers' (`fronted-modifier.ts`), 'countryName' and, under the re3d scheme, 're3dConventions'.
   */
  readonly skipRules?: ReadonlySet<string>
  /**
   * The scheme's weights learned apart from the model (`scheme-adapter.ts`), used instead of the model's own scheme
   * copies: the scheme decodes with the model's shared features plus the adapter's rows and transitions.
   */
  readonly adapter?: SchemeAdapter
}

/** The annotation schemes a model was trained with (besides the shared one). */
export function modelSchemes(model: NerModelData): string[] {
  const schemes = model.meta['schemes']
  return Array.isArray(schemes) ? schemes.map(String) : []
}

export class NerRecognizer {
  readonly lexicon: Lexicon
  readonly scheme: string | undefined
  private readonly skip: ReadonlySet<string>
  private readonly mask: number
  private readonly salt: number
  /** Features per token of this model. */
  private readonly F: number
  /** Tag transition scores: the scheme's own when it has them (or its adapter's). */
  private transitions: Float32Array
  private ids = new Int32Array(0)
  private em = new Float32Array(0)
  private acc = new Int32Array(T)
  /** The scheme adapter's row of a scheme feature bucket (scores), when one is used. */
  private readonly adapterRow: ((bucket: number) => Float32Array | undefined) | undefined
  /** Sink of the row reads in `emissions` (so they are not optimised away). */
  private touched = 0

  constructor(readonly model: NerModelData, options: RecognizerOptions = {}) {
    this.lexicon = new Lexicon(model.lexicon)
    this.mask = (1 << model.hashBits) - 1
    this.F = model.features ?? FEATURES_PER_TOKEN
    this.scheme = options.scheme
    this.skip = options.skipRules ?? new Set()
    this.salt = 0
    this.transitions = model.transitions
    if (options.scheme !== undefined) {
      const known = modelSchemes(model)
      if (!known.includes(options.scheme)) {
        throw new DossierError('E_CONFIG', `the NER model was not trained with the annotation scheme "${options.scheme}"`, {
          context: { scheme: options.scheme, known }, hint: known.length ? `use one of: ${known.join(', ')}` : 'retrain with npm run train:ner',
        })
      }
      this.salt = schemeSalt(options.scheme)
      const own = (model.meta['schemeTransitions'] as Record<string, number[]> | undefined)?.[options.scheme]
      if (own && own.length === model.transitions.length) this.transitions = Float32Array.from(own)
    }
    this.adapterRow = options.adapter ? this.useAdapter(options.adapter) : undefined
  }

  /** Check that an adapter fits this model and scheme; its transitions replace the scheme's. */
  private useAdapter(a: SchemeAdapter): (bucket: number) => Float32Array | undefined {
    if (a.scheme !== this.scheme || a.hashBits !== this.model.hashBits || a.baseScale !== this.model.scale || this.F !== FEATURES_PER_TOKEN) {
      throw new DossierError('E_CONFIG', `the ${a.scheme} scheme adapter does not fit this NER model and scheme`, {
        context: { adapterScheme: a.scheme, scheme: this.scheme, baseScale: a.baseScale, modelScale: this.model.scale },
        hint: 'an adapter fits the model it was trained over: rebuild it with `npx tsx scripts/ner-train-adapter.ts`',
      })
    }
    this.transitions = Float32Array.from(a.transitions)
    return adapterRows(a)
  }

  /** True when the model has syntax features (read from `RecogniseOptions.syntax`). */
  get hasSyntaxFeatures(): boolean {
    return this.F !== FEATURES_PER_TOKEN
  }

  /** Does the shared scheme's decoding rule `name` run (no scheme of its own, not left out by `skipRules`)? */
  private sharedRule(name: string): boolean {
    return this.scheme === undefined && !this.skip.has(name)
  }

  /**
   * True when the recogniser reads the syntax stage's output (`RecogniseOptions.syntax`): a model with syntax
   * features, or the shared scheme's cut of a name at a headline's verb (`finite-verbs.ts`).
   */
  get usesSyntax(): boolean {
    return this.hasSyntaxFeatures || this.sharedRule('finiteVerbs')
  }

  /** Per-word cache: word information and the summed weights of its word-local features. */
  private cache = new Map<string, { info: WordInfo; local: Int32Array; localIds?: Int32Array }>()
  private readonly localIds = new Int32Array(LOCAL_FEATURES)
  /** The cache entries and word information of the sentence being scored (reused: one cache lookup per token). */
  private readonly entries: Array<{ info: WordInfo; local: Int32Array; localIds?: Int32Array }> = []
  private readonly infos: WordInfo[] = []

  private cached(w: string): { info: WordInfo; local: Int32Array; localIds?: Int32Array } {
    let e = this.cache.get(w)
    if (e) return e
    if (this.cache.size >= 200_000) this.cache = new Map()
    const info = wordInfo(w, this.lexicon)
    writeLocalFeatures(info, this.localIds, 0, this.mask)
    const local = new Int32Array(T)
    const wts = this.model.weights
    for (let f = 0; f < LOCAL_FEATURES; f++) {
      const base = this.localIds[f]! * T
      for (let c = 0; c < T; c++) local[c] = local[c]! + wts[base + c]!
    }
    e = this.scheme === undefined ? { info, local } : { info, local, localIds: this.localIds.slice() }
    this.cache.set(w, e)
    return e
  }

  /** Emission scores (n×T) of one sentence. */
  emissions(raw: readonly string[], info?: FeatureInfo, syntax?: NerSyntax): Float32Array {
    const words = normalizeWords(raw)
    const n = words.length
    const F = this.F
    if (this.ids.length < n * F) this.ids = new Int32Array(Math.max(n * F, this.ids.length * 2))
    if (this.em.length < n * T) this.em = new Float32Array(Math.max(n * T, this.em.length * 2))
    const entries = this.entries
    const infos = this.infos
    entries.length = n
    infos.length = n
    for (let i = 0; i < n; i++) { const e = this.cached(words[i]!); entries[i] = e; infos[i] = e.info }
    const ids = extractFeatures(words, this.lexicon, this.mask, this.ids, info, { infos, skipLocal: true, features: F, ...(syntax ? { syntax } : {}) })
    const w = this.model.weights
    const acc = this.acc
    const em = this.em
    const scale = this.model.scale
    const salt = this.salt
    const mask = this.mask
    for (let i = 0; i < n; i++) {
      const entry = entries[i]!
      const o = i * F
      // read every row once first: independent reads, so their cache misses overlap instead of coming one by one
      let touched = 0
      for (let f = LOCAL_FEATURES; f < F; f++) touched += w[ids[o + f]! * T]!
      this.touched += touched
      if (!entry.localIds && T === 11) {
        addRowsScaled(w, ids, o + LOCAL_FEATURES, o + F, entry.local, em, i * T, scale)
        continue
      }
      acc.set(entry.local)
      for (let f = LOCAL_FEATURES; f < F; f++) {
        const base = ids[o + f]! * T
        for (let c = 0; c < T; c++) acc[c] = acc[c]! + w[base + c]!
      }
      const r = i * T
      if (entry.localIds && this.adapterRow) {
        // the scheme's weights from its adapter, in scores
        for (let c = 0; c < T; c++) em[r + c] = acc[c]! * scale
        for (let f = 0; f < F; f++) {
          const row = this.adapterRow(schemeFeature(f < LOCAL_FEATURES ? entry.localIds[f]! : ids[o + f]!, salt, mask))
          if (row) for (let c = 0; c < T; c++) em[r + c] = em[r + c]! + row[c]!
        }
        continue
      }
      if (entry.localIds) {
        // the scheme's copies of every feature
        for (let f = 0; f < F; f++) {
          const base = schemeFeature(f < LOCAL_FEATURES ? entry.localIds[f]! : ids[o + f]!, salt, mask) * T
          for (let c = 0; c < T; c++) acc[c] = acc[c]! + w[base + c]!
        }
      }
      for (let c = 0; c < T; c++) em[r + c] = acc[c]! * scale
    }
    return em
  }

  /** Best tags (indices into TAGS) and the confidence of each token inside a name (0 for a token tagged O) for one sentence. */
  tagSentence(words: readonly string[], info?: FeatureInfo, syntax?: NerSyntax): { tags: Uint8Array; confidence: Float32Array } {
    const n = words.length
    const em = this.emissions(words, info, syntax)
    const tags = viterbi(em, n, this.transitions)
    const confidence = new Float32Array(n)
    const tr = this.transitions
    for (let i = 0; i < n; i++) {
      const tag = tags[i]!
      // a token outside every name gives no span its score (spansFromTags): its softmax is never read
      if (tag === O) continue
      // local softmax over the tag given the chosen previous tag
      const prev = i === 0 ? 0 : tags[i - 1]! + 1
      let max = -Infinity
      for (let c = 0; c < T; c++) max = Math.max(max, em[i * T + c]! + tr[prev * T + c]!)
      let z = 0
      let chosen = 0
      for (let c = 0; c < T; c++) {
        const e = Math.exp(em[i * T + c]! + tr[prev * T + c]! - max)
        z += e
        if (c === tag) chosen = e
      }
      confidence[i] = chosen / z
    }
    return { tags, confidence }
  }

  /** Recognise names in a document given as token strings per sentence. */
  recognise(sentences: ReadonlyArray<readonly string[]>, options: RecogniseOptions = {}): NerSpan[][] {
    return this.fromTags(sentences, options, this.tagAll(sentences, options))
  }

  /**
   * `recognise` over several documents: every sentence of every document tagged first, then each document's rules, so
   * the model's weight rows stay in the caches from one document to the next. Each gets what `recognise` gives it.
   */
  recogniseMany(docs: ReadonlyArray<{ readonly sentences: ReadonlyArray<readonly string[]>; readonly options?: RecogniseOptions }>): NerSpan[][][] {
    const tagged = docs.map((d) => this.tagAll(d.sentences, d.options ?? {}))
    return docs.map((d, i) => this.fromTags(d.sentences, d.options ?? {}, tagged[i]!))
  }

  /** Each sentence's tags, confidences and feature information (undefined for an empty sentence). */
  private tagAll(sentences: ReadonlyArray<readonly string[]>, options: RecogniseOptions): Array<TaggedSentence | undefined> {
    return sentences.map((words, si) => {
      if (words.length === 0) return undefined
      const info: FeatureInfo = { mode: 0, matches: [] }
      return { info, ...this.tagSentence(words, info, this.hasSyntaxFeatures ? options.syntax?.[si] : undefined) }
    })
  }

  /** A document's names from its sentences' tags: the spans, each sentence's rules, then the document's. */
  private fromTags(sentences: ReadonlyArray<readonly string[]>, options: RecogniseOptions, tagged: ReadonlyArray<TaggedSentence | undefined>): NerSpan[][] {
    let spans: SentenceSpan[] = []
    sentences.forEach((words, si) => {
      const t = tagged[si]
      if (t === undefined) return
      const { tags, confidence, info } = t
      let own: SentenceSpan[] = []
      for (const s of spansFromTags(tags)) {
        let score = 1
        for (let i = s.start; i < s.end; i++) score = Math.min(score, confidence[i]!)
        own.push({ sentence: si, start: s.start, end: s.end, type: s.type, score })
      }
      // "[DoD Identifies Army]ORG Casualty": a headline's verb ends a name (shared scheme)
      if (this.sharedRule('finiteVerbs')) own = cutAtFiniteVerbs(words, own, options.syntax?.[si])
      const allCaps = info.mode === SENT_MODE.ALL_CAPS
      const normal = normalizeWords(words)
      let ruled = applyGazetteerRules(normal, si, own, this.lexicon, allCaps, longestPerStart(info.matches), this.skip as ReadonlySet<GazetteerRule>)
      // "the [Damascus suburbs]LOC", "its [English-language]NORP magazine": common words end no name (shared scheme)
      if (this.sharedRule('trailingWords')) ruled = cutTrailingWords(normal, ruled)
      // "new [EU Syria]ORG sanctions": a known body and a known country with nothing between are two names (shared scheme)
      if (this.sharedRule('gluedNames')) ruled = splitGluedNames(normal, ruled, this.lexicon)
      // "the [Press Briefing Room]ORG", "a [UNESCO World Heritage Site]ORG": a room, a designation or a post is no actor (shared scheme)
      if (this.sharedRule('nonActorHeads')) ruled = markNonActorHeads(normal, ruled)
      // "Questions from the [Pentagon Press]ORG": a government's press corps is no body of its own (shared scheme)
      if (this.sharedRule('pressCorps')) ruled = markPressCorps(normal, ruled)
      // "[United]ORG, we continue": an adjective fronted before the subject names nothing (shared scheme)
      if (this.sharedRule('frontedModifiers')) ruled = markFrontedModifiers(normal, ruled)
      for (const s of this.sharedRule('unnamed') ? markUnnamedSpans(normal, ruled, this.lexicon) : ruled) spans.push(s)
    })
    // A scheme with descriptive mentions ("the Government of Iraq" in re3d) returns only named ones: a mention
    // whose first word is lower-case or a number ("3rd Battalion") is descriptive, and no name inside it is reported on its own.
    // A name directly after a lower-case "the" is read as part of such a mention ("the SDF"), as re3d annotates
    // nine in ten of them (counted on its training documents).
    // A place that only modifies the noun after it is named, though: "the Mosul offensive", "the Syria crisis".
    const placeModifier = (s: SentenceSpan) => s.type === 'LOC' && options.pos?.[s.sentence]?.[s.end] === 'NOUN' &&
      /^\p{Ll}/u.test(sentences[s.sentence]![s.end] ?? '')
    const descriptive = this.scheme === undefined || this.skip.has('re3d:descriptive') ? [] : spans.filter((s) => /^[\p{Ll}\d]/u.test(sentences[s.sentence]![s.start]!) ||
      (s.start > 0 && sentences[s.sentence]![s.start - 1] === 'the' && !placeModifier(s)))
    if (descriptive.length > 0) spans = spans.filter((s) => !descriptive.includes(s))
    // "[Aung San]LOC [Suu Kyi]PER": a person's first names read as a place, right before the rest (shared scheme)
    if (this.sharedRule('gluedPersons')) spans = joinGluedPersons(sentences, spans, this.lexicon)
    // "[Dayton ’s]ORG family" after "Dayton": a possessive ending is no part of the name (shared scheme)
    if (this.sharedRule('possessives')) spans = trimPossessives(sentences, spans)
    if (options.consistency !== false) spans = applyDocumentConsistency(sentences, spans)
    // 'Richard "Tex" Coe': a person's quoted nickname inside the name (shared scheme)
    if (this.sharedRule('nicknames')) spans = joinNicknames(sentences, spans)
    // "Combined Joint Task Force - Operation Inherent Resolve": a body named with its operation (shared scheme)
    if (this.sharedRule('dashedBodies')) spans = joinDashedBodies(sentences, spans)
    // persons the model typed as bodies or places, by what the rest of the document says of them (shared scheme)
    if (this.sharedRule('personEvidence')) spans = applyPersonEvidence(sentences, spans, this.lexicon, this.skip)
    // names typed by a noun beside them ("the aid organization Oxfam", "the citizens of Curacao"), through the document
    if (this.sharedRule('typeEvidence')) spans = applyTypeEvidence(sentences, spans, this.lexicon, this.skip)
    // "Royal Dutch Shell … [Shell]PER says": a body's distinctive last word alone is that body (shared scheme)
    if (this.sharedRule('shortForms')) spans = typeShortForms(sentences, spans, this.lexicon)
    // "[Vermont ANG]PER" after "Vermont Air National Guard": head words and an acronym of the rest name that body (shared scheme)
    if (this.sharedRule('acronymTails')) spans = typeAcronymTails(sentences, spans)
    if (descriptive.length > 0) {
      spans = spans.filter((s) => !descriptive.some((d) => d.sentence === s.sentence && d.start < s.end && s.start < d.end))
    }
    if (this.scheme === 're3d' && !this.skip.has('re3dConventions')) {
      spans = applyRe3dConventions(sentences, spans, this.lexicon, options.pos, this.skip)
    }
    const out: NerSpan[][] = sentences.map(() => [])
    for (const s of spans) {
      const words = sentences[s.sentence]!.slice(s.start, s.end)
      const subtype = this.subtypeOf(words, s.type)
      out[s.sentence]!.push({ start: s.start, end: s.end, type: s.type, score: Math.round(s.score * 1000) / 1000, ...(subtype ? { subtype } : {}) })
    }
    return out
  }

  /** Finer type from the gazetteers: country, city, region, facility, armed_group, agency, outlet… */
  subtypeOf(words: readonly string[], type: NerType): string | undefined {
    const mask = this.lexicon.phraseMask(words)
    const bit = (b: number) => (mask & (1 << b)) !== 0
    if (type === 'LOC') {
      const last = words[words.length - 1]?.toLowerCase() ?? ''
      if (words.length > 1 && FACILITY.has(last)) return 'facility'
      if (bit(GAZ.COUNTRY)) return 'country'
      if (bit(GAZ.REGION)) return 'region'
      if (bit(GAZ.CITY)) return 'city'
      return undefined
    }
    if (type === 'ORG') {
      if (bit(GAZ.ARMED_GROUP)) return 'armed_group'
      return this.lexicon.orgKind(words)
    }
    return undefined
  }
}

/**
 * One token's emission row for the 11 tags: its cached local sums plus the weight rows of ids[from, to), summed in
 * eleven locals (registers) rather than read and written back to an array once per row and tag, then scaled into
 * em[r, r + 11). The sums are of int16 weights, exact in any order, so the scores are the same to the bit.
 */
function addRowsScaled(w: Int16Array, ids: Int32Array, from: number, to: number, local: Int32Array, em: Float32Array, r: number, scale: number): void {
  let a0 = local[0]!, a1 = local[1]!, a2 = local[2]!, a3 = local[3]!, a4 = local[4]!, a5 = local[5]!
  let a6 = local[6]!, a7 = local[7]!, a8 = local[8]!, a9 = local[9]!, a10 = local[10]!
  for (let k = from; k < to; k++) {
    const b = ids[k]! * 11
    a0 += w[b]!; a1 += w[b + 1]!; a2 += w[b + 2]!; a3 += w[b + 3]!; a4 += w[b + 4]!; a5 += w[b + 5]!
    a6 += w[b + 6]!; a7 += w[b + 7]!; a8 += w[b + 8]!; a9 += w[b + 9]!; a10 += w[b + 10]!
  }
  em[r] = a0 * scale; em[r + 1] = a1 * scale; em[r + 2] = a2 * scale; em[r + 3] = a3 * scale; em[r + 4] = a4 * scale
  em[r + 5] = a5 * scale; em[r + 6] = a6 * scale; em[r + 7] = a7 * scale; em[r + 8] = a8 * scale; em[r + 9] = a9 * scale
  em[r + 10] = a10 * scale
}

/** Where the shipped model lives: models/ner/ at the repository root (two levels above src/ner and dist/ner). */
export const DEFAULT_MODEL_URL = new URL('../../models/ner/ner-model.bin.gz', import.meta.url)

let shared: NerRecognizer | undefined

/** The shipped model, loaded once. Throws DossierError E_MODEL when missing or corrupt. */
export function defaultRecognizer(): NerRecognizer {
  shared ??= new NerRecognizer(readModelFile(fileURLToPath(DEFAULT_MODEL_URL)))
  return shared
}
