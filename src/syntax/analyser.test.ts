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

  it('fronted participle clause', () => {
    const got = arcs('Backed by Iran , the militia fired rockets at the airport .')
    expect(got).toEqual(expect.arrayContaining([
      'Backed -> fired:advcl', 'Iran -> Backed:obl:agent', 'militia -> fired:nsubj', 'fired -> ROOT:root', 'rockets -> fired:obj', 'airport -> fired:obl',
    ]))
    expect(arcs('Speaking to reporters in Baghdad , the minister denied the claims .')).toEqual(expect.arrayContaining([
      'Speaking -> denied:advcl', 'reporters -> Speaking:obl', 'minister -> denied:nsubj', 'denied -> ROOT:root', 'claims -> denied:obj',
    ]))
  })

  // Known errors of the shipped greedy model, kept visible: when a model gets one right its test fails
  // (it.fails), and it becomes a plain `it`.
  it.fails('known error: a complement clause whose subject carries a relative clause', () => {
    // the model reads "the suspects" as the object of "said" and "arrested" as its ccomp without a subject
    expect(arcs('Police said the suspects , who had fled to Syria , were arrested by Turkish forces .')).toEqual(expect.arrayContaining([
      'suspects -> arrested:nsubj:pass', 'fled -> suspects:acl:relcl', 'arrested -> said:ccomp', 'forces -> arrested:obl:agent',
    ]))
  })

  it.fails('known error: a fronted passive participle labelled as a clausal subject', () => {
    expect(arcs('Wounded in the attack , two soldiers were taken to hospital .')).toEqual(expect.arrayContaining([
      'Wounded -> taken:advcl', 'soldiers -> taken:nsubj:pass', 'taken -> ROOT:root',
    ]))
  })

  it.fails('known error: a nationality adjective tagged as a proper noun is labelled compound', () => {
    // "Kenyan" is tagged PROPN, and amod is not among the labeller's options for (PROPN, NOUN), which are counted on gold
    // tags; a model trained with SYNTAX_LABEL_OPTIONS=both gets it right, but events and claims lose items with it
    // (docs/syntax.md, fourteenth session)
    expect(arcs('Kenyan police arrested two men .')).toEqual(expect.arrayContaining(['Kenyan -> police:amod', 'police -> arrested:nsubj']))
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

describe('lemmas kept on the word hash entries', () => {
  it('a word seen again under another tag gets that tag\'s lemma, in one call or many', () => {
    const a = defaultAnalyser()
    const verb = ['They', 'saw', 'the', 'attacks', 'on', 'Monday', '.']
    const noun = ['He', 'cut', 'the', 'pipe', 'with', 'a', 'saw', '.']
    const one = a.analyse(verb)
    expect(one.upos[1]).toBe('VERB')
    expect(one.lemma.slice(0, 4)).toEqual(['they', 'see', 'the', 'attack'])
    const many = a.analyseMany([verb, noun, verb])
    expect(many[1]!.upos[6]).toBe('NOUN')
    expect(many[1]!.lemma[6]).toBe('saw')
    expect(many[0]!.lemma).toEqual(one.lemma)
    expect(many[2]!.lemma).toEqual(one.lemma)
  })
})
