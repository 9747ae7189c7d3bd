import { describe, expect, it } from 'vitest'
import { DEFAULT_STAGES as REGISTRY_DEFAULT, registeredStageKeys } from './registry.js'
import { DEFAULT_STAGES, SHIPPED_STAGE_KEYS } from './stage-keys.js'

describe('stage keys', () => {
  it('stage keys: the table equals the keys of the stages the registry ships, in order', () => {
    expect(registeredStageKeys()).toEqual([...SHIPPED_STAGE_KEYS])
  })
  it('stage keys: the default pipeline is made of shipped stages, each once', () => {
    for (const k of DEFAULT_STAGES) expect(SHIPPED_STAGE_KEYS).toContain(k)
    expect(new Set(DEFAULT_STAGES).size).toBe(DEFAULT_STAGES.length)
    expect(REGISTRY_DEFAULT).toBe(DEFAULT_STAGES)
  })
})
