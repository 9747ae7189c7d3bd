/** Actor and time filters kept in the URL hash, so a filtered timeline or map is a shareable link. */
import { useState } from 'react'

export interface FilterValues { actor: string; from: string; to: string }

export function readFilters(params: URLSearchParams): FilterValues {
  return { actor: params.get('actor') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' }
}

export function Filters({ view, value }: { view: string; value: FilterValues }) {
  const [v, set] = useState(value)
  const apply = (e: React.FormEvent) => {
    e.preventDefault()
    const p = new URLSearchParams()
    for (const [k, x] of Object.entries(v)) if (x.trim()) p.set(k, x.trim())
    const q = p.toString()
    location.hash = `#/${view}${q ? `?${q}` : ''}`
  }
  return (
    <form className="controls filters" onSubmit={apply}>
      <label>Actor (name or id) <input type="text" value={v.actor} onChange={(e) => set({ ...v, actor: e.target.value })} /></label>
      <label>From <input type="date" value={v.from} onChange={(e) => set({ ...v, from: e.target.value })} /></label>
      <label>To <input type="date" value={v.to} onChange={(e) => set({ ...v, to: e.target.value })} /></label>
      <button type="submit">Filter</button>
    </form>
  )
}
