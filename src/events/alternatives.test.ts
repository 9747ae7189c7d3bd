import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { useCodeTable } from './alternatives.js'
import { extractEvents } from './extract.js'
import { parsedDoc } from './testing/parsed.js'
import type { LearnedCue } from './learned-cues.js'

const mentions = [{ text: 'Britain', type: 'LOC' as const }, { text: 'Iraq', type: 'LOC' as const }]

describe('intent alternatives of the loose coder', () => {
  // the intent alternation alone, without the learned codes of the shipped table
  beforeAll(() => useCodeTable(null))
  afterAll(() => useCodeTable(undefined))

  it('an act governed by a commitment is also proposed as the intent, flagged loose, with the same parties', () => {
    const d = parsedDoc('Britain is committed to supporting Iraq.', { mentions })
    const ids = new Set<string>()
    const loose = extractEvents(d, { loose: true, looseIds: ids })
    const strict = extractEvents(d)
    const intent = loose.find((e) => e.cameoRoot === '03')
    expect(strict.some((e) => e.cameoRoot === '03')).toBe(false)
    expect(intent?.actor?.text).toBe('Britain')
    expect(intent?.target?.text).toBe('Iraq')
    expect(ids.has(intent!.id)).toBe(true)
  })

  it('an act that is the subject of "continue" or done outright gets no intent alternative', () => {
    const d = parsedDoc('The attacks by Hamas continued on Sunday. Britain supported Iraq.', { mentions: [...mentions, { text: 'Hamas', type: 'ORG' as const }] })
    const loose = extractEvents(d, { loose: true })
    expect(loose.filter((e) => e.cameoRoot === '03' || e.cameoRoot === '13')).toEqual([])
  })
})

describe('learned code alternatives of the loose coder', () => {
  const table = { minSupport: 2, lemmas: { support: [['051', 3], ['050', 1]] as [string, number][] } }
  afterEach(() => useCodeTable(undefined))

  it('a cue the golds code otherwise gets that code as a loose alternative with the same cue and parties', () => {
    useCodeTable(table)
    const d = parsedDoc('Britain supported Iraq.', { mentions })
    const ids = new Set<string>()
    const events = extractEvents(d, { loose: true, looseIds: ids })
    const own = events.find((e) => !ids.has(e.id))!
    const alt = events.find((e) => e.cameo === '051')
    expect(own.cameoRoot).not.toBe('05')
    expect(alt?.cue.text).toBe(own.cue.text)
    expect(alt?.actor?.text).toBe('Britain')
    expect(alt?.target?.text).toBe('Iraq')
    expect(ids.has(alt!.id)).toBe(true)
    // a code seen in fewer articles than the table asks for is not proposed, and the strict coder proposes nothing
    expect(events.some((e) => e.cameo === '050')).toBe(false)
    expect(extractEvents(d).some((e) => e.cameoRoot === '05')).toBe(false)
  })

  it('a violent act is not recoded as a threat by the table: the threat is proposed only where the clause states an intent', () => {
    useCodeTable({ minSupport: 2, lemmas: { destroy: [['138', 5]] } })
    const d = parsedDoc('Britain destroyed two bridges in Iraq. Britain vowed to destroy the bridges in Iraq.', { mentions })
    const threats = extractEvents(d, { loose: true }).filter((e) => e.cameoRoot === '13')
    expect(threats.map((e) => e.sentence.start)).toEqual([d.sentences![1]!.start])
  })

  it('a negated act or a lemma the table does not know gets no learned alternative', () => {
    useCodeTable(table)
    const d = parsedDoc('Britain did not support Iraq. Britain attacked Iraq.', { mentions })
    expect(extractEvents(d, { loose: true }).filter((e) => e.cameoRoot === '05')).toEqual([])
  })
})

describe('learned cues of the loose coder', () => {
  afterEach(() => useCodeTable(undefined))
  const cues = (uncoded: Record<string, [string, number][]>) => useCodeTable({ minSupport: 2, lemmas: {}, uncoded })

  it('a verb the dictionary leaves uncoded gets the code the golds give it, as a loose event with its parties', () => {
    const d = parsedDoc('Britain lobbied Iraq on Monday.', { mentions })
    useCodeTable(null)
    expect(extractEvents(d, { loose: true })).toEqual([])
    cues({ lobby: [['010', 3]] })
    const ids = new Set<string>()
    const [e, ...rest] = extractEvents(d, { loose: true, looseIds: ids })
    expect(rest).toEqual([])
    expect(e?.cameo).toBe('010')
    expect(e?.actor?.text).toBe('Britain')
    expect(e?.target?.text).toBe('Iraq')
    expect(ids.has(e!.id)).toBe(true)
    // the strict coder proposes nothing from the table
    expect(extractEvents(d)).toEqual([])
  })

  it('a verb the dictionary codes keeps its own code, and a particle picks its own entry', () => {
    cues({ attack: [['111', 9]], 'size up': [['090', 2]], size: [['020', 5]] })
    const d = parsedDoc('Britain attacked Iraq. Britain sized up Iraq.', { mentions })
    const codes = extractEvents(d, { loose: true }).map((e) => e.cameo)
    expect(codes).not.toContain('111')
    expect(codes).toContain('090')
    expect(codes).not.toContain('020')
  })

  it('a frame the golds code apart wins over the plain lemma, and a frame the table lacks backs off to it', () => {
    cues({ 'nudge +toward': [['104', 3]], nudge: [['010', 4]] })
    const d = parsedDoc('Britain nudged Iraq toward talks. Britain nudged Iraq.', { mentions })
    const learned = new Map<string, LearnedCue>()
    const events = extractEvents(d, { loose: true, learned }).filter((e) => e.cue.text === 'nudged')
    expect(events.map((e) => e.cameo)).toEqual(['104', '010'])
    // the scorer is told which events come from a learned cue, with the articles behind the entry and its frame
    expect(events.map((e) => learned.get(e.id))).toEqual([{ code: '104', support: 3, framed: true }, { code: '010', support: 4, framed: false }])
  })
})

describe('split cues of the loose coder', () => {
  afterEach(() => useCodeTable(undefined))
  const killed = { linked: 10, roots: [['180', 5], ['190', 4], ['111', 3]] as [string, number][] }
  const splits = (splitLoose: boolean) => useCodeTable({ minSupport: 2, lemmas: {}, splits: { kill: killed }, splitLoose })
  const people = [...mentions, { text: 'Hamas', type: 'ORG' as const }]

  it('a cue whose golds split between roots gets the other roots as loose alternatives with its parties, each telling the scorer its split', () => {
    splits(true)
    const d = parsedDoc('Britain killed two Hamas fighters in Iraq.', { mentions: people })
    const ids = new Set<string>()
    const learned = new Map<string, LearnedCue>()
    const events = extractEvents(d, { loose: true, looseIds: ids, learned }).filter((e) => e.cue.text === 'killed')
    const own = events.find((e) => !ids.has(e.id))!
    const alt = events.find((e) => e.cameoRoot === '18')!
    expect(own.cameoRoot).toBe('19')
    expect(alt.actor?.text).toBe(own.actor?.text)
    expect(ids.has(alt.id)).toBe(true)
    expect(learned.get(alt.id)).toEqual({ code: '180', support: 5, framed: false, from: '19', share: 0.5 })
    // a violent act is never proposed as a statement (the doer would become the speaker), nor by the strict coder
    expect(events.some((e) => e.cameoRoot === '11')).toBe(false)
    expect(extractEvents(d).some((e) => e.cameoRoot === '18')).toBe(false)
  })

  it('an act the clause says did not happen gets the split only when the table says loose readings take it', () => {
    const d = parsedDoc('Britain did not kill two Hamas fighters in Iraq.', { mentions: people })
    splits(false)
    expect(extractEvents(d, { loose: true }).some((e) => e.cameoRoot === '18')).toBe(false)
    splits(true)
    expect(extractEvents(d, { loose: true }).find((e) => e.cameoRoot === '18')?.modality).toBe('negated')
  })
})
