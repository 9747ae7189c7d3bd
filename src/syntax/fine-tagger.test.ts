import { describe, expect, it } from 'vitest'
import { candidatesFor, fineTagger, tagFine } from './fine-tagger.js'
import { trainFineTagger, type TrainSentence } from './trainer.js'
import { hashWords } from './words.js'

// UPOS indices of this toy tag set, and its fine tags (UPOS + XPOS classes) with the UPOS of each
const PRON = 0, AUX = 1, VERB = 2, NOUN = 3
const FINE_UPOS = [PRON, AUX, VERB, VERB, NOUN, VERB] // PRON/PRP, AUX/VBD, VERB/VBD, VERB/VBN, NOUN/NN, VERB/VB
const VBD = 2, VBN = 3, NN = 4, VB = 5
/** The fine tags each word had in "training" (its only choices). */
const known = { they: [0], it: [0], had: [1], shelled: [VBD, VBN], attack: [NN, VB] }
const ambiguity = new Map([['they', 1 << PRON], ['it', 1 << PRON], ['had', 1 << AUX], ['shelled', 1 << VERB], ['attack', (1 << VERB) | (1 << NOUN)], ['the', 0]])

function sentence(words: string[], tags1: number[], fine: number[]): TrainSentence {
  const n = words.length
  const gold = Int32Array.from(fine, (f) => FINE_UPOS[f]!)
  return { words: hashWords(words, ambiguity), gold, heads: new Int32Array(n + 1), labels: new Int32Array(n + 1), tags: gold, tags1: Int32Array.from(tags1), goldFine: Int32Array.from(fine) }
}

describe('fine tagger (second tagging pass over UPOS + XPOS classes)', () => {
  it('offers every fine tag of the first-pass UPOS, and a known word the other fine tags it had in training', () => {
    const m = fineTagger(new Float32Array(0), 4, FINE_UPOS, known)
    const w = hashWords(['they', 'shelled', 'Rafah', 'fired', 'attack'], ambiguity)
    const tags = Int32Array.from([PRON, VERB, NOUN, VERB, VERB])
    expect(Array.from(candidatesFor(m, w, tags, 0))).toEqual([0])
    expect(Array.from(candidatesFor(m, w, tags, 1))).toEqual([VBD, VBN, VB]) // "shelled" was never VB in training, but is a verb here
    expect(Array.from(candidatesFor(m, w, tags, 2))).toEqual([NN])
    expect(Array.from(candidatesFor(m, w, tags, 3))).toEqual([VBD, VBN, VB])
    expect(Array.from(candidatesFor(m, w, tags, 4))).toEqual([VBD, VBN, NN, VB]) // a verb to the first pass, a noun too in training
  })

  it('learns the verb form from its context and corrects a first-pass UPOS among the word\'s known tags', () => {
    const data: TrainSentence[] = []
    for (let r = 0; r < 20; r++) {
      data.push(sentence(['they', 'had', 'shelled', 'it'], [PRON, AUX, VERB, PRON], [0, 1, VBN, 0]))
      data.push(sentence(['they', 'shelled', 'it'], [PRON, VERB, PRON], [0, VBD, 0]))
      // the first pass sometimes calls "attack" a verb (as jack-knifed tags do in real training)
      data.push(sentence(['after', 'the', 'attack'], [PRON, PRON, r % 4 === 0 ? VERB : NOUN], [0, 0, NN]))
    }
    const bits = 12
    const m = fineTagger(trainFineTagger(data, FINE_UPOS, known, bits, 5, 7), bits, FINE_UPOS, known)
    const upos = new Int32Array(4)
    expect(Array.from(tagFine(m, hashWords(['they', 'had', 'shelled', 'it'], ambiguity), Int32Array.from([PRON, AUX, VERB, PRON]), upos))).toEqual([0, 1, VBN, 0])
    expect(Array.from(tagFine(m, hashWords(['they', 'shelled', 'it'], ambiguity), Int32Array.from([PRON, VERB, PRON]), upos))).toEqual([0, VBD, 0])
    // the first pass called "attack" a verb; the second reads it as the noun it was in training
    const fixed = tagFine(m, hashWords(['the', 'attack'], ambiguity), Int32Array.from([PRON, VERB]), upos)
    expect(fixed[1]).toBe(NN)
    expect(upos[1]).toBe(NOUN)
  })
})
