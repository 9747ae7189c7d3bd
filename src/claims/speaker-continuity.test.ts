import { describe, expect, it } from 'vitest'
import { claimsIn } from './testing/claims-of.js'

describe('plural sources', () => {
  it('source number: "They say" continues the plural speaker before it ("Prosecutors say …")', async () => {
    const claims = await claimsIn('Prosecutors say soldiers took the patients from the hospital in November. They say the bodies were later found at a farm.')
    const they = claims.find((c) => c.source.text === 'They')
    const first = claims.find((c) => c.source.text === 'Prosecutors')
    expect(first).toBeDefined()
    expect(they?.source.antecedentClaimId).toBe(first?.id)
  })

  it('source number: "They say" continues "Police", a plural without -s', async () => {
    const claims = await claimsIn('Police say the gunman fired at the guards near the gate. They say he was arrested an hour later.')
    const they = claims.find((c) => c.source.text === 'They')
    expect(they?.source.antecedentClaimId).toBe(claims.find((c) => c.source.text === 'Police')?.id)
  })

  it('source number: an organisation whose name looks plural is one speaker ("It says" after "Doctors Without Borders")', async () => {
    const claims = await claimsIn('Doctors Without Borders said ten of its staff are missing in the town. It says one of its drivers was killed on Monday.', [{ text: 'Without Borders', type: 'ORG' }])
    const it1 = claims.find((c) => c.source.text === 'It')
    expect(it1?.source.antecedentClaimId).toBe(claims.find((c) => c.source.text === 'Doctors Without Borders')?.id)
  })
})

describe('bare roles', () => {
  it('speaker continuity: a bare "Officials say" continues the officials of a body named just before', async () => {
    const claims = await claimsIn('U.S. officials in Venezuela say protesters burned a flag outside the embassy. Officials say the ambassador was stranded for two hours.', [{ text: 'U.S.', type: 'LOC' }, { text: 'Venezuela', type: 'LOC' }])
    const bare = claims.find((c) => c.source.text === 'Officials')
    const first = claims.find((c) => c.source.text.startsWith('U.S. officials'))
    expect(bare?.source.antecedentClaimId).toBe(first?.id)
    expect(bare?.source.mentionId).toBe(first?.source.mentionId)
  })

  it('speaker continuity: a bare role far from any speaker of that role continues nobody', async () => {
    const filler = 'The river rose in the night. Roads were closed in the north. Schools stayed shut. Shops opened late. '
    const claims = await claimsIn(`U.S. officials in Venezuela say protesters burned a flag. ${filler}Officials say the ambassador was stranded.`, [{ text: 'U.S.', type: 'LOC' }, { text: 'Venezuela', type: 'LOC' }])
    expect(claims.find((c) => c.source.text === 'Officials')?.source.antecedentClaimId).toBeUndefined()
  })
})

describe('bodies and persons', () => {
  it('speaker continuity: "The Hong Kong government says" does not continue "Hong Kong\'s interim leader" before it', async () => {
    const claims = await claimsIn("Hong Kong's interim leader says he will ask Beijing for a ruling. The Hong Kong government says the successor will serve two years.", [{ text: 'Hong Kong', type: 'LOC' }])
    const gov = claims.find((c) => c.source.text === 'The Hong Kong government')
    expect(gov).toBeDefined()
    expect(gov?.source.antecedentClaimId).toBeUndefined()
  })
})
