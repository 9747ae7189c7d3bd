import { describe, expect, it } from 'vitest'
import { modelStance, shippedStanceModel, stanceFeatures, StanceModelFile, useStanceModel } from './stance-model.js'

/** A hand-made model: "dismiss" with a content opening "as" is a denial, strongly; "hope" leans to a hedge, weakly. */
const model: StanceModelFile = {
  model: 'test', trainedOn: [], classes: ['assert', 'confirm', 'deny', 'hedge'], override: 0.7,
  weights: { 'bias': [1, 0, 0, 0], 'v:dismiss': [0, 0, 1, 0], 'c0:as': [0, 0, 3, 0], 'c:hope': [0, 0, 0, 1.2] },
}

describe('stance model', () => {
  it('test_stance_model_overrides_the_rules_when_confident', () => {
    expect(modelStance(model, 'dismissed', 'as baseless the reports of an attack', 'assert')).toBe('deny')
  })

  it('test_stance_model_leaves_the_rules_when_unsure', () => {
    // p(hedge) ≈ 0.45 < 0.7: the rules' assertion stands
    expect(modelStance(model, 'said', 'they hope the talks resume', 'assert')).toBeUndefined()
  })

  it('test_stance_model_reads_negation_in_cue_and_content', () => {
    const f = stanceFeatures('did not deny', 'the troops had not fired', 'confirm')
    expect(f).toContain('vneg')
    expect(f).toContain('v:deny')
    expect(f).toContain('cneg:had')
  })

  it('test_stance_model_shipped_file_parses', () => {
    const m = shippedStanceModel()
    expect(m.classes).toEqual(['assert', 'confirm', 'deny', 'hedge'])
    expect(m.trainedOn).not.toContain('vtrain94')
    expect(StanceModelFile.safeParse({ ...m, override: 2 }).success).toBe(false)
  })
})

describe('stance model in the claims stage', () => {
  it('test_stance_model_reads_a_denial_the_rules_call_an_assertion', async () => {
    const { claimsIn } = await import('./testing/claims-of.js')
    const text = 'But the U.S. embassy in Caracas told the Daily Journal newspaper there is no record of such a meeting.'
    const [c] = await claimsIn(text)
    expect(c?.cue.text).toBe('told')
    expect(c?.stance).toBe('deny')
    // the rules alone read a plain assertion here
    useStanceModel(null)
    try {
      expect((await claimsIn(text))[0]?.stance).toBe('assert')
    } finally {
      useStanceModel(undefined)
    }
  })
})
