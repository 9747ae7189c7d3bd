import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { registeredStageKeys } from '../src/pipeline/registry.js'
import { articleText, checkHtml, checkText, fuzzStageLists, htmlPage } from './fuzz-harness.js'

/** Cases per property in `npm test`; `npm run fuzz` runs 10 000. A failure prints fast-check's seed and path to replay it. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 100)

describe('fuzz', () => {
  it('fuzz pipelines cover every registered stage', () => {
    expect(new Set(fuzzStageLists().flat())).toEqual(new Set(registeredStageKeys()))
  })

  it('fuzz: generated text never breaks ingest or any stage; spans in bounds, surface text matches, output deterministic', async () => {
    await fc.assert(fc.asyncProperty(articleText, checkText), { numRuns: RUNS })
  })

  it('fuzz: random and broken HTML never breaks extraction or any stage', async () => {
    await fc.assert(fc.asyncProperty(htmlPage, checkHtml), { numRuns: RUNS })
  })
})
