import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentHash, Mention, type Article } from '../../model/index.js'
import type { AnnotatedDoc } from '../../model/index.js'
import { nerMentionsStage } from './mentions-ner.js'
import { syntaxStage } from './syntax.js'
import { segmentText } from '../../text/segment.js'

const ctx = { resources: {} }

function docOf(text: string, boilerplate: Article['boilerplate'] = []): AnnotatedDoc {
  const article: Article = { id: `art_${contentHash(text).slice(0, 12)}`, text, contentHash: contentHash(text), boilerplate }
  const { sentences, tokens } = segmentText(text)
  return { article, sentences, tokens }
}

function seed(name: string): string {
  return readFileSync(new URL(`../../../fixtures/seeds/${name}`, import.meta.url), 'utf8')
}

describe('mentions.ner.v17', () => {
  const text = 'Hamas official Mousa Abu Marzook traveled to Egypt on Sunday, Reuters reported.\n\nEGYPT OPENS RAFAH CROSSING\n'

  it('mentions.ner.v17 conforms: spans in bounds, surface equals text slice, schema-valid, stage and ids set', async () => {
    const doc = docOf(text)
    const out = await nerMentionsStage.run(doc, ctx)
    expect(out.mentions!.length).toBeGreaterThan(0)
    for (const m of out.mentions!) {
      expect(Mention.safeParse(m).success).toBe(true)
      expect(m.start).toBeGreaterThanOrEqual(0)
      expect(m.end).toBeLessThanOrEqual(text.length)
      expect(m.start).toBeLessThan(m.end)
      expect(text.slice(m.start, m.end)).toBe(m.text)
      expect(m.stage).toBe('mentions.ner.v17')
      expect(m.kind).toBe('name')
      expect(['PER', 'ORG', 'LOC', 'NORP']).toContain(m.type)
    }
    expect(new Set(out.mentions!.map((m) => m.id)).size).toBe(out.mentions!.length)
  })

  it('mentions.ner.v17 is deterministic and leaves its input unchanged', async () => {
    const doc = docOf(text)
    const before = JSON.stringify(doc)
    const a = await nerMentionsStage.run(doc, ctx)
    const b = await nerMentionsStage.run(doc, ctx)
    expect(JSON.stringify(doc)).toBe(before)
    expect(a.mentions).toEqual(b.mentions)
    expect(a).not.toBe(doc)
  })

  it('mentions.ner.v17 finds people, organisations and places with types and subtypes', async () => {
    const out = await nerMentionsStage.run(docOf(text), ctx)
    const found = out.mentions!.map((m) => `${m.type} ${m.text}${m.subtype ? ` /${m.subtype}` : ''}`)
    expect(found).toContain('PER Mousa Abu Marzook')
    expect(found).toContain('ORG Hamas /armed_group')
    expect(found).toContain('LOC Egypt /country')
  })

  it('mentions.ner.v17 skips tokens inside boilerplate', async () => {
    const t = 'Hamas met Egypt.\nShare on Facebook and Twitter with Reuters.\n'
    const start = t.indexOf('Share')
    const out = await nerMentionsStage.run(docOf(t, [{ start, end: t.length }]), ctx)
    expect(out.mentions!.map((m) => m.text)).toEqual(['Hamas', 'Egypt'])
  })

  it('mentions.ner.v17 keeps possessives and hyphenated names whole', async () => {
    const t = "Hamas' cooperation with Abu Bakr al-Baghdadi's men worried Israel’s army."
    const out = await nerMentionsStage.run(docOf(t), ctx)
    const found = out.mentions!.map((m) => `${m.type} ${m.text}`)
    expect(found).toContain('ORG Hamas')
    expect(found).toContain('PER Abu Bakr al-Baghdadi')
    expect(found).toContain('LOC Israel')
  })

  it('mentions.ner.v17 finds every seed entity mention with the right type', async () => {
    const expected: Array<[string, string]> = [
      ['Hamas', 'ORG'], ['Islamic State', 'ORG'], ['IS', 'ORG'], ['Wilayat Sinai', 'ORG'], ['Wilyat Sinai', 'ORG'], ['Army of Islam', 'ORG'],
      ['Breitbart Jerusalem', 'ORG'], ['Abu Baker Almuhajer', 'PER'], ['Almuhajer', 'PER'], ['Mousa Abu Marzook', 'PER'], ['Mumtaz Dugmush', 'PER'],
      ['Dugmash', 'PER'], ['Abu Bakr al-Baghdadi', 'PER'], ['Egypt', 'LOC'], ['Israel', 'LOC'], ['Gaza Strip', 'LOC'], ['Gaza', 'LOC'],
      ['Sinai Peninsula', 'LOC'], ['Sinai', 'LOC'], ['Rafah', 'LOC'],
    ]
    const missing: string[] = []
    let checked = 0
    for (const name of ['000_fd7dbad812d8e2ee.txt', '002_11856984715dfee0.txt']) {
      const t = seed(name)
      const out = await nerMentionsStage.run(docOf(t), ctx)
      const got = new Set(out.mentions!.map((m) => `${m.start}:${m.end}:${m.type}`))
      // every occurrence of an expected name, except inside a longer expected name ("Sinai" in "Wilayat Sinai")
      const occ: Array<{ start: number; end: number; type: string; surface: string }> = []
      for (const [surface, type] of expected) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'gu')
        for (const m of t.matchAll(re)) occ.push({ start: m.index, end: m.index + surface.length, type, surface })
      }
      occ.sort((a, b) => (b.end - b.start) - (a.end - a.start))
      const taken: typeof occ = []
      for (const o of occ) {
        if (taken.some((x) => x.start < o.end && o.start < x.end)) continue
        taken.push(o)
        checked++
        if (!got.has(`${o.start}:${o.end}:${o.type}`)) missing.push(`${name} ${o.type} ${o.surface}@${o.start}`)
      }
    }
    expect(checked).toBeGreaterThan(80)
    expect(missing).toEqual([])
  })

  it('mentions.ner.v17 ends a headline name at its verb when the syntax stage ran first', async () => {
    const headline = 'Korvex Identifies Fallen Velcor Soldier in Tarsia\n\nThe Korvex Department has identified the soldier.\n'
    const doc = docOf(headline)
    const names = async (d: AnnotatedDoc) => (await nerMentionsStage.run(d, ctx)).mentions!.map((m) => m.text)
    expect(await names(await syntaxStage.run(doc, ctx))).toContain('Korvex')
    expect(await names(await syntaxStage.run(doc, ctx))).not.toContain('Korvex Identifies')
    // without the syntax stage the recogniser reads the words alone
    expect(await names(doc)).toContain('Korvex Identifies')
  })
})

describe('mentions.ner.v12 over a batch (runMany)', () => {
  it('mentions.ner.v12 gives each document of a batch the mentions run gives it alone (boilerplate, syntax and an empty text among them)', async () => {
    const text = 'Hamas official Mousa Abu Marzook traveled to Egypt on Sunday, Reuters reported.\n\nEGYPT OPENS RAFAH CROSSING\n'
    const batch = [
      docOf(text), docOf(''), await syntaxStage.run(docOf('Korvex Identifies Fallen Velcor Soldier in Tarsia\n\nThe Korvex Department has identified the soldier.\n'), ctx),
      docOf(text, [{ start: 0, end: 33 }]), docOf(seed('000_fd7dbad812d8e2ee.txt')),
    ]
    const many = await nerMentionsStage.runMany!(batch, ctx)
    expect(many).toHaveLength(batch.length)
    for (const [i, d] of many.entries()) expect(d).toEqual(await nerMentionsStage.run(batch[i]!, ctx))
    expect(many[0]!.mentions!.map((m) => m.text)).toContain('Mousa Abu Marzook')
    expect(many[3]!.mentions!.map((m) => m.text)).not.toContain('Mousa Abu Marzook')
  })
})

describe('mentions.ner skippedTokens', () => {
  it('mentions.ner skips the same tokens as inBoilerplate, for overlapping, nested, empty and dateline ranges', async () => {
    const { inBoilerplate } = await import('../../model/index.js')
    const { skippedTokens } = await import('./mentions-ner.js')
    const text = 'WASHINGTON — Share this article. The Pentagon said on Monday that Hamas and Fatah met in Cairo. Subscribe now to read more news.'
    let seed = 7
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n }
    for (let round = 0; round < 200; round++) {
      const boilerplate = Array.from({ length: rand(5) }, () => { const s = rand(text.length); return { start: s, end: Math.min(text.length, s + rand(40)) } })
      const doc = docOf(text, boilerplate)
      const article = round % 2 ? { ...doc.article, datelineSpan: { start: 0, end: rand(14) } } : doc.article
      const tokens = doc.tokens!
      const expected = tokens.map((t) => (inBoilerplate(article, t.start, t.end) ? 1 : 0))
      expect([...skippedTokens(article, tokens)]).toEqual(expected)
    }
  })

  it('mentions.ner finds no name inside a boilerplate line', async () => {
    const t = 'Follow Reuters on Twitter.\n\nHamas official Mousa Abu Marzook traveled to Egypt on Sunday.\n'
    const out = await nerMentionsStage.run(docOf(t, [{ start: 0, end: 26 }]), ctx)
    expect(out.mentions!.some((m) => m.text === 'Reuters')).toBe(false)
    expect(out.mentions!.some((m) => m.text === 'Egypt')).toBe(true)
  })
})
