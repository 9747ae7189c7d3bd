/**
 * mentions.ner.v5 — names of people, organisations, places and
 * nationalities (PER / ORG / LOC / NORP) from Dossier's own NER model
 * (models/ner/, trained by `npm run train:ner`), with gazetteer subtypes and
 * document-level consistency. Tokens inside article boilerplate are skipped;
 * a sentence interrupted by boilerplate is read as separate pieces.
 * @module
 */
import { hashId, type AnnotatedDoc, type Mention, type Token } from '../../model/index.js'
import type { NerSyntax } from '../../ner/features.js'
import { defaultRecognizer } from '../../ner/recognizer.js'
import { inBoilerplate } from '../../model/index.js'
import type { Stage } from '../../model/index.js'

const KEY = 'mentions.ner.v5'
const OUTPUT_TYPES = new Set(['PER', 'ORG', 'LOC', 'NORP'])

/** The syntax stage's output over one piece (consecutive token indices into doc.tokens), heads local to the piece. */
function pieceSyntax(doc: AnnotatedDoc, piece: readonly number[]): NerSyntax | undefined {
  const syn = doc.syntax?.tokens
  if (!syn) return undefined
  const first = piece[0]!
  const n = piece.length
  const upos = new Array<string>(n), lemma = new Array<string>(n), head = new Array<number>(n), deprel = new Array<string>(n)
  for (let k = 0; k < n; k++) {
    const s = syn[first + k]
    if (!s) return undefined
    upos[k] = s.upos
    lemma[k] = s.lemma
    deprel[k] = s.deprel
    const h = s.head - first
    head[k] = s.head >= 0 && h >= 0 && h < n ? h : -1
  }
  return { upos, lemma, head, deprel }
}

export const nerMentionsStage: Stage = {
  key: KEY,
  requires: ['doc.sentences', 'doc.tokens', 'doc.syntax'],
  assigns: ['doc.mentions'],
  run(doc) {
    const { article } = doc
    const text = article.text
    const recognizer = defaultRecognizer()
    // runs of consecutive non-boilerplate tokens of one sentence
    const pieces: Token[][] = []
    const indices: number[][] = []
    let cur: Token[] = []
    let curIdx: number[] = []
    let lastSentence = -1
    for (const [i, t] of (doc.tokens ?? []).entries()) {
      const skip = inBoilerplate(article, t.start, t.end)
      if (skip || t.sentence !== lastSentence) {
        if (cur.length > 0) { pieces.push(cur); indices.push(curIdx) }
        cur = []
        curIdx = []
      }
      lastSentence = t.sentence
      if (!skip) { cur.push(t); curIdx.push(i) }
    }
    if (cur.length > 0) { pieces.push(cur); indices.push(curIdx) }
    // the syntax stage's reading of each piece, for a model with syntax features
    const syntax = recognizer.usesSyntax ? indices.map((idx) => pieceSyntax(doc, idx)) : undefined
    const spans = recognizer.recognise(pieces.map((p) => p.map((t) => text.slice(t.start, t.end))), syntax ? { syntax } : {})
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
  },
}
