import { describe, expect, it } from 'vitest'
import { parsedDoc as docBuilder } from '../../events/testing/parsed.js'
import { runStageConformance } from '../testing/conformance.js'
import { Event, hashId } from '../../model/index.js'
import { eventsStage, eventsStageWith } from './events.js'

const docs = () => [
  docBuilder('TEL AVIV — Egyptian police detained two Hamas members in Rafah on Sunday, officials said.', {
    meta: { published: '2024-03-12' },
    mentions: [{ text: 'Egyptian police', type: 'ORG' }, { text: 'Hamas', type: 'ORG' }, { text: 'Rafah', type: 'LOC' }],
  }),
  docBuilder('Hamas said Israeli troops attacked the Jenin camp. Nobody else spoke.', {
    mentions: [{ text: 'Hamas', type: 'ORG' }, { text: 'Israeli troops', type: 'ORG' }, { text: 'Jenin camp', type: 'LOC' }],
  }),
]

runStageConformance(eventsStage, docs)

describe('events.cameo.v28', () => {
  it('events stage assigns events with ids hashed from article, cue and code', async () => {
    const doc = docs()[0]!
    const out = await eventsStage.run(doc, { resources: {} })
    expect(out.events).toHaveLength(1)
    const e = out.events![0]!
    expect(e.id).toBe(hashId('event', doc.article.id, e.cue.start, e.cue.end, e.cameo))
    expect(e.cue.text).toBe('detained')
    expect(e.when?.date).toBe('2024-03-10')
  })

  it('events stage output validates against the Event schema', async () => {
    for (const doc of docs()) {
      const out = await eventsStage.run(doc, { resources: {} })
      for (const e of out.events!) expect(Event.safeParse(e).success).toBe(true)
    }
  })

  it('events stage refuses a document without its parse, saying which stage to run', async () => {
    const bare = { ...docs()[0]!, syntax: undefined }
    expect(() => eventsStage.run(bare, { resources: {} })).toThrow(expect.objectContaining({ code: 'E_INVALID_DATA', hint: expect.stringMatching(/syntax stage/) }))
  })

  it('events stage gives every event its scorer confidence, and a threshold of 1 drops every event', async () => {
    const doc = docs()[0]!
    const out = await eventsStage.run(doc, { resources: {} })
    for (const e of out.events!) expect(e.confidence).toBeGreaterThan(0)
    expect((await eventsStage.run(doc, { resources: { 'events.minConfidence': 1 } })).events).toEqual([])
  })

  it('events stage gives an empty list for a doc without mentions', async () => {
    const out = await eventsStage.run(docBuilder('Nothing happened here.', { mentions: [] }), { resources: {} })
    expect(out.events).toEqual([])
  })
})

describe('events.cameo.v22 over a batch (runMany)', () => {
  it('events stage gives each document of a batch the events run gives it alone, a document without mentions included', async () => {
    const batch = [...docs(), docBuilder('Nothing happened here.', { mentions: [] }), docs()[0]!]
    const many = await eventsStage.runMany!(batch, { resources: {} })
    expect(many).toHaveLength(batch.length)
    for (const [i, d] of many.entries()) expect(d).toEqual(await eventsStage.run(batch[i]!, { resources: {} }))
    expect(many[0]!.events!.map((e) => e.cue.text)).toEqual(['detained'])
    expect(many[2]!.events).toEqual([])
  })

  it('events stage hands each document of a batch to the inspector with its own coded events', async () => {
    const seen: Array<[string, number]> = []
    const stage = eventsStageWith({ inspect: (doc, coded) => seen.push([doc.article.id, coded.length]) })
    const batch = docs()
    await stage.runMany!(batch, { resources: {} })
    const alone: Array<[string, number]> = []
    for (const d of batch) await eventsStageWith({ inspect: (doc, coded) => alone.push([doc.article.id, coded.length]) }).run(d, { resources: {} })
    expect(seen).toEqual(alone)
    expect(seen.map(([id]) => id)).toEqual(batch.map((d) => d.article.id))
  })
})
