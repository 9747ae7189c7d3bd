/** One box for actors and articles: results as you type (debounced), arrow keys to move, Enter to open. */
import { useEffect, useId, useState } from 'react'
import { get, qs } from '../api'
import { Empty, ErrorBox } from '../components/States'
import { link } from '../router'
import type { ArticleHit, EntityHit, Page } from '../types'

interface Result { key: string; href: string; kind: 'actor' | 'article'; hit: EntityHit | ArticleHit }

function Snippet({ hit }: { hit: ArticleHit }) {
  const s = hit.snippet ?? ''
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [i, h] of (hit.highlights ?? []).entries()) {
    if (h.start < at || h.end > s.length) continue
    parts.push(s.slice(at, h.start), <mark key={i}>{s.slice(h.start, h.end)}</mark>)
    at = h.end
  }
  parts.push(s.slice(at))
  return <span className="snippet">{parts}</span>
}

export function SearchView({ params }: { params: URLSearchParams }) {
  const [q, setQ] = useState(params.get('q') ?? '')
  const [results, setResults] = useState<Result[] | null>(null)
  const [error, setError] = useState<Error | null>(null)
  const [active, setActive] = useState(0)
  const id = useId()

  useEffect(() => {
    const text = q.trim()
    let live = true
    const t = setTimeout(() => {
      history.replaceState(null, '', link.search(text))
      const entities = get<Page<EntityHit>>(`/api/entities${qs({ q: text, limit: 10 })}`)
      const articles = text ? get<Page<ArticleHit>>(`/api/articles${qs({ q: text, limit: 10 })}`) : get<Page<ArticleHit>>('/api/articles?limit=10')
      Promise.all([entities, articles]).then(([e, a]) => {
        if (!live) return
        setError(null)
        setActive(0)
        setResults([
          ...e.items.map((h): Result => ({ key: h.entity.id, href: link.entity(h.entity.id), kind: 'actor', hit: h })),
          ...a.items.map((h): Result => ({ key: h.id, href: link.article(h.id), kind: 'article', hit: h })),
        ])
      }, (err: Error) => { if (live) setError(err) })
    }, 180)
    return () => { live = false; clearTimeout(t) }
  }, [q])

  const onKey = (e: React.KeyboardEvent) => {
    if (!results?.length) return
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, results.length - 1)) }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)) }
    else if (e.key === 'Enter') { const r = results[active]; if (r) location.hash = r.href }
  }

  return (
    <section className="search">
      <h1>Search actors and articles</h1>
      <label htmlFor={`${id}-q`}>Name, alias or words (any spelling)</label>
      <input id={`${id}-q`} type="search" value={q} autoFocus autoComplete="off" placeholder="e.g. Dugmash, ISIL, tunnels"
        role="combobox" aria-expanded={!!results?.length} aria-controls={`${id}-list`} aria-autocomplete="list"
        aria-activedescendant={results?.length ? `${id}-r${active}` : undefined}
        onChange={(e) => setQ(e.target.value)} onKeyDown={onKey} />
      {error && <ErrorBox error={error} />}
      {results && !results.length && <Empty>Nothing matches “{q}”. Try another spelling or fewer words.</Empty>}
      <ul id={`${id}-list`} role="listbox" aria-label="Results" className="results">
        {results?.map((r, i) => (
          <li key={r.key} id={`${id}-r${i}`} role="option" aria-selected={i === active} className={i === active ? 'active' : undefined}
            data-kind={r.kind} data-href={r.href} onMouseEnter={() => setActive(i)} onClick={() => { location.hash = r.href }}>
            {r.kind === 'actor' ? <ActorLine hit={r.hit as EntityHit} /> : <ArticleLine hit={r.hit as ArticleHit} />}
          </li>
        ))}
      </ul>
    </section>
  )
}

const ActorLine = ({ hit }: { hit: EntityHit }) => (
  <>
    <span className={`tag t-${hit.entity.type}`}>{hit.entity.type}</span> <strong>{hit.entity.canonicalName}</strong>
    {hit.matched !== hit.entity.canonicalName && <span className="muted"> — matched “{hit.matched}” ({hit.how})</span>}
    <span className="muted"> · {hit.entity.mentionCount} mentions in {hit.entity.articleCount} articles</span>
  </>
)

const ArticleLine = ({ hit }: { hit: ArticleHit }) => (
  <>
    <span className="tag t-article">article</span> <strong className={hit.title ? undefined : 'untitled'}>{hit.label ?? hit.title ?? hit.id}</strong>
    {hit.outlet && <span className="muted"> · {hit.outlet}</span>}
    {hit.snippet && <><br /><Snippet hit={hit} /></>}
  </>
)
