import { describe, expect, it } from 'vitest'
import { NerRecognizer } from './recognizer.js'
import { tagIndex } from './tags.js'
import { seededRandom, shuffleInPlace, trainPerceptron, type TrainSentence } from './trainer.js'
import { GAZ } from './lexicon.js'

const lexicon = { gazetteer: [['Gaza', 1 << GAZ.REGION]] as Array<[string, number]>, caseProfile: [] as Array<[string, number]>, orgKinds: [] as Array<[string, string]> }

/** A toy corpus: "<First> <Last> visited <Place>" and "<Org> said ...". */
function corpus(): TrainSentence[] {
  const firsts = ['Ali', 'Omar', 'Sara', 'John', 'Maria', 'Yusuf']
  const lasts = ['Haddad', 'Smith', 'Khalil', 'Brown', 'Nasser', 'Levi']
  const places = ['Gaza', 'Cairo', 'Amman', 'Paris', 'Beirut', 'Tunis']
  const orgs = ['Hamas', 'Reuters', 'Fatah', 'Hezbollah']
  const out: TrainSentence[] = []
  const t = (tags: string[]) => Uint8Array.from(tags.map(tagIndex))
  for (let i = 0; i < 60; i++) {
    const f = firsts[i % firsts.length]!
    const l = lasts[(i * 7) % lasts.length]!
    const p = places[(i * 5) % places.length]!
    const o = orgs[i % orgs.length]!
    out.push({ words: [f, l, 'visited', p, 'on', 'Monday', '.'], tags: t(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O']), weight: 1 })
    out.push({ words: [o, 'said', 'it', 'would', 'talk', 'to', p, '.'], tags: t(['B-ORG', 'O', 'O', 'O', 'O', 'O', 'B-LOC', 'O']), weight: 1 })
  }
  return out
}

describe('trainer', () => {
  it('trainer learns a toy corpus and generalises to unseen names in known frames', () => {
    const model = trainPerceptron(corpus(), { hashBits: 14, epochs: 5, seed: 1, lexicon })
    const rec = new NerRecognizer(model)
    const spans = rec.recognise([['Ahmed', 'Mansour', 'visited', 'Gaza', 'on', 'Monday', '.']], { consistency: false })[0]!
    expect(spans.map((s) => [s.start, s.end, s.type])).toEqual([[0, 2, 'PER'], [3, 4, 'LOC']])
  })

  it('a scheme learns its corpus convention without changing the shared one (titles inside names under "toy")', () => {
    const t = (tags: string[]) => Uint8Array.from(tags.map(tagIndex))
    const lasts = ['Haddad', 'Smith', 'Khalil', 'Brown', 'Nasser', 'Levi']
    const extra: TrainSentence[] = []
    for (let i = 0; i < 40; i++) {
      const l = lasts[i % lasts.length]!
      const words = ['Minister', l, 'spoke', 'today', '.']
      extra.push({ words, tags: t(['O', 'B-PER', 'O', 'O', 'O']), weight: 1 })
      extra.push({ words, tags: t(['O', 'B-PER', 'O', 'O', 'O']), schemeTags: t(['B-PER', 'I-PER', 'O', 'O', 'O']), scheme: 'toy', weight: 1 })
    }
    const model = trainPerceptron([...corpus(), ...extra], { hashBits: 14, epochs: 5, seed: 1, lexicon, schemeEpochs: 10, meta: { schemes: ['toy'] } })
    const sentence = [['Minister', 'Mansour', 'spoke', 'today', '.']]
    const spans = (rec: NerRecognizer) => rec.recognise(sentence, { consistency: false })[0]!.map((s) => [s.start, s.end, s.type])
    expect(spans(new NerRecognizer(model))).toEqual([[1, 2, 'PER']])
    expect(spans(new NerRecognizer(model, { scheme: 'toy' }))).toEqual([[0, 2, 'PER']])
    expect(() => new NerRecognizer(model, { scheme: 'conll' })).toThrow(/not trained with the annotation scheme "conll"/)
  })

  it('trainer is deterministic for a seed', () => {
    const a = trainPerceptron(corpus(), { hashBits: 12, epochs: 3, seed: 42, lexicon })
    const b = trainPerceptron(corpus(), { hashBits: 12, epochs: 3, seed: 42, lexicon })
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true)
    expect([...a.transitions]).toEqual([...b.transitions])
  })

  it('seeded shuffle is a reproducible permutation', () => {
    const xs = [...Array(20).keys()]
    const a = shuffleInPlace([...xs], seededRandom(5))
    const b = shuffleInPlace([...xs], seededRandom(5))
    expect(a).toEqual(b)
    expect([...a].sort((x, y) => x - y)).toEqual(xs)
    expect(a).not.toEqual(xs)
  })
})
