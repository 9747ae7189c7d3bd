import { describe, expect, it } from 'vitest'
import type { Mention } from '../../model/index.js'
import type { AnnotatedDoc } from '../../model/index.js'
import { docBuilder } from '../../text/testing/doc-builder.js'
import { runStageConformance } from '../testing/conformance.js'
import { seedDoc } from '../../resolve/testing/seed-docs.js'
import { corefStage, corefSyntaxStage } from './coref.js'
import { syntaxStage } from './syntax.js'

const ctx = { resources: {} }

async function links(doc: AnnotatedDoc): Promise<Array<[string, string]>> {
  const out = await corefStage.run(doc, ctx)
  const byId = new Map((out.mentions ?? []).map((m) => [m.id, m]))
  return (out.mentions ?? []).filter((m) => m.antecedentId !== undefined).map((m) => [m.text, byId.get(m.antecedentId!)!.text])
}

describe('coref.rules.v1', () => {
  it('coref links a surname short form to the full name ("Dugmash" → "Mumtaz Dugmush")', async () => {
    expect(await links(seedDoc('002_11856984715dfee0.txt'))).toContainEqual(['Dugmash', 'Mumtaz Dugmush'])
    expect(await links(seedDoc('000_fd7dbad812d8e2ee.txt'))).toContainEqual(['Almuhajer', 'Abu Baker Almuhajer'])
  })
  it('coref links an acronym to its expansion in the article ("IS" → "Islamic State")', async () => {
    const l = await links(seedDoc('000_fd7dbad812d8e2ee.txt'))
    expect(l.filter(([a]) => a === 'IS').every(([, b]) => b === 'Islamic State')).toBe(true)
    expect(l.some(([a]) => a === 'IS')).toBe(true)
  })
  it('coref adds nominal mentions the knowledge base licenses', async () => {
    const l1 = await links(seedDoc('000_fd7dbad812d8e2ee.txt'))
    expect(l1).toContainEqual(['the Salafist group', 'Wilayat Sinai'])
    expect(l1).toContainEqual(['the coastal enclave', 'Gaza Strip'])
    expect(l1).toContainEqual(['the Egyptians', 'Egypt'])
    const l2 = await links(seedDoc('002_11856984715dfee0.txt'))
    expect(l2).toContainEqual(['the ruling movement in Gaza', 'Hamas'])
  })
  it('coref adds a nominal around a NORP mention ("the Egyptians", "the Salafist group")', async () => {
    const doc = docBuilder('Hamas met Egypt. Wilayat Sinai said the Salafist group and the Egyptians disagree.', {
      mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Egypt', type: 'LOC' }, { text: 'Wilayat Sinai', type: 'ORG' }, { text: 'Salafist', type: 'NORP' }, { text: 'Egyptians', type: 'NORP' }],
    })
    const l = await links(doc)
    expect(l).toContainEqual(['the Egyptians', 'Egypt'])
    expect(l).toContainEqual(['the Salafist group', 'Wilayat Sinai'])
  })
  it('coref adds no nominal over a name mention ("the Islamic State group")', async () => {
    const doc = docBuilder('Wilayat Sinai fought the Islamic State group.', {
      mentions: [{ text: 'Wilayat Sinai', type: 'ORG' }, { text: 'Islamic State group', type: 'ORG' }],
    })
    const out = await corefStage.run(doc, ctx)
    expect(out.mentions!.filter((m) => m.kind === 'nominal')).toEqual([])
  })
  it('coref adds no nominal without a licensing descriptor or antecedent', async () => {
    const doc = docBuilder('Hamas said the group would respond. The Salafist group was not mentioned before any jihadist name.', {
      mentions: [{ text: 'Hamas', type: 'ORG' }],
    })
    const out = await corefStage.run(doc, ctx)
    expect((out.mentions ?? []).filter((m) => m.kind === 'nominal')).toEqual([])
  })
  it('coref leaves an ambiguous surname unlinked (two different Haniyehs)', async () => {
    const doc = docBuilder('Ismail Haniyeh met Abdel Salam Haniyeh in Doha. Haniyeh later left.', {
      mentions: [{ text: 'Ismail Haniyeh', type: 'PER' }, { text: 'Abdel Salam Haniyeh', type: 'PER' }, { text: 'Haniyeh', type: 'PER', nth: 2 }],
    })
    const out = await corefStage.run(doc, ctx)
    expect(out.mentions!.find((m: Mention) => m.text === 'Haniyeh')!.antecedentId).toBeUndefined()
  })
  it('coref keeps every input mention with its offsets', async () => {
    const doc = seedDoc('002_11856984715dfee0.txt')
    const out = await corefStage.run(doc, ctx)
    for (const m of doc.mentions!) {
      const after = out.mentions!.find((x) => x.id === m.id)!
      expect([after.start, after.end, after.text]).toEqual([m.start, m.end, m.text])
    }
    expect(out.corefLinks!.length).toBeGreaterThan(0)
  })
  it('coref skips nominals inside boilerplate', async () => {
    const text = 'Hamas rules Gaza Strip. Footer: the coastal enclave.'
    const at = text.indexOf('Footer')
    const doc = docBuilder(text, { meta: { boilerplate: [{ start: at, end: text.length }] }, mentions: [{ text: 'Gaza Strip', type: 'LOC' }] })
    const out = await corefStage.run(doc, ctx)
    expect(out.mentions!.some((m) => m.kind === 'nominal')).toBe(false)
  })
})

runStageConformance(corefStage, () => [seedDoc('000_fd7dbad812d8e2ee.txt'), seedDoc('002_11856984715dfee0.txt')])

describe('coref.syntax.v15', () => {
  it('coref v2 keeps the name rules of v1 and adds pronouns and role nominals from the parse', async () => {
    const doc = await syntaxStage.run(seedDoc('002_11856984715dfee0.txt'), ctx)
    const out = await corefSyntaxStage.run(doc, ctx)
    const byId = new Map((out.mentions ?? []).map((m) => [m.id, m]))
    const l = (out.mentions ?? []).filter((m) => m.antecedentId !== undefined).map((m) => [m.text, byId.get(m.antecedentId!)!.text])
    expect(l).toContainEqual(['Dugmash', 'Mumtaz Dugmush'])
    expect(l).toContainEqual(['the ruling movement in Gaza', 'Hamas'])
    expect(corefSyntaxStage.requires).toContain('doc.syntax')
  })
})

runStageConformance(corefSyntaxStage, () => Promise.all([seedDoc('000_fd7dbad812d8e2ee.txt'), seedDoc('002_11856984715dfee0.txt')].map((d) => syntaxStage.run(d, ctx))))

describe('coref.syntax.v15 across articles', () => {
  const one = () => docBuilder('Senator John Smith visited Kabul with Ann Lee. Smith said the Taliban attacked the base. He added that the group had retreated.', {
    mentions: [{ text: 'John Smith', type: 'PER' }, { text: 'Kabul', type: 'LOC' }, { text: 'Ann Lee', type: 'PER' }, { text: 'Smith', type: 'PER' }, { text: 'Taliban', type: 'ORG' }],
  })
  const two = () => docBuilder('John Smith and Peter Smith met Ann Lee in Kabul. Smith said the talks went well.', {
    mentions: [{ text: 'John Smith', type: 'PER' }, { text: 'Peter Smith', type: 'PER' }, { text: 'Ann Lee', type: 'PER' }, { text: 'Kabul', type: 'LOC' }, { text: 'Smith', type: 'PER' }],
  })
  async function linked(doc: AnnotatedDoc): Promise<Array<[string, string, string]>> {
    const out = await corefSyntaxStage.run(await syntaxStage.run(doc, ctx), ctx)
    const byId = new Map((out.mentions ?? []).map((m) => [m.id, m]))
    return (out.mentions ?? []).filter((m) => m.antecedentId !== undefined).map((m) => [`${m.start}`, m.text, byId.get(m.antecedentId!)!.text])
  }
  it('coref gives an article the same links whatever articles came before (a short form is resolved in its own article)', async () => {
    const first = await linked(one())
    expect(first.map(([, a, b]) => [a, b])).toContainEqual(['Smith', 'John Smith'])
    const other = await linked(two())
    // two Smiths in the second article: "Smith" stays unlinked there, though it named John Smith in the first
    expect(other.some(([, a]) => a === 'Smith')).toBe(false)
    expect(await linked(one())).toEqual(first)
    expect(await linked(two())).toEqual(other)
  })
})

describe('coref.syntax.v15 over a batch (runMany)', () => {
  it('coref gives each article of a batch the mentions and links run gives it alone (two Smiths in one, one in the other)', async () => {
    const one = docBuilder('Senator John Smith visited Kabul. Smith said the Taliban attacked the base. He added that the group had retreated.', {
      mentions: [{ text: 'John Smith', type: 'PER' }, { text: 'Kabul', type: 'LOC' }, { text: 'Smith', type: 'PER' }, { text: 'Taliban', type: 'ORG' }],
    })
    const two = docBuilder('John Smith and Peter Smith met in Kabul. Smith said the talks went well.', {
      mentions: [{ text: 'John Smith', type: 'PER' }, { text: 'Peter Smith', type: 'PER' }, { text: 'Kabul', type: 'LOC' }, { text: 'Smith', type: 'PER' }],
    })
    const batch = await Promise.all([one, two, seedDoc('002_11856984715dfee0.txt')].map((d) => syntaxStage.run(d, ctx)))
    const many = await corefSyntaxStage.runMany!(batch, ctx)
    expect(many).toHaveLength(3)
    for (const [i, d] of many.entries()) expect(d).toEqual(await corefSyntaxStage.run(batch[i]!, ctx))
    const smith = (d: AnnotatedDoc) => (d.mentions ?? []).find((m) => m.text === 'Smith')!.antecedentId
    expect(smith(many[0]!)).toBeDefined()
    expect(smith(many[1]!)).toBeUndefined()
  })
})

describe('coref.syntax.v15 short form before its name', () => {
  async function linked(doc: AnnotatedDoc): Promise<Array<[string, string]>> {
    const out = await corefSyntaxStage.run(await syntaxStage.run(doc, ctx), ctx)
    const byId = new Map((out.mentions ?? []).map((m) => [m.id, m]))
    return (out.mentions ?? []).filter((m) => m.antecedentId !== undefined).map((m) => [m.text, byId.get(m.antecedentId!)!.text])
  }
  it('coref leaves a surname read only before the full name of another family member unlinked, and its pronoun with it', async () => {
    const text = 'Mr. Kestrel and his son have both denied the charges. He said the case was political. Officials say Orin Kestrel could run for office.'
    const l = await linked(docBuilder(text, { mentions: [{ text: 'Kestrel', type: 'PER', nth: 0 }, { text: 'Orin Kestrel', type: 'PER' }] }))
    expect(l.filter(([a]) => a === 'Kestrel')).toEqual([])
    expect(l.filter(([, b]) => b === 'Orin Kestrel')).toEqual([])
    // v1 keeps its links (unchanged stage)
    expect(await links(docBuilder(text, { mentions: [{ text: 'Kestrel', type: 'PER', nth: 0 }, { text: 'Orin Kestrel', type: 'PER' }] }))).toContainEqual(['Kestrel', 'Orin Kestrel'])
  })
  it('coref still links a surname that follows the full name, and one that opens the story when it recurs after the name', async () => {
    const after = await linked(docBuilder('Orin Kestrel spoke on Monday. Later Kestrel left the city.', {
      mentions: [{ text: 'Orin Kestrel', type: 'PER' }, { text: 'Kestrel', type: 'PER', nth: 1 }],
    }))
    expect(after).toContainEqual(['Kestrel', 'Orin Kestrel'])
    const both = await linked(docBuilder('Kestrel denied it. Orin Kestrel spoke on Monday. Later Kestrel left the city.', {
      mentions: [{ text: 'Kestrel', type: 'PER', nth: 0 }, { text: 'Orin Kestrel', type: 'PER' }, { text: 'Kestrel', type: 'PER', nth: 2 }],
    }))
    expect(both.filter(([a, b]) => a === 'Kestrel' && b === 'Orin Kestrel')).toHaveLength(2)
  })
  it('coref still links a surname in a title line to the full name the story gives, but not one in a lede sentence', async () => {
    const spec = [{ text: 'Kestrel', type: 'PER' as const, nth: 0 }, { text: 'Orin Kestrel', type: 'PER' as const }]
    const headline = await linked(docBuilder('Kestrel Says Talks Will Go On\n\nOrin Kestrel said on Monday that the talks would go on.', { mentions: spec }))
    expect(headline).toContainEqual(['Kestrel', 'Orin Kestrel'])
    const lede = await linked(docBuilder('Mr. Kestrel and his son denied the charges.\n\nOrin Kestrel said on Monday that he would run.', { mentions: spec }))
    expect(lede.filter(([a]) => a === 'Kestrel')).toEqual([])
  })
})
