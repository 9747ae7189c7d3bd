import { describe, expect, it } from 'vitest'
import { languageWarning, scriptShares } from './script.js'

describe('script', () => {
  it('issue-14 languageWarning flags an article mostly in Arabic script as not analysed', () => {
    const text = 'محادثات القاهرة\n\nقال المتحدث باسم الحكومة إن المحادثات ستستمر يوم الأحد في القاهرة بحضور الوفدين. Reuters'
    expect(scriptShares(text).shares[0]!.script).toBe('Arabic')
    expect(languageWarning(text)).toMatch(/^E_LANGUAGE: \d+ % of the letters are Arabic script; .*English-only/)
    expect(languageWarning('Новости: министр заявил, что переговоры продолжатся в воскресенье в Каире.')).toMatch(/Cyrillic/)
  })

  it('languageWarning stays quiet for English with foreign names, and for text too short to judge', () => {
    expect(languageWarning('The spokesman, Abu Obeida (أبو عبيدة), said talks in Cairo would resume on Sunday with both delegations.')).toBeUndefined()
    expect(languageWarning('مرحبا')).toBeUndefined()
    expect(languageWarning('')).toBeUndefined()
  })
})
