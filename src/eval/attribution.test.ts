import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import type { Mention } from '../model/index.js'
import { evalAttribution, goldSourceEntities, headMention, parseBratAttributions, scoreArticle, splitSample } from './attribution.js'

const ENTITY_FIXTURE = fileURLToPath(new URL('./fixtures/attribution-entities', import.meta.url))

const TEXT = 'The minister said that the talks had failed. "We will try again," he added.'
// offsets: "The minister" 0-12, "said" 13-17, "that the talks had failed" 18-43, quote 45-66, "he" 67-69, "added" 70-75
const ANN = [
  'T1\tSource 0 12\tThe minister', 'T2\tCue 13 17\tsaid', 'T3\tContent 18 43\tthat the talks had failed', 'T4\tAttribution 13 17\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tSource 67 69\the', 'T6\tCue 70 75\tadded', 'T7\tContent 45 55;55 66\t"We will try again,"', 'T8\tAttribution 70 75\tadded',
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  '#1\tAnnotatorNotes T1\ta note',
].join('\n')

describe('attribution eval', () => {
  it('parseBratAttributions reads E lines with discontinuous spans', () => {
    const got = parseBratAttributions(ANN)
    expect(got).toHaveLength(2)
    expect(got[1]).toEqual({ source: [{ start: 67, end: 69 }], cue: [{ start: 70, end: 75 }], content: [{ start: 45, end: 55 }, { start: 55, end: 66 }] })
  })
  it('parseBratAttributions skips the continuation lines of a text field that spans a line break', () => {
    const ann = 'T1\tContent 0 12;14 20\tfirst line\nsecond\nT2\tCue 30 34\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2'
    expect(parseBratAttributions(ann)).toEqual([{ source: [], cue: [{ start: 30, end: 34 }], content: [{ start: 0, end: 12 }, { start: 14, end: 20 }] }])
  })
  it('scoreArticle pairs by content overlap and credits overlapping sources and cues', () => {
    const gold = parseBratAttributions(ANN)
    const system = [
      { source: [{ start: 4, end: 12 }], cue: [{ start: 13, end: 17 }], content: [{ start: 23, end: 43 }] }, // "the talks had failed": 4 of 5 tokens
      { source: [{ start: 0, end: 3 }], cue: [{ start: 0, end: 3 }], content: [{ start: 0, end: 3 }] }, // spurious
    ]
    expect(scoreArticle(TEXT, gold, system)).toEqual({
      goldTokens: 9, systemTokens: 5, overlapTokens: 4, gold: 2, system: 2, pairs: 1, sourceRight: 1, cueRight: 1, sourceCueRight: 1,
    })
  })
  it('splitSample fixes 100 held-out articles by hash, whatever the input order', () => {
    const names = Array.from({ length: 150 }, (_, i) => `article-${i}`)
    const a = splitSample(names)
    const b = splitSample([...names].reverse())
    expect(a.heldout.size).toBe(100)
    expect(a.tune.size).toBe(50)
    expect([...a.heldout].sort()).toEqual([...b.heldout].sort())
  })
  it('evalAttribution scores a brat folder against the first annotator in name order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-attr-'))
    mkdirSync(join(dir, 'text'))
    mkdirSync(join(dir, 'attributions'))
    writeFileSync(join(dir, 'text', 'doc1.txt'), TEXT)
    writeFileSync(join(dir, 'attributions', 'doc1_aaaa.ann'), ANN)
    writeFileSync(join(dir, 'attributions', 'doc1_bbbb.ann'), '')
    const report = await evalAttribution(dir, {})
    expect(report.metrics).toMatchObject({ contentF1: 1, sourceF1: 1, cueF1: 1, sourceCueRecall: 1, relations: 2, articles: 1 })
    expect(report.table).toContain('content (tokens)')
  })
  it('evalAttribution says what to pass when the folder is not a brat corpus', async () => {
    await expect(evalAttribution(mkdtempSync(join(tmpdir(), 'dossier-empty-')), {})).rejects.toMatchObject({ code: 'E_INPUT_MISSING' })
  })
  it('scoreArticle credits a source whose spans differ when both sides resolve to the same entity', () => {
    const gold = [{ source: [{ start: 0, end: 12 }], cue: [{ start: 13, end: 17 }], content: [{ start: 18, end: 43 }], sourceEntity: 'PER|minister' }]
    const same = [{ source: [{ start: 67, end: 69 }], cue: [{ start: 13, end: 17 }], content: [{ start: 18, end: 43 }], sourceEntity: 'PER|minister' }]
    const other = [{ ...same[0]!, sourceEntity: 'PER|someone else' }]
    const none = [{ ...same[0]!, sourceEntity: undefined }]
    expect(scoreArticle(TEXT, gold, same).sourceRight).toBe(1)
    expect(scoreArticle(TEXT, gold, other).sourceRight).toBe(0)
    expect(scoreArticle(TEXT, [{ ...gold[0]!, sourceEntity: undefined }], none).sourceRight).toBe(0)
  })
  it('scoreArticle counts source and cue right together only when both are', () => {
    const gold = [{ source: [{ start: 0, end: 12 }], cue: [{ start: 13, end: 17 }], content: [{ start: 18, end: 43 }] }]
    const both = [{ source: [{ start: 4, end: 12 }], cue: [{ start: 13, end: 17 }], content: [{ start: 18, end: 43 }] }]
    const wrongCue = [{ ...both[0]!, cue: [{ start: 67, end: 69 }] }]
    expect(scoreArticle(TEXT, gold, both)).toMatchObject({ sourceRight: 1, cueRight: 1, sourceCueRight: 1 })
    expect(scoreArticle(TEXT, gold, wrongCue)).toMatchObject({ sourceRight: 1, cueRight: 0, sourceCueRight: 0 })
  })
  it('headMention takes the name that ends the head phrase, not a possessive or a modifier', () => {
    const text = "Obama's aide, Jen Psaki, said; the Clinton campaign said; Sen. Bernie Sanders (I-Vt.) said"
    const m = (start: number, end: number): Mention => ({ id: `m${start}`, articleId: 'a', start, end, text: text.slice(start, end), type: 'PER', kind: 'name', stage: 'test' })
    const obama = m(0, 5), psaki = m(14, 23), clinton = m(35, 42), sanders = m(63, 77)
    const all = [obama, psaki, clinton, sanders]
    expect(headMention(text, [{ start: 0, end: 12 }], all)).toBeUndefined() // "Obama's aide"
    expect(headMention(text, [{ start: 14, end: 23 }], all)).toBe(psaki)
    expect(headMention(text, [{ start: 31, end: 51 }], all)).toBeUndefined() // "the Clinton campaign"
    expect(headMention(text, [{ start: 58, end: 85 }], all)).toBe(sanders) // "Sen. Bernie Sanders (I-Vt.)"
    expect(headMention(text, [{ start: 0, end: 24 }], all)).toBe(psaki) // "Obama's aide, Jen Psaki,"
  })
  it('headMention resolves a relative pronoun to the mention right before it', () => {
    const text = 'Jeff Weaver, who runs the campaign, said so.'
    const weaver: Mention = { id: 'w', articleId: 'a', start: 0, end: 11, text: 'Jeff Weaver', type: 'PER', kind: 'name', stage: 'test' }
    expect(headMention(text, [{ start: 13, end: 16 }], [weaver])).toBe(weaver)
    expect(headMention('The plan, which failed', [{ start: 10, end: 15 }], [weaver])).toBeUndefined()
  })
  it('goldSourceEntities gives a gold "he" the nearest earlier gold person source and "they" the nearest group', () => {
    const text = 'Obama said A. The Senate said B. He said C. They said D.'
    const obama: Mention = { id: 'o', articleId: 'a', start: 0, end: 5, text: 'Obama', type: 'PER', kind: 'name', stage: 'test' }
    const senate: Mention = { id: 's', articleId: 'a', start: 14, end: 24, text: 'The Senate', type: 'ORG', kind: 'name', stage: 'test' }
    const at = (s: number, e: number) => ({ source: [{ start: s, end: e }], cue: [], content: [] })
    const keys = goldSourceEntities(text, [at(44, 48), at(0, 5), at(33, 35), at(14, 24)], [obama, senate], new Map([['o', obama], ['s', senate]]))
    expect(keys).toEqual(['ORG|senate', 'PER|obama', 'PER|obama', 'ORG|senate'])
  })
  it('evalAttribution resolves sources with the pipeline: a later "Obama" or "he" is the gold "Barack Obama"', async () => {
    const report = await evalAttribution(ENTITY_FIXTURE, {})
    // Four gold attributions, all found; three sources right: one by the entity rule only, two by overlap; Merkel is not Obama.
    expect(report.metrics).toMatchObject({ contentF1: 1, relations: 4, systemRelations: 4, pairedRelations: 4, sourcePrecision: 0.75, sourceRecall: 0.75 })
  })
})
