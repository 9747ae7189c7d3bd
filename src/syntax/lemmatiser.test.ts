import { describe, expect, it } from 'vitest'
import { applyRule, lemmatise, ruleFor, trainLemmatiser } from './lemmatiser.js'

describe('lemmatiser', () => {
  it('learns a rule from a pair and applies it to other words', () => {
    const r = ruleFor('carried', 'carry')
    expect(r).toEqual({ keepCase: false, strip: 3, add: 'y' })
    expect(applyRule('Buried', r)).toBe('bury')
  })

  it('uses suffix rules for unseen words and the table for irregular ones', () => {
    const words = [
      ...['attacked', 'killed', 'wounded', 'fired', 'moved'].map((f) => ({ form: f, upos: 'VERB', lemma: f.endsWith('ed') && !['fired', 'moved'].includes(f) ? f.slice(0, -2) : f.slice(0, -1) })),
      ...['walked', 'talked', 'shelled'].map((f) => ({ form: f, upos: 'VERB', lemma: f.slice(0, -2) })),
      { form: 'went', upos: 'VERB', lemma: 'go' },
      { form: 'Baghdad', upos: 'PROPN', lemma: 'Baghdad' },
      { form: 'troops', upos: 'NOUN', lemma: 'troop' }, { form: 'rockets', upos: 'NOUN', lemma: 'rocket' }, { form: 'cars', upos: 'NOUN', lemma: 'car' },
    ]
    const t = trainLemmatiser(words)
    expect(lemmatise(t, 'went', 'VERB')).toBe('go')
    expect(lemmatise(t, 'bombed', 'VERB')).toBe('bomb')
    expect(lemmatise(t, 'missiles', 'NOUN')).toBe('missile')
    expect(lemmatise(t, 'Mosul', 'PROPN')).toBe('Mosul')
    expect(lemmatise(t, 'Attacked', 'VERB')).toBe('attack')
  })

  it('maps irregular past forms the training data saw too rarely to their verb, and only verbs', () => {
    const t = trainLemmatiser([{ form: 'went', upos: 'VERB', lemma: 'go' }, { form: 'fled', upos: 'VERB', lemma: 'flead' }])
    expect(lemmatise(t, 'swore', 'VERB')).toBe('swear')
    expect(lemmatise(t, 'Misled', 'VERB')).toBe('mislead')
    expect(lemmatise(t, 'fled', 'VERB')).toBe('flee')
    expect(lemmatise(t, 'shook', 'VERB')).toBe('shake')
    expect(lemmatise(t, 'sworn', 'ADJ')).toBe('sworn')
    expect(lemmatise(t, 'went', 'VERB')).toBe('go')
  })
})
