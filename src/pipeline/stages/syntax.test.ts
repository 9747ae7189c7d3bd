import { describe, expect, it } from 'vitest'
import { DocSyntax } from '../../model/index.js'
import { runStageConformance } from '../testing/conformance.js'
import { docBuilder } from '../../text/testing/doc-builder.js'
import { syntaxStage } from './syntax.js'

const ctx = { resources: {} }
const TEXT = "Hamas official Mousa Abu Marzook said that Israel's army had shelled the Gaza Strip.\n\n" +
  'The convoy, which was carrying aid, was attacked by gunmen near Rafah and two drivers were wounded.'

runStageConformance(syntaxStage, () => [docBuilder(TEXT), docBuilder('Short text without a full stop')])

describe('syntax.parser.v2', () => {
  const doc = docBuilder(TEXT)
  const out = syntaxStage.run(doc, ctx) as Awaited<ReturnType<typeof syntaxStage.run>>
  const syn = out.syntax!
  const word = (i: number) => TEXT.slice(doc.tokens![i]!.start, doc.tokens![i]!.end)
  const find = (w: string) => doc.tokens!.findIndex((t) => TEXT.slice(t.start, t.end) === w)

  it('gives every token a lemma, tag, head and label, schema-valid and parallel to doc.tokens', () => {
    expect(DocSyntax.safeParse(syn).success).toBe(true)
    expect(syn.parser).toBe('syntax.parser.v2')
    expect(syn.tokens).toHaveLength(doc.tokens!.length)
    expect(syn.sentences).toHaveLength(doc.sentences!.length)
    syn.tokens.forEach((t, i) => {
      if (t.head >= 0) expect(doc.tokens![t.head]!.sentence, `head of ${word(i)} in its sentence`).toBe(doc.tokens![i]!.sentence)
    })
    expect(syn.tokens.filter((t) => t.head === -1)).toHaveLength(doc.sentences!.length)
  })

  /** The words a token heads (its subtree), as text. */
  const phrase = (i: number) => {
    const inside = (j: number): boolean => j === i || (syn.tokens[j]!.head >= 0 && inside(syn.tokens[j]!.head))
    const idx = syn.tokens.map((_, j) => j).filter(inside)
    return TEXT.slice(doc.tokens![idx[0]!]!.start, doc.tokens![idx[idx.length - 1]!]!.end)
  }

  it('reads a reporting clause: speaker, cue and the complement clause', () => {
    const said = find('said')
    const main = syn.sentences[0]!.clauses.find((c) => c.predicate === said)!
    expect(main.kind).toBe('main')
    expect(phrase(main.subject!)).toBe('Hamas official Mousa Abu Marzook')
    expect(main.complements.map(word)).toEqual(['shelled'])
    const inner = syn.sentences[0]!.clauses.find((c) => c.predicate === find('shelled'))!
    expect(phrase(inner.subject!)).toBe("Israel's army")
    expect(inner.objects.map(phrase)).toEqual(['the Gaza Strip'])
  })

  it('reads a passive with its agent and a relative clause on its subject', () => {
    const attacked = syn.sentences[1]!.clauses.find((c) => c.predicate === find('attacked'))!
    expect(attacked).toMatchObject({ kind: 'main', passive: true })
    expect(word(attacked.subject!)).toBe('convoy')
    expect(word(attacked.agent!)).toBe('gunmen')
    expect(attacked.relatives.map(word)).toEqual(['carrying'])
    const carrying = syn.sentences[1]!.clauses.find((c) => c.predicate === find('carrying'))!
    expect(carrying).toMatchObject({ kind: 'relcl', passive: false })
    expect(word(carrying.governor!)).toBe('convoy')
  })

  // Known error of the shipped greedy model: it hangs "two drivers" on "Rafah" and "wounded" on "attacked" as
  // parataxis. When a model reads the conjoined clause right this test fails; then make it a plain `it`.
  it.fails('reads a clause conjoined after a prepositional phrase (known error)', () => {
    const attacked = syn.sentences[1]!.clauses.find((c) => c.predicate === find('attacked'))!
    expect(attacked.conjuncts.map(word)).toEqual(['wounded'])
    const wounded = syn.sentences[1]!.clauses.find((c) => c.predicate === find('wounded'))!
    expect(wounded).toMatchObject({ kind: 'conj', passive: true, subjectShared: false })
    expect(word(wounded.subject!)).toBe('drivers')
  })

  it('lemmatises the tokens Dossier made, merged names included', () => {
    expect(syn.tokens[find('shelled')]!.lemma).toBe('shell')
    expect(syn.tokens[find('Marzook')]!.upos).toBe('PROPN')
    expect(syn.tokens[find('drivers')]!.lemma).toBe('driver')
  })
})

describe('syntax.parser.v2 over a batch (runMany)', () => {
  it('gives each document of a batch the syntax run gives it alone, an empty document included', async () => {
    const docs = [docBuilder(TEXT), docBuilder(''), docBuilder('Short text without a full stop'), docBuilder(TEXT.split('\n\n')[1]!)]
    const many = await syntaxStage.runMany!(docs, ctx)
    expect(many).toHaveLength(docs.length)
    for (const [i, d] of many.entries()) expect(d).toEqual(await syntaxStage.run(docs[i]!, ctx))
    expect(many[3]!.syntax!.tokens.map((t) => t.lemma)).toContain('attack')
  })
})
