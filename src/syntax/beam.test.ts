import { describe, expect, it } from 'vitest'
import { beamParseHeads } from './beam.js'
import type { ConlluSentence } from './conllu.js'
import { sentenceMarks } from './parser-features.js'
import { parseHeads } from './parser.js'
import { seededRandom, toTrainSentence, trainParser, type TrainSentence } from './trainer.js'

const TAGS = ['DET', 'NOUN', 'VERB', 'ADP', 'PUNCT']
const tagIndex = new Map(TAGS.map((t, i) => [t, i]))
const labelIndex = new Map([['root', 0], ['dep', 1]])
const MARKS = { punct: 4, verb: 2 }
const BITS = 16

/**
 * "the <subject> <verb> the <object> with <noun> ." — the phrase "with <noun>" hangs on the verb for an instrument
 * ("saw the ship with binoculars") and on the object otherwise ("saw the ship with flags"): an attachment the
 * parser can only choose by looking two words ahead of the object.
 */
function sentence(subject: string, verb: string, object: string, noun: string): ConlluSentence {
  const instrument = ['binoculars', 'radar', 'drones'].includes(noun)
  const rows: Array<[string, string, number]> = [['the', 'DET', 2], [subject, 'NOUN', 3], [verb, 'VERB', 0], ['the', 'DET', 5], [object, 'NOUN', 3],
    ['with', 'ADP', 7], [noun, 'NOUN', instrument ? 3 : 5], ['.', 'PUNCT', 3]]
  return { words: rows.map(([form, upos, head]) => ({ form, lemma: form, upos, xpos: '_', head, deprel: head === 0 ? 'root' : 'dep' })) }
}

const SUBJECTS = ['army', 'police', 'crew', 'navy']
const VERBS = ['saw', 'spotted', 'tracked', 'found']
const OBJECTS = ['ship', 'convoy', 'truck', 'boat']
const NOUNS = ['binoculars', 'radar', 'drones', 'flags', 'guns', 'sails']

function all(): ConlluSentence[] {
  const out: ConlluSentence[] = []
  for (const s of SUBJECTS) for (const v of VERBS) for (const o of OBJECTS) for (const n of NOUNS) out.push(sentence(s, v, o, n))
  return out
}

const heads = (s: ConlluSentence) => s.words.map((w) => w.head)
const input = (t: TrainSentence) => ({ words: t.words, tags: t.tags, marks: sentenceMarks(t.tags, MARKS.punct, MARKS.verb) })

describe('beam search over arc-hybrid transitions', () => {
  const rand = seededRandom(3)
  const sents = all().map((s) => ({ s, r: rand() }))
  const train = sents.filter((x) => x.r < 0.5).map((x) => x.s)
  const unseen = sents.filter((x) => x.r >= 0.5).map((x) => x.s)
  const data = train.map((s) => toTrainSentence(s, tagIndex, labelIndex))
  const weights = trainParser(data, MARKS, BITS, 0, 5, 0.9, { width: 4, epochs: 6 })
  const mask = (1 << BITS) - 1

  it('trained globally, it attaches "with" phrases right in sentences it was not trained on', () => {
    for (const s of unseen) {
      const t = toTrainSentence(s, tagIndex, labelIndex)
      expect(Array.from(beamParseHeads(weights, mask, input(t), 4).subarray(1)), s.words.map((w) => w.form).join(' ')).toEqual(heads(s))
    }
  })

  it('with a beam of one it parses as the greedy parser does', () => {
    for (const s of [...train, ...unseen].slice(0, 40)) {
      const t = toTrainSentence(s, tagIndex, labelIndex)
      const greedy = parseHeads({ weights, mask }, t.words, t.tags, input(t).marks)
      expect(Array.from(beamParseHeads(weights, mask, input(t), 1))).toEqual(Array.from(greedy))
    }
  })

  it('always returns a tree with one root word, whatever the weights', () => {
    const noise = new Float32Array(weights.length).map(() => rand() - 0.5)
    for (const s of unseen.slice(0, 30)) {
      const h = Array.from(beamParseHeads(noise, mask, input(toTrainSentence(s, tagIndex, labelIndex)), 8).subarray(1))
      expect(h.filter((x) => x === 0)).toHaveLength(1)
      expect(h.every((x) => x >= 0 && x <= h.length)).toBe(true)
    }
  })
})
