import { describe, expect, it } from 'vitest'
import { extractFeatures, FEATURES_PER_TOKEN } from './features.js'
import { Lexicon } from './lexicon.js'
import { quantise } from './model.js'
import { defaultRecognizer, NerRecognizer } from './recognizer.js'
import { NUM_TAGS } from './tags.js'
import { seededRandom } from './trainer.js'

describe('recognizer', () => {
  it('the shipped model decodes the re3d scheme with its own transitions and titles inside names', () => {
    const shared = defaultRecognizer()
    const own = (shared.model.meta['schemeTransitions'] as Record<string, number[]> | undefined)?.['re3d']
    expect(own?.length).toBe(shared.model.transitions.length)
    const re3d = new NerRecognizer(shared.model, { scheme: 're3d' })
    const words = ['Defense', 'Secretary', 'Ash', 'Carter', 'met', 'Iraqi', 'Prime', 'Minister', 'Haider', 'al-Abadi', 'in', 'Baghdad', '.']
    const names = (r: NerRecognizer) => r.recognise([words])[0]!.filter((s) => s.type === 'PER').map((s) => words.slice(s.start, s.end).join(' '))
    expect(names(shared)).toContain('Haider al-Abadi')
    expect(names(re3d).some((n) => n.includes('Minister Haider al-Abadi'))).toBe(true)
  })

  it('the re3d scheme names a place that modifies a noun after "the" but not an organisation after "the"', () => {
    const re3d = new NerRecognizer(defaultRecognizer().model, { scheme: 're3d' })
    const words = ['The', 'leaders', 'discussed', 'the', 'Mosul', 'operation', 'and', 'the', 'Syria', 'crisis', 'with', 'the', 'SDF', '.']
    const pos = ['DET', 'NOUN', 'VERB', 'DET', 'PROPN', 'NOUN', 'CCONJ', 'DET', 'PROPN', 'NOUN', 'ADP', 'DET', 'PROPN', 'PUNCT']
    const names = re3d.recognise([words], { pos: [pos] })[0]!.filter((s) => s.type !== 'ORG' || s.start > 0).map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)
    expect(names).toContain('LOC Mosul')
    expect(names.filter((n) => n.endsWith('SDF'))).toEqual([])
    // without POS tags the scheme cannot tell a modified noun and reads both as descriptive mentions
    expect(re3d.recognise([words])[0]!.filter((s) => s.start > 0)).toEqual([])
  })

  it('recognizer emissions from the per-word cache equal emissions from full feature extraction', () => {
    const bits = 12
    const rand = seededRandom(3)
    const q = quantise(Float32Array.from({ length: (1 << bits) * NUM_TAGS }, () => rand() * 2 - 1))
    const lexData = { gazetteer: [['Gaza', 4]] as Array<[string, number]>, caseProfile: [['said', 1]] as Array<[string, number]>, orgKinds: [] as Array<[string, string]> }
    const rec = new NerRecognizer({ hashBits: bits, scale: q.scale, weights: q.weights, transitions: new Float32Array((NUM_TAGS + 1) * NUM_TAGS), lexicon: lexData, meta: {} })
    const words = ['Hamas', 'said', 'Gaza', 'was', 'calm', ',', 'Hamas', 'said', '.']
    for (let round = 0; round < 2; round++) { // second round is served from the cache
      const em = rec.emissions(words).slice(0, words.length * NUM_TAGS)
      const ids = extractFeatures(words, new Lexicon(lexData), (1 << bits) - 1)
      for (let i = 0; i < words.length; i++) {
        for (let c = 0; c < NUM_TAGS; c++) {
          let sum = 0
          for (let f = 0; f < FEATURES_PER_TOKEN; f++) sum += q.weights[ids[i * FEATURES_PER_TOKEN + f]! * NUM_TAGS + c]!
          expect(em[i * NUM_TAGS + c]).toBe(Math.fround(sum * q.scale)) // the same to the bit: integer sums, one scaling
        }
      }
    }
  })

  it('recognizer recogniseMany gives each document what recognise gives it alone', () => {
    const rec = defaultRecognizer()
    const docs = [
      { sentences: [['Hamas', 'Caught', 'Attempting', 'to', 'Infiltrate', 'Islamic', 'State', 'in', 'Sinai'], [], ['Reuters', 'reported', '.']] },
      { sentences: [['ISRAEL', 'AND', 'EGYPT', 'CLOSE', 'THE', 'RAFAH', 'CROSSING']], options: { consistency: false } },
      { sentences: [] },
      { sentences: [['Mousa', 'Abu', 'Marzook', 'went', 'to', 'Cairo', '.'], ['Marzook', 'said', 'Egypt', 'agreed', '.']] },
    ]
    const many = rec.recogniseMany(docs)
    expect(many).toEqual(docs.map((d) => rec.recognise(d.sentences, d.options)))
    expect(many[3]!.flat().map((s) => s.type)).toContain('PER')
  })

  it('recognizer loads the shipped model once and tags headlines and ALL-CAPS lines', () => {
    const rec = defaultRecognizer()
    expect(defaultRecognizer()).toBe(rec)
    const [headline, caps] = rec.recognise([
      ['Hamas', 'Caught', 'Attempting', 'to', 'Infiltrate', 'Islamic', 'State', 'in', 'Sinai'],
      ['ISRAEL', 'AND', 'EGYPT', 'CLOSE', 'THE', 'RAFAH', 'CROSSING'],
    ], { consistency: false })
    const words = ['Hamas', 'Caught', 'Attempting', 'to', 'Infiltrate', 'Islamic', 'State', 'in', 'Sinai']
    expect(headline!.map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)).toEqual(['ORG Hamas', 'ORG Islamic State', 'LOC Sinai'])
    expect(caps!.filter((s) => s.type === 'LOC').map((s) => s.start)).toEqual(expect.arrayContaining([0, 2]))
  })
})
