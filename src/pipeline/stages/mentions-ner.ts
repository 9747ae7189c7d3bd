/**
 * mentions.ner.v10 — names of people, organisations, places and
 * nationalities (PER / ORG / LOC / NORP) from Dossier's own NER model
 * (models/ner/, trained by `npm run train:ner`), with gazetteer subtypes and
 * document-level consistency. Tokens inside article boilerplate are skipped;
 * a sentence interrupted by boilerplate is read as separate pieces.
 * @module
 */
import { hashId, type Mention, type Token } from '../../model/index.js'
import { defaultRecognizer } from '../../ner/recognizer.js'
import { inBoilerplate } from '../../model/index.js'
import type { Stage } from '../../model/index.js'

const KEY = 'mentions.ner.v10'
const OUTPUT_TYPES = new Set(['PER', 'ORG', 'LOC', 'NORP'])

export const nerMentionsStage: Stage = {
  key: KEY,
  requires: ['doc.sentences', 'doc.tokens'],
  assigns: ['doc.mentions'],
  run(doc) {
    const { article } = doc
    const text = article.text
    const recognizer = defaultRecognizer()
    // runs of consecutive non-boilerplate tokens of one sentence
    const pieces: Token[][] = []
    let cur: Token[] = []
    let lastSentence = -1
    for (const t of doc.tokens ?? []) {
      const skip = inBoilerplate(article, t.start, t.end)
      if (skip || t.sentence !== lastSentence) {
        if (cur.length > 0) pieces.push(cur)
        cur = []
      }
      lastSentence = t.sentence
      if (!skip) cur.push(t)
    }
    if (cur.length > 0) pieces.push(cur)
    const spans = recognizer.recognise(pieces.map((p) => p.map((t) => text.slice(t.start, t.end))))
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
