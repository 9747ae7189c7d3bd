import { describe, expect, it } from 'vitest'
import { briefGrade, briefReason } from './facts.js'

describe('facts grade reasons in lists', () => {
  it('briefReason counts a repeated source once and says how many were left out', () => {
    const labels = [...Array(40).fill('The source'), 'Almuhajer', 'Almuhajer', ...Array.from({ length: 30 }, (_, i) => `a named official ${i}`)]
    const r = briefReason(`${labels.length} independent sources: ${labels.join('; ')}`)
    expect(r.startsWith('72 independent sources: The source (×40); Almuhajer (×2); a named official 0')).toBe(true)
    expect(r.length).toBeLessThan(300)
    expect(r).toMatch(/; and \d+ more$/)
    const shown = r.split(': ')[1]!.split('; ').length - 1
    expect(Number(/and (\d+) more$/.exec(r)![1]) + shown).toBe(32) // 32 distinct labels in all
  })

  it('briefReason leaves a short reason as it is, and briefGrade keeps the letters', () => {
    expect(briefReason('single named source: Almuhajer')).toBe('single named source: Almuhajer')
    const grade = { reliability: 'A' as const, credibility: '1' as const, reasons: [`9 independent sources: ${Array(60).fill('The source').join('; ')}`, 'no named source'] }
    const brief = briefGrade(grade)!
    expect(brief).toMatchObject({ reliability: 'A', credibility: '1' })
    expect(brief.reasons).toEqual(['9 independent sources: The source (×60)', 'no named source'])
    expect(briefGrade(grade)).toBe(brief) // made once per stored grade
  })
})
