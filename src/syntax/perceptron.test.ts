import { describe, expect, it } from 'vitest'
import { scoreInto } from './perceptron.js'

/** Row after row added into the scores, in feature order: what every class's sum must equal to the bit. */
function rowByRow(w: Float32Array | Int16Array, mask: number, nClasses: number, feats: Uint32Array, n: number): Float64Array {
  const out = new Float64Array(nClasses)
  for (let i = 0; i < n; i++) for (let c = 0; c < nClasses; c++) out[c]! += w[(feats[i]! & mask) * nClasses + c]!
  return out
}

describe('scoreInto', () => {
  it('scoreInto gives every class the sum of its rows in feature order, for any number of classes', () => {
    let seed = 7
    const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296 }
    for (const nClasses of [1, 3, 4, 5, 17, 50]) {
      const mask = 255
      const f32 = Float32Array.from({ length: 256 * nClasses }, () => rnd() * 2 - 1)
      const i16 = Int16Array.from({ length: 256 * nClasses }, () => Math.round(rnd() * 65534 - 32767))
      const feats = Uint32Array.from({ length: 40 }, () => Math.floor(rnd() * 4294967296))
      for (const w of [f32, i16]) {
        const out = new Float64Array(nClasses)
        scoreInto(w, mask, nClasses, feats, feats.length, out)
        expect(Array.from(out)).toEqual(Array.from(rowByRow(w, mask, nClasses, feats, feats.length)))
      }
    }
  })
})
