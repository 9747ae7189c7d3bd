import { describe, expect, it } from 'vitest'
import { Turns } from './turns.js'

const tick = () => new Promise<void>((res) => setImmediate(res))

describe('turns', () => {
  it('turns run an exclusive turn only after the shared ones in hand, and hold new shared ones until it ends', async () => {
    const turns = new Turns()
    const log: string[] = []
    const job = (name: string, steps: number) => turns.shared(async () => {
      log.push(`${name} start`)
      for (let i = 0; i < steps; i++) await tick()
      log.push(`${name} end`)
    })
    const a = job('a', 3)
    const b = job('b', 5)
    await tick()
    const agg = turns.exclusive(async () => { log.push('agg start'); await tick(); await tick(); log.push('agg end') })
    await tick()
    const c = job('c', 1)
    await Promise.all([a, b, agg, c])
    expect(log).toEqual(['a start', 'b start', 'a end', 'b end', 'agg start', 'agg end', 'c start', 'c end'])
  })

  it('turns let shared turns overlap when nothing exclusive waits', async () => {
    const turns = new Turns()
    const log: string[] = []
    const job = (name: string) => turns.shared(async () => { log.push(`${name} start`); await tick(); log.push(`${name} end`) })
    await Promise.all([job('a'), job('b')])
    expect(log).toEqual(['a start', 'b start', 'a end', 'b end'])
  })
})
