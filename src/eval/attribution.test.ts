import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evalAttribution, parseBratAttributions, scoreArticle, splitSample } from './attribution.js'

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
      goldTokens: 9, systemTokens: 5, overlapTokens: 4, gold: 2, system: 2, pairs: 1, sourceRight: 1, cueRight: 1,
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
    expect(report.metrics).toMatchObject({ contentF1: 1, sourceF1: 1, cueF1: 1, relations: 2, articles: 1 })
    expect(report.table).toContain('content (tokens)')
  })
  it('evalAttribution says what to pass when the folder is not a brat corpus', async () => {
    await expect(evalAttribution(mkdtempSync(join(tmpdir(), 'dossier-empty-')), {})).rejects.toMatchObject({ code: 'E_INPUT_MISSING' })
  })
})
