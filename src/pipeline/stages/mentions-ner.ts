/**
 * mentions.ner.v17 — names of people, organisations, places and
 * nationalities (PER / ORG / LOC / NORP) from Dossier's own NER model
 * (models/ner/, trained by `npm run train:ner`), with gazetteer subtypes and
 * document-level consistency. Tokens inside article boilerplate are skipped;
 * a sentence interrupted by boilerplate is read as separate pieces. When the syntax stage ran first, its tags and
 * heads go to the recogniser (v11: a headline’s verb ends a name; v12: a four-word person after an office, a known town the text calls a place, a place noun's apposition;
 * v13: a body's distinctive last word alone, read as a person, is that body: "Royal Dutch Shell … Shell says";
 * v15: a place's surroundings end no name, "the [Damascus] suburbs"; a hyphenated modifier before its noun names nothing,
 * "its English-language magazine"; a known body and a known country glued together are two names, "new [EU] [Syria]
 * sanctions"; head words and an acronym of the rest are the body the document names in full, "[Vermont ANG]ORG"; an
 * unseen participle opening the sentence before a noun of people names nothing, "Noncommissioned officers"; a sports
 * event or festival is no actor or place, "the Turin Winter Olympics"; v16: a room, a designation or a post is no actor,
 * "the [Press Briefing Room]"; v17: a government's press corps is no body, "the [Pentagon Press]"; an adjective fronted
 * before the subject names nothing, "[United], we continue").
 * @module
 */
import { batchStage, hashId, type Mention, type Token } from '../../model/index.js'
import { defaultRecognizer, type NerSpan, type RecogniseOptions } from '../../ner/recognizer.js'
import { inBoilerplate } from '../../model/index.js'
import type { AnnotatedDoc, Stage } from '../../model/index.js'

const KEY = 'mentions.ner.v17'
const OUTPUT_TYPES = new Set(['PER', 'ORG', 'LOC', 'NORP'])

/**
 * What the syntax stage (when it ran first) says of each piece, heads local to the piece (-1: the root, or a head
 * outside it), for the recogniser's syntax reading (a headline's verb ends a name).
 */
function pieceSyntax(doc: AnnotatedDoc, pieces: readonly Token[][], firsts: readonly number[]): RecogniseOptions {
  const syn = doc.syntax?.tokens
  if (!syn || syn.length !== (doc.tokens ?? []).length) return {}
  return {
    syntax: pieces.map((p, pi) => {
      // a piece is a run of consecutive tokens of doc.tokens, from index `first` on
      const first = firsts[pi]!
      const st = syn.slice(first, first + p.length)
      const head = st.map((x) => (x.head >= first && x.head < first + p.length ? x.head - first : -1))
      return { upos: st.map((x) => x.upos), lemma: st.map((x) => x.lemma), deprel: st.map((x) => x.deprel), head }
    }),
  }
}

/**
 * 1 for each token inside boilerplate or the dateline (inBoilerplate), in one sweep: the skipped ranges sorted by
 * end, a range whose end is at or before a token's start is behind every later token too, and a token overlaps one
 * of those left iff the smallest start among them is before its end. Tokens out of order fall back to the scan.
 */
export function skippedTokens(article: AnnotatedDoc['article'], tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length)
  const ranges = article.datelineSpan ? [...article.boilerplate, article.datelineSpan] : [...article.boilerplate]
  if (ranges.length === 0) return out
  ranges.sort((a, b) => a.end - b.end)
  const minStart = new Float64Array(ranges.length + 1).fill(Infinity)
  for (let k = ranges.length - 1; k >= 0; k--) minStart[k] = Math.min(ranges[k]!.start, minStart[k + 1]!)
  let p = 0
  let lastStart = -Infinity
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.start < lastStart) { for (let j = 0; j < tokens.length; j++) out[j] = inBoilerplate(article, tokens[j]!.start, tokens[j]!.end) ? 1 : 0; return out }
    lastStart = t.start
    while (p < ranges.length && ranges[p]!.end <= t.start) p++
    if (minStart[p]! < t.end) out[i] = 1
  }
  return out
}

/** A document's runs of consecutive non-boilerplate tokens of one sentence, and the index in doc.tokens of each run's first token. */
function docPieces(doc: AnnotatedDoc): { pieces: Token[][]; firsts: number[] } {
  const pieces: Token[][] = []
  const firsts: number[] = []
  let cur: Token[] = []
  let lastSentence = -1
  const tokens = doc.tokens ?? []
  const skipped = skippedTokens(doc.article, tokens)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const skip = skipped[i] === 1
    if (skip || t.sentence !== lastSentence) {
      if (cur.length > 0) pieces.push(cur)
      cur = []
    }
    lastSentence = t.sentence
    if (!skip) {
      if (cur.length === 0) firsts[pieces.length] = i
      cur.push(t)
    }
  }
  if (cur.length > 0) pieces.push(cur)
  return { pieces, firsts }
}

/** The doc with the mentions of the recogniser's spans in its pieces. */
function withMentions(doc: AnnotatedDoc, pieces: readonly Token[][], spans: readonly NerSpan[][]): AnnotatedDoc {
  const { article } = doc
  const text = article.text
  const mentions: Mention[] = []
  spans.forEach((ss, pi) => {
    const piece = pieces[pi]!
    for (const s of ss) {
      if (!OUTPUT_TYPES.has(s.type)) continue
      const start = piece[s.start]!.start
      const end = piece[s.end - 1]!.end
      mentions.push({
        id: hashId('mention', article.id, start, end),
        articleId: article.id,
        start, end,
        text: text.slice(start, end),
        type: s.type as Mention['type'],
        ...(s.subtype ? { subtype: s.subtype } : {}),
        kind: 'name',
        score: s.score,
        stage: KEY,
      })
    }
  })
  return { ...doc, mentions: [...(doc.mentions ?? []), ...mentions] }
}

/**
 * The names of a batch of documents: the recogniser tags every sentence of every document before it applies each
 * document's rules (recogniseMany), so its weight rows stay in the caches; each gets what it would get alone.
 */
function nerMentions(docs: readonly AnnotatedDoc[]): AnnotatedDoc[] {
  const split = docs.map(docPieces)
  const spans = defaultRecognizer().recogniseMany(docs.map((doc, i) => {
    const { pieces, firsts } = split[i]!
    return { sentences: pieces.map((p) => p.map((t) => doc.article.text.slice(t.start, t.end))), options: pieceSyntax(doc, pieces, firsts) }
  }))
  return docs.map((doc, i) => withMentions(doc, split[i]!.pieces, spans[i]!))
}

export const nerMentionsStage: Stage = batchStage({ key: KEY, requires: ['doc.sentences', 'doc.tokens'], assigns: ['doc.mentions'] }, nerMentions)
