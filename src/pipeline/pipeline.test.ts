import { describe, expect, it } from 'vitest'
import { isDossierError } from '../model/index.js'
import { createPipeline, pipelineOf, unmetRequirements } from './pipeline.js'
import type { Stage } from './stage.js'
import { makeArticle } from './testing/doc-builder.js'

const fake = (key: `${string}.v${number}`, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({
  key, requires, assigns, run: (doc) => ({ ...doc, events: [], claims: [], mentions: doc.mentions ?? [] }),
})

describe('pipeline', () => {
  it('pipeline rejects a config with unmet requirements, listing all of them before running', () => {
    const stages = [fake('claims.x.v1', ['doc.sentences', 'doc.mentions'], ['doc.claims']), fake('events.x.v1', ['doc.tokens'], ['doc.events'])]
    expect(unmetRequirements(stages)).toEqual([
      { stage: 'claims.x.v1', missing: 'doc.sentences' },
      { stage: 'claims.x.v1', missing: 'doc.mentions' },
      { stage: 'events.x.v1', missing: 'doc.tokens' },
    ])
    try {
      pipelineOf(stages)
      expect.unreachable('pipelineOf should throw')
    } catch (e) {
      expect(isDossierError(e) && e.code).toBe('E_PIPELINE_UNMET')
      expect((e as Error).message).toContain('claims.x.v1 requires doc.sentences')
      expect((e as Error).message).toContain('events.x.v1 requires doc.tokens')
    }
  })

  it('pipeline accepts stages whose requirements are met by earlier stages', () => {
    expect(() => createPipeline({ stages: ['segment.wink.v1', 'mentions.rules.v1'] })).not.toThrow()
  })

  it('pipeline rejects stages in the wrong order', () => {
    expect(() => createPipeline({ stages: ['mentions.rules.v1', 'segment.wink.v1'] })).toThrow(/mentions.rules.v1 requires doc.sentences/)
  })

  it('pipeline names the registered stages when a key is unknown', () => {
    try {
      createPipeline({ stages: ['segment.wink.v1', 'nope.v1'] })
      expect.unreachable()
    } catch (e) {
      expect(isDossierError(e) && e.code).toBe('E_UNKNOWN_STAGE')
      expect(isDossierError(e) && e.hint).toContain('segment.wink.v1')
    }
  })

  it('pipeline fails a stage that does not assign what it declared', async () => {
    const liar: Stage = { key: 'liar.v1', requires: [], assigns: ['doc.events'], run: (doc) => doc }
    await expect(pipelineOf([liar]).run(makeArticle('Some text.'))).rejects.toThrow(/declared it assigns doc.events/)
  })

  it('pipeline runs the default stages and produces mentions with offsets', async () => {
    const doc = await createPipeline({ stages: ['segment.wink.v1', 'mentions.rules.v1'] }).run(makeArticle('Hamas met officials in Egypt on Sunday.'))
    expect(doc.mentions?.map((m) => m.text)).toContain('Hamas')
    expect(doc.mentions?.find((m) => m.text === 'Egypt')?.type).toBe('LOC')
  })
})
