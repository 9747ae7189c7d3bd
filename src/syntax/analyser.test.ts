/**
 * The shipped model on sentences written for this test (never in any treebank): exact heads and labels
 * for the constructions claims and events stand on. Each arc reads "dependent -> head:label".
 */
import { describe, expect, it } from 'vitest'
import { defaultAnalyser } from './analyser.js'

function arcs(sentence: string): string[] {
  const words = sentence.split(' ')
  const a = defaultAnalyser().analyse(words)
  return words.map((w, i) => `${w} -> ${a.head[i] === 0 ? 'ROOT' : words[a.head[i]! - 1]}:${a.deprel[i]}`)
}

describe('syntax model on the constructions later stages read', () => {
  it('reporting verb with a complement clause', () => {
    const got = arcs('The army said that militants attacked the base .')
    expect(got).toEqual(expect.arrayContaining([
      'army -> said:nsubj', 'said -> ROOT:root', 'that -> attacked:mark', 'militants -> attacked:nsubj', 'attacked -> said:ccomp', 'base -> attacked:obj',
    ]))
  })

  it('passive with an agent', () => {
    const got = arcs('The convoy was attacked by insurgents on Sunday .')
    expect(got).toEqual(expect.arrayContaining([
      'convoy -> attacked:nsubj:pass', 'was -> attacked:aux:pass', 'attacked -> ROOT:root', 'by -> insurgents:case', 'insurgents -> attacked:obl:agent', 'Sunday -> attacked:obl',
    ]))
  })

  it('relative clause on a subject', () => {
    const got = arcs('The soldiers who fired the shots were arrested on Monday .')
    expect(got).toEqual(expect.arrayContaining([
      'soldiers -> arrested:nsubj:pass', 'who -> fired:nsubj', 'fired -> soldiers:acl:relcl', 'shots -> fired:obj', 'arrested -> ROOT:root', 'Monday -> arrested:obl',
    ]))
  })

  it('coordinated verbs sharing a subject', () => {
    const got = arcs('Rebels stormed the town and killed ten civilians .')
    expect(got).toEqual(expect.arrayContaining([
      'Rebels -> stormed:nsubj', 'stormed -> ROOT:root', 'town -> stormed:obj', 'and -> killed:cc', 'killed -> stormed:conj', 'civilians -> killed:obj',
    ]))
  })

  // Known error of the shipped greedy model: after "Backed by Iran ," it makes "fired" a modifier of "rockets" and
  // leaves "Backed" as the root. `it.fails` keeps the error visible: when a model gets this right the test
  // fails, and it becomes a plain `it`.
  it.fails('fronted participle clause (known error)', () => {
    const got = arcs('Backed by Iran , the militia fired rockets at the airport .')
    expect(got).toEqual(expect.arrayContaining([
      'Backed -> fired:advcl', 'Iran -> Backed:obl:agent', 'militia -> fired:nsubj', 'fired -> ROOT:root', 'rockets -> fired:obj', 'airport -> fired:obl',
    ]))
  })

  it("Dossier's own tokens: a merged hyphenated name (a flat name headed by its first word, as UD does) and split clitics", () => {
    const got = arcs("Abu Bakr al-Baghdadi 's deputy did n't deny the report .")
    expect(got).toEqual(expect.arrayContaining([
      'Abu -> deputy:nmod:poss', 'Bakr -> Abu:flat', "'s -> Abu:case", 'deputy -> deny:nsubj', "n't -> deny:advmod", 'deny -> ROOT:root', 'report -> deny:obj',
    ]))
  })

  it('gives lemmas and universal tags', () => {
    const a = defaultAnalyser().analyse('Gunmen were killed after they had seized two villages .'.split(' '))
    expect(a.lemma).toEqual(['gunman', 'be', 'kill', 'after', 'they', 'have', 'seize', 'two', 'village', '.'])
    expect(a.upos).toEqual(['NOUN', 'AUX', 'VERB', 'SCONJ', 'PRON', 'AUX', 'VERB', 'NUM', 'NOUN', 'PUNCT'])
  })
})
