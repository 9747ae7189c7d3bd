/** Fetching from the Dossier API (same origin), with coded errors and the session's write token. */
import { useEffect, useState } from 'react'
import { ApiError, get, request, takeEarly } from './fetcher'

export { ApiError, get }

const TOKEN_KEY = 'dossier.token'
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (t: string) => sessionStorage.setItem(TOKEN_KEY, t),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
}

export function post<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token.get() ?? ''}` },
  })
}

export function del<T>(path: string): Promise<T> {
  return request<T>(path, { method: 'DELETE', headers: { authorization: `Bearer ${token.get() ?? ''}` } })
}

/** Build a query string from defined values only. */
export function qs(params: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v))
  const s = p.toString()
  return s ? `?${s}` : ''
}

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'ok'; data: T }

/** Load a URL; reloads when the URL or `version` changes. */
export function useApi<T>(path: string | null, version = 0): Loadable<T> {
  const [s, set] = useState<Loadable<T>>({ state: 'loading' })
  useEffect(() => {
    if (path === null) return
    let live = true
    set({ state: 'loading' })
    ;(takeEarly<T>(path) ?? get<T>(path)).then((data) => { if (live) set({ state: 'ok', data }) }, (error: Error) => { if (live) set({ state: 'error', error }) })
    return () => { live = false }
  }, [path, version])
  return s
}
