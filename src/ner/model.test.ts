import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { isDossierError } from '../model/index.js'
import { decodeModel, encodeModel, quantise, readModelFile, type NerModelData } from './model.js'
import { NUM_TAGS } from './tags.js'

function tinyModel(): NerModelData {
  const bits = 8
  const w = Float32Array.from({ length: (1 << bits) * NUM_TAGS }, (_, i) => Math.sin(i) * 3)
  const q = quantise(w)
  return {
    hashBits: bits, scale: q.scale, weights: q.weights,
    transitions: Float32Array.from({ length: (NUM_TAGS + 1) * NUM_TAGS }, (_, i) => i / 10),
    lexicon: { gazetteer: [['Gaza Strip', 4]], caseProfile: [['said', 1]], orgKinds: [['Reuters', 'outlet']] },
    meta: { note: 'test' },
  }
}

describe('model io', () => {
  it('model io round-trips weights, transitions, lexicons and meta', () => {
    const m = tinyModel()
    const back = decodeModel(encodeModel(m))
    expect(back.hashBits).toBe(m.hashBits)
    expect(back.scale).toBeCloseTo(m.scale)
    expect([...back.weights]).toEqual([...m.weights])
    expect([...back.transitions]).toEqual([...m.transitions])
    expect(back.lexicon).toEqual(m.lexicon)
    expect(back.meta).toEqual({ note: 'test' })
  })

  it('model io quantises weights within one step of the original', () => {
    const w = Float32Array.from([0.5, -2, 1e-3, 2])
    const q = quantise(w)
    w.forEach((x, i) => expect(Math.abs(q.weights[i]! * q.scale - x)).toBeLessThanOrEqual(q.scale))
  })

  it('model io rejects corrupt files with E_MODEL and a hint', () => {
    const good = encodeModel(tinyModel())
    const cases = [
      Buffer.from('not a model'),
      good.subarray(0, good.length - 20),
      gzipSync(Buffer.from('DSNER\0\0\u0001garbage', 'latin1')),
    ]
    for (const c of cases) {
      try {
        decodeModel(c)
        expect.fail('should throw')
      } catch (e) {
        expect(isDossierError(e) && e.code).toBe('E_MODEL')
        expect(isDossierError(e) && e.hint).toMatch(/train:ner/)
      }
    }
  })

  it('model io reports a missing file as E_MODEL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-ner-'))
    expect(() => readModelFile(join(dir, 'absent.bin.gz'))).toThrow(expect.objectContaining({ code: 'E_MODEL' }))
    writeFileSync(join(dir, 'bad.bin.gz'), 'x')
    expect(() => readModelFile(join(dir, 'bad.bin.gz'))).toThrow(expect.objectContaining({ code: 'E_MODEL' }))
  })
})
