import { describe, expect, it } from 'vitest'
import { DossierError } from '../model/index.js'
import { GAZ } from './lexicon.js'
import { NerRecognizer } from './recognizer.js'
import { decodeAdapter, encodeAdapter } from './scheme-adapter.js'
import { trainSchemeAdapter } from './scheme-adapter-training.js'
import { tagIndex } from './tags.js'
import { trainPerceptron, type TrainSentence } from './trainer.js'

const lexicon = { gazetteer: [['Gaza', 1 << GAZ.REGION]] as Array<[string, number]>, caseProfile: [] as Array<[string, number]>, orgKinds: [] as Array<[string, string]> }
const tags = (t: string[]) => Uint8Array.from(t.map(tagIndex))
const lasts = ['Haddad', 'Smith', 'Khalil', 'Brown', 'Nasser', 'Levi']

/** A toy corpus in the shared convention: titles stay outside a person's name. */
function corpus(): TrainSentence[] {
  const out: TrainSentence[] = []
  for (let i = 0; i < 60; i++) {
    const l = lasts[i % lasts.length]!
    out.push({ words: ['Minister', l, 'spoke', 'today', '.'], tags: tags(['O', 'B-PER', 'O', 'O', 'O']), weight: 1 })
    out.push({ words: ['Reuters', 'said', 'it', 'would', 'talk', 'to', 'Gaza', '.'], tags: tags(['B-ORG', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O']), weight: 1 })
  }
  return out
}
/** The "toy" scheme annotates the title inside the name. */
const schemeText = lasts.flatMap((l) => [{ words: ['Minister', l, 'spoke', 'today', '.'], tags: tags(['B-PER', 'I-PER', 'O', 'O', 'O']) }])
const model = trainPerceptron(corpus(), { hashBits: 14, epochs: 5, seed: 1, lexicon, meta: { schemes: ['toy'] } })
const options = { epochs: 5, step: 3, orders: 2, seed: 7 }
const unseen = [['Minister', 'Mansour', 'spoke', 'today', '.']]
const spans = (rec: NerRecognizer) => rec.recognise(unseen, { consistency: false })[0]!.map((s) => [s.start, s.end, s.type])

describe('scheme adapter', () => {
  it('scheme adapter: a scheme learned over a frozen model reads its convention on an unseen name, and the shared scheme stays as it was', () => {
    const before = spans(new NerRecognizer(model))
    const adapter = trainSchemeAdapter(model, 'toy', schemeText, options)
    expect(spans(new NerRecognizer(model, { scheme: 'toy', adapter }))).toEqual([[0, 2, 'PER']])
    // without the adapter the model has no scheme weights: it reads the name as the shared scheme does
    expect(spans(new NerRecognizer(model, { scheme: 'toy' }))).toEqual([[1, 2, 'PER']])
    expect(spans(new NerRecognizer(model))).toEqual(before)
    expect(before).toEqual([[1, 2, 'PER']])
  })

  it('scheme adapter: a file round trip decodes the same, and a damaged file or another model is refused with a code', () => {
    const adapter = trainSchemeAdapter(model, 'toy', schemeText, options)
    const back = decodeAdapter(encodeAdapter(adapter))
    expect(spans(new NerRecognizer(model, { scheme: 'toy', adapter: back }))).toEqual([[0, 2, 'PER']])
    expect(() => decodeAdapter(Buffer.from('not an adapter'))).toThrow(DossierError)
    const other = trainPerceptron(corpus(), { hashBits: 14, epochs: 4, seed: 2, lexicon, meta: { schemes: ['toy'] } })
    expect(() => new NerRecognizer(other, { scheme: 'toy', adapter })).toThrow(/does not fit/)
  })
})
