/**
 * `npm run train:ner` — rebuilds models/ner/ from ../shared/data, deterministically.
 *
 * Training data (the data never enters the repository; only the weights do):
 *   conll2003-train/eng.train.gz   gold Reuters news (the core; weight 1, plus upper-case and title-case copies)
 *   ner-gmb-kaggle                 silver VOA news, a seeded third of it at weight 0.1 (more swamps the gold news) (gpe adjectives → NORP, titles stripped)
 *   ner-uner-english-ewt dev       gold web text (the test file is never used for training)
 *   re3d-dev                       in-domain gold, except the held-out quarter (isRe3dHeldOut): its spans in the
 *                                  shared CoNLL-style convention for the shared weights, and as re3d annotates
 *                                  them (titles, descriptive "the …" mentions) for the 're3d' scheme's copies
 * Then the model is scored on CoNLL testa (development; never trained on), UNER test and re3d held-out,
 * and the figures go to models/ner/meta.json.
 *
 * 2^21 hash buckets: the re3d scheme's feature copies share the table with the shared features, and at 2^20 their
 * collisions cost the shared scheme (CoNLL, UNER) as soon as the scheme weights grow.
 *
 * Environment overrides for experiments: NER_EPOCHS, NER_HASH_BITS, NER_SEED, NER_DATA (default ../shared/data), NER_OUT,
 * corpus weights NER_W_GMB / NER_W_UNER / NER_W_RE3D, NER_SCHEMES=0 (no re3d scheme), NER_SCHEME_EPOCHS, and
 * NER_RE3D_FOLD=k (1–3: also hold out re3d documents with fnv1a(id) % 4 == k, for cross-validation).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { readConllFile, type ConllSentence } from '../src/eval/conll.js'
import { scoreNer } from '../src/eval/ner.js'
import { isRe3dHeldOut, readRe3d, scoreRe3d, type Re3dDocument } from '../src/eval/re3d.js'
import { buildLexicon, countCase, newCorpusStats, type CorpusStats } from '../src/ner/build-lexicon.js'
import { DEFAULT_CLUSTER_OPTIONS, learnClusters } from '../src/ner/clusters.js'
import { fnv1a } from '../src/ner/hash.js'
import { DEMONYMS, TITLES } from '../src/ner/lists.js'
import { decodeModel, encodeModel } from '../src/ner/model.js'
import { NerRecognizer } from '../src/ner/recognizer.js'
import { tagIndex } from '../src/ner/tags.js'
import { seededRandom, trainPerceptron, type TrainSentence } from '../src/ner/trainer.js'
import { segmentText } from '../src/text/segment.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const data = resolve(root, process.env['NER_DATA'] ?? '../shared/data')
const outDir = resolve(root, process.env['NER_OUT'] ?? 'models/ner')
const EPOCHS = Number(process.env['NER_EPOCHS'] ?? 12)
const HASH_BITS = Number(process.env['NER_HASH_BITS'] ?? 21)
const SEED = Number(process.env['NER_SEED'] ?? 20260823)
const W_GMB = Number(process.env['NER_W_GMB'] ?? 0.1)
const W_UNER = Number(process.env['NER_W_UNER'] ?? 3)
const W_RE3D = Number(process.env['NER_W_RE3D'] ?? 3)
const CLUSTERS = process.env['NER_CLUSTERS'] !== '0'
const AUG = Number(process.env['NER_AUG'] ?? 1)
/** re3d's own annotation scheme gets scheme copies of the features (set NER_SCHEMES=0 to train without). */
const SCHEMES = process.env['NER_SCHEMES'] !== '0'
const SCHEME_EPOCHS = Number(process.env['NER_SCHEME_EPOCHS'] ?? 20)
/** Experiments only: also hold out re3d documents with fnv1a(id) % 4 == NER_RE3D_FOLD (1–3), to study errors on them. */
const RE3D_FOLD = Number(process.env['NER_RE3D_FOLD'] ?? 0)
const log = (m: string) => process.stderr.write(`[train:ner] ${m}\n`)

const DEMONYM_SET = new Set(DEMONYMS)
const TITLE_SET = new Set(TITLES.flatMap((t) => t.split(' ')).concat(['Prophet', 'Pope', 'Senator', 'Chief', 'Secretary-General']))
const NATIONALITY_SUFFIX = /(an|ans|ese|ish|i|is|ic|ch)$/

interface Tagged { words: string[]; tags: string[]; pos?: string[] }

function toTrain(s: Tagged & { schemeTags?: string[] }, weight: number, scheme?: string): TrainSentence {
  return {
    words: s.words, tags: Uint8Array.from(s.tags.map(tagIndex)), weight,
    ...(scheme ? { scheme, ...(s.schemeTags ? { schemeTags: Uint8Array.from(s.schemeTags.map(tagIndex)) } : {}) } : {}),
  }
}

/** CoNLL MISC nationalities ("German", "Germans") become NORP; other MISC stays MISC. */
function conllToOurs(s: ConllSentence): Tagged {
  const tags = [...s.tags]
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B-MISC' || tags[i + 1] === 'I-MISC') continue
    const w = s.words[i]!
    const pos = s.pos?.[i] ?? ''
    if (DEMONYM_SET.has(w) || ((pos === 'JJ' || pos === 'NNPS') && NATIONALITY_SUFFIX.test(w))) tags[i] = 'B-NORP'
  }
  return { words: s.words, tags }
}

function upperCopy(s: Tagged): Tagged {
  return { words: s.words.map((w) => w.toUpperCase()), tags: s.tags }
}

const SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as'])
function titleCopy(s: Tagged): Tagged {
  return { words: s.words.map((w, i) => (i > 0 && SMALL.has(w)) || !/^\p{Ll}/u.test(w) ? w : w[0]!.toUpperCase() + w.slice(1)), tags: s.tags }
}

function parseCsvLine(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let q = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (q) {
      if (c === '"') {
        if (line[i + 1] === '"') { cur += '"'; i++ } else q = false
      } else cur += c
    } else if (c === '"') q = true
    else if (c === ',') { out.push(cur); cur = '' }
    else cur += c
  }
  out.push(cur)
  return out
}

/** GMB (Kaggle extract): per/org/geo/gpe mapped to ours; gpe adjectives and plurals → NORP; titles stripped from persons. */
function readGmb(file: string): Tagged[] {
  const text = gunzipSync(readFileSync(file)).toString('latin1')
  const out: Tagged[] = []
  let cur: { words: string[]; raw: string[]; pos: string[] } | undefined
  const lines = text.split(/\r?\n/)
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const [sent, word, pos, tag] = parseCsvLine(line)
    if (sent) {
      if (cur) out.push(mapGmb(cur))
      cur = { words: [], raw: [], pos: [] }
    }
    if (!cur || word === undefined || tag === undefined) continue
    cur.words.push(word)
    cur.raw.push(tag)
    cur.pos.push(pos ?? '')
  }
  if (cur) out.push(mapGmb(cur))
  return out
}

function mapGmb(s: { words: string[]; raw: string[]; pos: string[] }): Tagged {
  const types = s.raw.map((t, i) => {
    const ty = t.slice(2)
    if (ty === 'per') return 'PER'
    if (ty === 'org') return 'ORG'
    if (ty === 'geo') return 'LOC'
    if (ty === 'gpe') return /^(JJ|NNS|NNPS)$/.test(s.pos[i]!) ? 'NORP' : 'LOC'
    return ''
  })
  const tags: string[] = []
  for (let i = 0; i < types.length; i++) {
    const ty = types[i]!
    if (!ty) { tags.push('O'); continue }
    const begins = s.raw[i]!.startsWith('B-') || tags[i - 1] === 'O' || tags[i - 1]?.slice(2) !== ty
    tags.push(`${begins ? 'B' : 'I'}-${ty}`)
  }
  // strip leading titles from person spans: "President Mahmoud Ahmadinejad" → "Mahmoud Ahmadinejad"
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'B-PER' && TITLE_SET.has(s.words[i]!.replace(/\.$/, '') ) && tags[i + 1] === 'I-PER') {
      tags[i] = 'O'
      tags[i + 1] = 'B-PER'
    }
  }
  return { words: s.words, tags }
}

/**
 * re3d documents tokenised with our own segmenter. `tags`: the gold names in the shared (CoNLL) convention
 * (a descriptive mention keeps its capitalised part, "the SDF" → "SDF"; titles stripped: toSharedConvention).
 * `schemeTags`: re3d's own mention spans, descriptive ones included whole, which the re3d scheme learns so
 * that it can tell "the SDF" (re3d: a descriptive mention, not a named one) from "The SDF".
 */
type Re3dSentence = Tagged & { schemeTags: string[] }

function re3dSentences(docs: readonly Re3dDocument[]): Re3dSentence[] {
  const TYPE: Record<string, string> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC', Nationality: 'NORP' }
  const out: Re3dSentence[] = []
  for (const doc of docs) {
    const { tokens } = segmentText(doc.text)
    const ents = doc.entities.filter((e) => TYPE[e.type] && e.confidence >= 0.5)
      .sort((a, b) => (b.end - b.begin) - (a.end - a.begin) || a.begin - b.begin)
    const label = (named: boolean): string[] => {
      const tags = tokens.map(() => 'O')
      for (const e of ents) {
        const idx: number[] = []
        tokens.forEach((t, i) => { if (t.start >= e.begin && t.end <= e.end) idx.push(i) })
        const upper = idx.length > 0 && /^\p{Lu}|^\d/u.test(doc.text.slice(tokens[idx[0]!]!.start, tokens[idx[0]!]!.end))
        // a named reading of a descriptive mention keeps its capitalised part ("the SDF" → "SDF")
        if (named && !upper) {
          while (idx.length > 0 && !/^\p{Lu}|^\d/u.test(doc.text.slice(tokens[idx[0]!]!.start, tokens[idx[0]!]!.end))) idx.shift()
        }
        if (idx.length === 0) continue
        if (idx.some((i) => tags[i] !== 'O')) continue
        if (idx.some((i) => tokens[i]!.sentence !== tokens[idx[0]!]!.sentence)) continue
        idx.forEach((i, k) => { tags[i] = `${k === 0 ? 'B' : 'I'}-${TYPE[e.type]}` })
      }
      return tags
    }
    const tags = toSharedConvention(tokens.map((t) => doc.text.slice(t.start, t.end)), label(true))
    const schemeTags = label(false)
    const bySent = new Map<number, Re3dSentence>()
    tokens.forEach((t, i) => {
      let s = bySent.get(t.sentence)
      if (!s) bySent.set(t.sentence, (s = { words: [], tags: [], schemeTags: [] }))
      s.words.push(doc.text.slice(t.start, t.end))
      s.tags.push(tags[i]!)
      s.schemeTags.push(schemeTags[i]!)
    })
    out.push(...bySent.values())
  }
  return out
}

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le'])
const titleWord = (w: string) => TITLE_SET.has(w) || TITLE_SET.has(w.replace(/\.$/, '')) || TITLE_SET.has(w + '.') ||
  /^(Defen[cs]e|Foreign|Interior|Home|Spc\.|Pfc\.|Sgt\.|Spokesperson|Advisor|Adviser|Special|Senior|Petty|Chief|Officer)$/.test(w)

/**
 * re3d's spans in the shared (CoNLL) convention, for the shared weights: titles, ranks and nationalities before a
 * person's name are not part of it ("Iraqi Prime Minister Haider al-Abadi" → "Haider al-Abadi"; a title alone is
 * no name), and a leading "The" is not part of an organisation's name.
 */
function toSharedConvention(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags]
  for (let i = 0; i < out.length; i++) {
    if (!out[i]!.startsWith('B-')) continue
    const type = out[i]!.slice(2)
    let end = i + 1
    while (out[end] === `I-${type}`) end++
    if (type === 'ORG' && end - i >= 2 && words[i] === 'The') { out[i] = 'O'; out[i + 1] = 'B-ORG' }
    if (type === 'PER') {
      let k = -1
      for (let j = i; j < end; j++) if (titleWord(words[j]!) || (j === i && DEMONYM_SET.has(words[j]!)) || (j === i && words[j] === 'The')) k = j
      if (k < i) continue
      const rest = words.slice(k + 1, end)
      if (rest.length === 0) { for (let j = i; j < end; j++) out[j] = 'O'; continue }
      if (rest.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.split('-')[0]!.toLowerCase()))) continue
      for (let j = i; j <= k; j++) out[j] = 'O'
      out[k + 1] = 'B-PER'
    }
    i = end - 1
  }
  return out
}

function collectStats(stats: CorpusStats, s: Tagged): void {
  countCase(stats, s.words)
  for (let i = 0; i < s.tags.length; i++) {
    if (s.tags[i] === 'B-PER' && s.tags[i + 1] === 'I-PER') {
      const w = s.words[i]!
      stats.firstNames.set(w, (stats.firstNames.get(w) ?? 0) + 1)
    }
  }
}

async function main(): Promise<void> {
  const t0 = Date.now()
  const conll = readConllFile(join(data, 'conll2003-train/eng.train.gz')).map(conllToOurs)
  const gmbAll = readGmb(join(data, 'ner-gmb-kaggle/ner_dataset.csv.gz'))
  const pick = seededRandom(SEED + 1)
  const gmb = gmbAll.filter(() => pick() < 1 / 3)
  const uner = readConllFile(join(data, 'ner-uner-english-ewt/en_ewt-ud-dev.iob2.gz')).map((s) => ({ words: s.words, tags: s.tags }))
  const re3dDocs = readRe3d(join(data, 're3d-dev'))
  const re3dTrainDocs = re3dDocs.filter((d) => !isRe3dHeldOut(d.id) && !(RE3D_FOLD > 0 && fnv1a(d.id) % 4 === RE3D_FOLD))
  const re3dTrain = re3dSentences(re3dTrainDocs)
  log(`corpora: conll ${conll.length}, gmb ${gmb.length}/${gmbAll.length}, uner-dev ${uner.length}, re3d ${re3dTrain.length} sentences`)

  const stats = newCorpusStats()
  for (const s of [...conll, ...gmb, ...uner, ...re3dTrain]) collectStats(stats, s)
  const baseLexicon = buildLexicon(stats)
  // word clusters from the text of the training corpora (all of GMB, labels unused). PolNeAR's news text would
  // help too, but its licence forbids training a shipped model on it.
  const unlabelled: Array<readonly string[]> = [...conll, ...gmbAll, ...uner, ...re3dTrain].map((s) => s.words)
  const tc = Date.now()
  const clusters = CLUSTERS ? learnClusters(unlabelled, {
    ...DEFAULT_CLUSTER_OPTIONS,
    fine: Number(process.env['NER_CL_FINE'] ?? DEFAULT_CLUSTER_OPTIONS.fine),
    dims: Number(process.env['NER_CL_DIMS'] ?? DEFAULT_CLUSTER_OPTIONS.dims),
    coarse: Number(process.env['NER_CL_COARSE'] ?? DEFAULT_CLUSTER_OPTIONS.coarse),
  }) : []
  const lexicon = { ...baseLexicon, clusters }
  log(`lexicon: ${lexicon.gazetteer.length} gazetteer phrases, ${lexicon.caseProfile.length} case-profile words, ` +
    `${clusters.length} clustered words from ${unlabelled.reduce((a, s) => a + s.length, 0)} unlabelled tokens (${((Date.now() - tc) / 1000).toFixed(0)}s)`)

  const train: TrainSentence[] = []
  conll.forEach((s, i) => {
    train.push(toTrain(s, 1))
    if (i % 10 === 3 || (AUG > 1 && i % 10 === 8)) train.push(toTrain(upperCopy(s), 0.5))
    if (i % 10 === 7 || (AUG > 1 && i % 10 === 2)) train.push(toTrain(titleCopy(s), 0.5))
  })
  for (const s of gmb) train.push(toTrain(s, W_GMB))
  for (const s of uner) train.push(toTrain(s, W_UNER))
  for (const s of re3dTrain) train.push(toTrain(s, W_RE3D, SCHEMES ? 're3d' : undefined))
  const tokens = train.reduce((a, s) => a + s.words.length, 0)
  log(`training on ${train.length} sentences, ${tokens} tokens, ${EPOCHS} epochs, 2^${HASH_BITS} buckets, seed ${SEED}`)
  const model = trainPerceptron(train, {
    hashBits: HASH_BITS, epochs: EPOCHS, seed: SEED, lexicon, schemeEpochs: SCHEME_EPOCHS, meta: { schemes: SCHEMES ? ['re3d'] : [] },
    onEpoch: (e, err) => log(`epoch ${e}: token error ${(err * 100).toFixed(2)}% (${((Date.now() - t0) / 1000).toFixed(0)}s)`),
  })
  const trainSeconds = (Date.now() - t0) / 1000

  // score on data never trained on
  const rec = new NerRecognizer(model)
  const testa = scoreNer(readConllFile(join(data, 'conll2003-train/eng.testa.gz')), rec, false)
  const unerTest = scoreNer(readConllFile(join(data, 'ner-uner-english-ewt/en_ewt-ud-test.iob2.gz')), rec, true)
  const re3dHeld = scoreRe3d(re3dDocs.filter((d) => isRe3dHeldOut(d.id)), SCHEMES ? new NerRecognizer(model, { scheme: 're3d' }) : rec)
  const re3dHeldShared = scoreRe3d(re3dDocs.filter((d) => isRe3dHeldOut(d.id)), rec)
  const fig = (r: { f1: number; precision: number; recall: number; perType: Record<string, { f1: number }> }) => ({
    f1: round(r.f1), precision: round(r.precision), recall: round(r.recall),
    perType: Object.fromEntries(Object.entries(r.perType).map(([k, v]) => [k, round(v.f1)])),
  })
  const meta = {
    model: 'structured averaged perceptron, first-order Viterbi, hashed features',
    hashBits: HASH_BITS, epochs: EPOCHS, seed: SEED, schemes: SCHEMES ? ['re3d'] : [],
    training: {
      sentences: train.length, tokens,
      corpora: {
        'conll2003 eng.train': conll.length, 'ner-gmb-kaggle (seeded third)': gmb.length,
        'uner english-ewt dev': uner.length, 're3d-dev (not held out)': re3dTrain.length,
      },
    },
    figures: {
      'conll2003 eng.testa (PER/ORG/LOC, MISC as O)': fig(testa),
      'uner english-ewt test': fig(unerTest),
      're3d-dev held out (fnv1a(id) % 4 == 0), re3d scheme': fig(re3dHeld),
      're3d-dev held out, shared scheme': fig(re3dHeldShared),
    },
    lexicon: { gazetteerPhrases: lexicon.gazetteer.length, caseProfileWords: lexicon.caseProfile.length, clusteredWords: clusters.length },
  }
  const finalModel = { ...model, meta: { ...model.meta, ...meta } } // keeps what training added (the schemes' transitions)
  const buf = encodeModel(finalModel)
  decodeModel(buf) // round-trip check before writing
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'ner-model.bin.gz'), buf)
  // timings go to meta.json only, so the model file itself is byte-for-byte reproducible
  const file = { ...meta, bytes: statSync(join(outDir, 'ner-model.bin.gz')).size, trainingSeconds: Math.round(trainSeconds) }
  writeFileSync(join(outDir, 'meta.json'), JSON.stringify(file, null, 2) + '\n')
  log(`testa F1 ${testa.f1.toFixed(4)} (PER ${testa.perType['PER']!.f1.toFixed(4)}, ORG ${testa.perType['ORG']!.f1.toFixed(4)}, LOC ${testa.perType['LOC']!.f1.toFixed(4)}); ` +
    `UNER test ${unerTest.f1.toFixed(4)}; re3d held-out ${re3dHeld.f1.toFixed(4)} (shared scheme ${re3dHeldShared.f1.toFixed(4)})`)
  log(`wrote ${join(outDir, 'ner-model.bin.gz')} (${(buf.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)}s`)
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
  process.exit(1)
})
