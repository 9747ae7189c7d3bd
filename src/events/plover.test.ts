import { describe, expect, it } from 'vitest'
import { cameoCodes, cameoInfo } from './cameo.js'
import { ploverFor } from './plover.js'

describe('ploverFor', () => {
  it('plover gives the type of the root and the mode a sub-code fixes', () => {
    expect(ploverFor('042')).toEqual({ type: 'CONSULT', mode: 'visit' })
    expect(ploverFor('195')).toEqual({ type: 'ASSAULT', mode: 'aerial' })
    expect(ploverFor('173')).toEqual({ type: 'COERCE', mode: 'arrest' })
    expect(ploverFor('1053')).toEqual({ type: 'REQUEST', mode: 'release' })
    expect(ploverFor('190')).toEqual({ type: 'ASSAULT' })
  })

  it('plover files the codes PLOVER moves under their own type (apologies concede, truces retreat)', () => {
    expect(ploverFor('055')).toEqual({ type: 'CONCEDE', mode: 'apologize' })
    expect(ploverFor('0871')).toEqual({ type: 'RETREAT', mode: 'ceasefire' })
    expect(ploverFor('057')).toEqual({ type: 'AGREE', mode: 'sign' })
  })

  it('plover leaves public statements uncoded and covers every other CAMEO code', () => {
    expect(ploverFor('010')).toBeUndefined()
    const missing = cameoCodes().filter((c) => c.root !== '01' && !c.plover).map((c) => c.code)
    expect(missing).toEqual([])
    expect(cameoInfo('1822')).toMatchObject({ plover: 'ASSAULT', ploverMode: 'torture' })
  })
})
