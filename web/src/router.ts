/**
 * Routing on the URL hash, so every view is a shareable link: `#/entity/<id>`, `#/article/<id>?s=<start>-<end>`
 * (the sentence to highlight), `#/search?q=`, `#/graph?center=`, `#/timeline`, `#/map`, `#/review`.
 */
import { useEffect, useState } from 'react'

export interface Route { view: string; id?: string; params: URLSearchParams }

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, '')
  const [path = '', query = ''] = h.split('?', 2)
  const [view = 'search', ...rest] = path.split('/').map((p) => { try { return decodeURIComponent(p) } catch { return p } })
  const id = rest.join('/')
  return { view: view || 'search', ...(id ? { id } : {}), params: new URLSearchParams(query) }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash))
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash))
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  return route
}

export const link = {
  entity: (id: string) => `#/entity/${encodeURIComponent(id)}`,
  /** An article with one span (a sentence) highlighted and scrolled into view; `mark` is the fact's own span inside it. */
  article: (id: string, sentence?: { start: number; end: number }, mark?: { start: number; end: number }) =>
    `#/article/${encodeURIComponent(id)}${sentence ? `?s=${sentence.start}-${sentence.end}${mark ? `&m=${mark.start}-${mark.end}` : ''}` : ''}`,
  search: (q: string) => `#/search${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  graph: (center?: string) => `#/graph${center ? `?center=${encodeURIComponent(center)}` : ''}`,
}

export function parseSpan(s: string | null): { start: number; end: number } | undefined {
  const m = /^(\d+)-(\d+)$/.exec(s ?? '')
  return m ? { start: Number(m[1]), end: Number(m[2]) } : undefined
}
