import { describe, expect, it } from 'vitest'
import { acceptsGzip } from './security.js'

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers and HTTP clients send it', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('GZIP')).toBe(true)
  })

  it('refuses gzip when the client does not ask for it or rules it out', () => {
    expect(acceptsGzip(undefined)).toBe(false)
    expect(acceptsGzip('')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip('br, deflate')).toBe(false)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('gzip;q=0.0, identity')).toBe(false)
  })
})
