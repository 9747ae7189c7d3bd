/**
 * Every registered stage passes the conformance suite on the seed articles, with its inputs built by
 * the stages before it in the default pipeline (a stage not in the default pipeline gets the default
 * stages up to where its requirements are met).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { pipelineOf, unmetRequirements } from './pipeline.js'
import { DEFAULT_STAGES, lookupStage, registeredStageKeys } from './registry.js'
import type { Stage } from '../model/index.js'
import { runStageConformance } from './testing/conformance.js'
import { makeArticle } from '../text/testing/doc-builder.js'

const seedDir = new URL('../../fixtures/seeds/', import.meta.url)
const articles = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => makeArticle(readFileSync(new URL(f, seedDir), 'utf8'), { source: f, published: '2016-01-10' }))
const defaults = DEFAULT_STAGES.map((k) => lookupStage(k)!)

/** The default stages needed before `stage` can run. */
function prefixFor(stage: Stage): Stage[] {
  const i = DEFAULT_STAGES.indexOf(stage.key)
  if (i >= 0) return defaults.slice(0, i)
  for (let n = 0; n <= defaults.length; n++) {
    if (unmetRequirements([...defaults.slice(0, n), stage]).length === 0) return defaults.slice(0, n)
  }
  throw new Error(`no prefix of the default pipeline meets the requirements of ${stage.key}`)
}

const cache = new Map<string, Promise<AnnotatedDoc[]>>()
function inputsFor(stage: Stage): () => Promise<AnnotatedDoc[]> {
  return () => {
    const prefix = prefixFor(stage)
    const key = prefix.map((s) => s.key).join('>')
    let p = cache.get(key)
    if (!p) {
      const pipe = prefix.length ? pipelineOf(prefix) : undefined
      p = Promise.all(articles.map((a) => (pipe ? pipe.run(a) : Promise.resolve({ article: a }))))
      cache.set(key, p)
    }
    return p
  }
}

describe('registry', () => {
  it('registry: the default pipeline has no unmet requirements', () => {
    expect(unmetRequirements(defaults)).toEqual([])
  })
  it('registry: stage keys are unique and versioned', () => {
    const keys = registeredStageKeys()
    expect(new Set(keys).size).toBe(keys.length)
    for (const k of keys) expect(k).toMatch(/^[a-z0-9_.-]+\.v\d+$/)
  })
})

for (const key of registeredStageKeys()) {
  const stage = lookupStage(key)!
  runStageConformance(stage, inputsFor(stage))
}
