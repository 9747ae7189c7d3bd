import { describe, expect, it } from 'vitest'
import { findTimes } from './time.js'

describe('findTimes', () => {
  const text = 'On Sunday the envoy left; three months ago the talks failed, and last year the truce held.'
  const times = findTimes(text, 0, text.length, '2016-01-12T10:00:00Z')

  it('time resolves weekdays and relative phrases against the published date', () => {
    expect(times.map((t) => [t.text, t.date])).toEqual([
      ['On Sunday', '2016-01-10'], ['three months ago', '2015-10'], ['last year', '2015'],
    ])
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('time moves a bare weekday to the past for past events', () => {
    const s = 'Arnor signed the accord on Thursday.'
    expect(findTimes(s, 0, s.length, '2016-01-12')[0]?.date).toBe('2016-01-07')
    expect(findTimes(s, 0, s.length, '2016-01-12', false)[0]?.date).toBe('2016-01-14')
  })

  it('time keeps a weekday that is the publication day itself', () => {
    const s = 'Israeli aircraft struck the camp on Tuesday.'
    expect(findTimes(s, 0, s.length, '2016-03-15')[0]?.date).toBe('2016-03-15')
    expect(findTimes(s, 0, s.length, '2016-03-16')[0]?.date).toBe('2016-03-15')
  })

  it('time without a published date keeps only explicit dates', () => {
    const s = 'On Sunday, and on 3 March 2015, they met.'
    expect(findTimes(s, 0, s.length, undefined).map((t) => t.date)).toEqual(['2015-03-03'])
  })
})

describe('findTimes without an article date', () => {
  it('findTimes does not anchor relative dates to today when the article has no date', () => {
    const text = 'They arrived three months ago and swore allegiance last year, before the talks of March 3, 2016.'
    const found = findTimes(text, 0, text.length, undefined)
    expect(found.map((t) => t.date)).toEqual(['2016-03-03'])
  })
})

describe('findTimes on every kind of date phrase', () => {
  // the cheap test before chrono must let through each form chrono reads, written out in words as well as digits
  // the last four are future events: the same phrases in the past tense are dated after the article and dropped
  const phrases: Array<[string, string, string, boolean?]> = [
    ['The envoy arrived yesterday.', 'yesterday', '2016-01-11'],
    ['They met this morning.', 'this morning', '2016-01-12'],
    ['Talks ended a few days ago.', 'a few days ago', '2016-01-09'],
    ['Troops left half an hour later.', 'half an hour later', '2016-01-12'],
    ['The truce will hold until the first of May.', 'first of May', '2016-05-01', false],
    ['Voting begins on May fifth.', 'May fifth', '2016-05-05', false],
    ['The talks failed last month.', 'last month', '2015-12'],
    ['Fighting will resume within two weeks.', 'within two weeks', '2016-01-26', false],
    ['The ceasefire will begin in a couple of days.', 'in a couple of days', '2016-01-14', false],
    // numbers: the cheap test lets a sentence with digits through only where chrono can read a date from them
    ['The curfew ended 10:30 sharp.', '10:30', '2016-01-12'],
    ['Shelling stopped 5 a.m.', '5 a.m.', '2016-01-12'],
    ['Fighting stopped 7 o\'clock.', '7 o\'clock', '2016-01-12'],
    ['Rebels attacked on 9/11.', '9/11', '2015-09-11'],
    ['The bombing stopped 10 - 12.', '10 - 12', '2016-01-12'],
    ['The convoy left at 10.', 'at 10', '2016-01-12'],
    ['The strike came 3days ago.', '3days ago', '2016-01-09'],
    ['Prices on 01Mar01 fell.', 'on 01Mar01', '2001-03-01'],
    ['Fighting stopped 19 EST.', '19 EST', '2015-01-13'],
  ]
  it.each(phrases)('findTimes finds the date in "%s"', (s, phrase, date, past = true) => {
    expect(findTimes(s, 0, s.length, '2016-01-12T10:00:00Z', past).map((t) => [t.text, t.date])).toEqual([[phrase, date]])
  })
})

describe('findTimes on numbers that are not dates', () => {
  it('findTimes finds no date in counts, codes and phone numbers', () => {
    for (const s of ['Forces conducted 23 strikes and killed 6,000 fighters.', 'USS Mahan (DDG 72) joined 507th units.', 'Call 910 432 3383 for details.']) {
      expect(findTimes(s, 0, s.length, '2016-01-12T10:00:00Z')).toEqual([])
    }
  })
})

describe('findTimes never dates a past event after its report', () => {
  it('time reads a duration as no date', () => {
    for (const s of ['Kavel Dorran bid farewell to the nation after eight years in power.', 'Mira Talven led the council for eight years.']) {
      expect(findTimes(s, 0, s.length, '2026-05-15')).toEqual([])
    }
  })

  it('time puts a month-day without a year on or before publication unless the event is to come', () => {
    const s = 'On Jan. 8, the Orvane ministry signed the accord.'
    expect(findTimes(s, 0, s.length, '2026-09-01').map((t) => t.date)).toEqual(['2026-01-08'])
    const f = 'The Orvane ministers will meet on Jan. 8.'
    expect(findTimes(f, 0, f.length, '2026-09-01', false).map((t) => t.date)).toEqual(['2027-01-08'])
    const early = 'Rebels shelled Tarvik on March 3.'
    expect(findTimes(early, 0, early.length, '2026-02-01').map((t) => t.date)).toEqual(['2025-03-03'])
  })

  it('time dates an explicit year to that year, and drops a relative date after publication for a past event', () => {
    const s = 'Police reopened the 1968 incident at the Tarvik mill on Monday.'
    expect(findTimes(s, 0, s.length, '2026-05-15').map((t) => [t.text, t.date])).toEqual([['1968', '1968'], ['on Monday', '2026-05-11']])
    const n = 'Rebels killed 1968 people and 2,012 cattle in two years.'
    expect(findTimes(n, 0, n.length, '2026-05-15')).toEqual([])
  })
})
