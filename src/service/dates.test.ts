import { describe, expect, it } from 'vitest'
import { cameoRootFilter, cameoRootsFilter, dayWindow, isDateFilter, withinDates } from './dates.js'

describe('date and root filters as users type them', () => {
  it('a real year, month or day passes; a month 13, a day 45 or 2023-02-29 is refused with a hint', () => {
    for (const ok of ['2024', '2024-03', '2024-02-29', '2024-03-31T10:00:00Z', '2016-03-14 08:30']) expect(isDateFilter(ok), ok).toBe(true)
    for (const bad of ['2026-13-45', '2023-02-29', '2024-04-31', '2024-00', 'yesterday', '2024-3-1', '2024-03-01junk']) expect(isDateFilter(bad), bad).toBe(false)
    expect(() => dayWindow('2026-13-45', undefined)).toThrow(/--from "2026-13-45" is not a date/)
    expect(dayWindow(undefined, '2024-03-31T23:00:00Z').to).toBe('2024-03-31')
  })

  it('--to 2024 keeps every day of 2024 and --from 2024-03 starts on the first of March', () => {
    expect(withinDates('2024-12-31T20:00:00Z', undefined, '2024')).toBe(true)
    expect(withinDates('2025-01-01', undefined, '2024')).toBe(false)
    expect(withinDates('2024-02-29', '2024-03', undefined)).toBe(false)
    expect(withinDates('2024-03-01', '2024-03', '2024-03')).toBe(true)
    expect(withinDates(undefined, '2024', undefined)).toBe(false)
  })

  it('a CAMEO root is 01 … 20, written with or without its zero; 99 or 0 is refused', () => {
    expect(cameoRootFilter('--root', '7')).toBe('07')
    expect(cameoRootFilter('--root', '19')).toBe('19')
    for (const bad of ['99', '0', '21', 'abc', '1.5']) expect(() => cameoRootFilter('--root', bad), bad).toThrow(/not a CAMEO root/)
  })

  it('issue: `events --root 18,19` was refused while `export --root 18,19` took it (trial 20): a list of roots', () => {
    expect(cameoRootsFilter('--root', '18,19')).toEqual(['18', '19'])
    expect(cameoRootsFilter('--root', ' 9 ')).toEqual(['09'])
    expect(cameoRootsFilter('--root', undefined)).toBeUndefined()
    expect(() => cameoRootsFilter('--root', '18,99')).toThrow(/"99" is not a CAMEO root/)
  })
})

describe('dayWindow: the one parser of a from … to window', () => {
  it('widens a year or a month to whole days, so code comparing days keeps all of it', async () => {
    const { dayWindow, parseDateFilter } = await import('./dates.js')
    expect(dayWindow('2024', '2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' })
    expect(dayWindow(undefined, '2024-02')).toEqual({ to: '2024-02-29' })
    expect(dayWindow('2016-03-14T08:30:00Z', undefined)).toEqual({ from: '2016-03-14' })
    expect(parseDateFilter('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' })
  })

  it('names every bad value at once, and a window ending before it starts', async () => {
    const { dayWindow } = await import('./dates.js')
    expect(() => dayWindow('2026-13', 'soon')).toThrow(/--from "2026-13" is not a date; --to "soon" is not a date/)
    expect(() => dayWindow('2025', '2024-06')).toThrow(/--from "2025" is after --to "2024-06"/)
  })
})
