/**
 * One article: its text with mentions, event cues and claims marked (colour by kind; hover or focus shows what a
 * mark is), its metadata and near-duplicates. `?s=start-end` highlights that sentence and scrolls it into view.
 * The text is untrusted: it is only ever rendered as text nodes.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { qs, useApi } from '../api'
import { day, Empty, ErrorBox, Loading } from '../components/States'
import { link, parseSpan } from '../router'
import type { ArticleFull, ArticleHit, Page, Span } from '../types'

type Kind = 'PER' | 'ORG' | 'LOC' | 'OTHER' | 'cue' | 'c-source' | 'c-cue' | 'c-content'
interface Ann extends Span { kind: Kind; info: string; entityId?: string | undefined }

const LEGEND: Array<[Kind, string]> = [
  ['PER', 'person'], ['ORG', 'organisation'], ['LOC', 'place'], ['OTHER', 'other name'], ['cue', 'event cue'],
  ['c-source', 'claim source'], ['c-cue', 'claim cue'], ['c-content', 'claim content'],
]

function annotations(a: ArticleFull): Ann[] {
  const out: Ann[] = []
  const names = new Map(a.mentions.map((m) => [m.id, m.text]))
  for (const m of a.mentions) {
    const kind: Kind = m.type === 'PER' || m.type === 'ORG' || m.type === 'LOC' ? m.type : 'OTHER'
    out.push({ start: m.start, end: m.end, kind, entityId: m.entityId, info: `${m.type}${m.subtype ? ` (${m.subtype.replace(/_/g, ' ')})` : ''}: ${m.text}${m.entityId ? '' : ' (unresolved)'}` })
  }
  for (const e of a.events) {
    const role = (label: string, r?: { mentionId?: string; text?: string }) => (r ? `${label} ${r.text ?? names.get(r.mentionId ?? '') ?? '?'}` : '')
    out.push({ start: e.cue.start, end: e.cue.end, kind: 'cue', info: `event CAMEO ${e.cameo}${e.plover ? ` (${e.plover})` : ''}, Goldstein ${e.goldstein}${e.modality && e.modality !== 'asserted' ? `, ${e.modality}` : ''}; ${[role('actor', e.actor), role('target', e.target), role('where', e.location)].filter(Boolean).join('; ')}` })
  }
  for (const c of a.claims) {
    const stance = `${c.stance}${c.hedged ? ', hedged' : ''}`
    out.push({ start: c.source.start, end: c.source.end, kind: 'c-source', info: `claim source${c.source.anonymous ? ' (anonymous)' : ''}${c.source.affiliation ? `, ${c.source.affiliation}` : ''}` })
    out.push({ start: c.cue.start, end: c.cue.end, kind: 'c-cue', info: `claim cue (${stance})` })
    out.push({ start: c.content.start, end: c.content.end, kind: 'c-content', info: `claim content (${stance})` })
  }
  return out.filter((x) => x.end > x.start && x.start >= 0 && x.end <= a.article.text.length)
}

interface Piece extends Span { anns: Ann[] }

/** Cut the text at every annotation edge; each piece knows the annotations covering it. */
function pieces(text: string, anns: Ann[], cuts: Span[]): Piece[] {
  const edges = new Set([0, text.length])
  for (const x of [...anns, ...cuts]) { edges.add(x.start); edges.add(x.end) }
  const sorted = [...edges].filter((n) => n >= 0 && n <= text.length).sort((x, y) => x - y)
  const out: Piece[] = []
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!, end = sorted[i + 1]!
    out.push({ start, end, anns: anns.filter((x) => x.start <= start && x.end >= end) })
  }
  return out
}

function PieceView({ text, p, onInfo, fact }: { text: string; p: Piece; onInfo: (s: string) => void; fact?: Span | undefined }) {
  const s = text.slice(p.start, p.end)
  const isFact = !!fact && p.start >= fact.start && p.end <= fact.end
  if (!p.anns.length) return isFact ? <span className="fact">{s}</span> : <>{s}</>
  const inner = [...p.anns].sort((x, y) => (x.end - x.start) - (y.end - y.start))[0]!
  const info = p.anns.map((x) => x.info).join(' | ')
  const cls = p.anns.map((x) => `a-${x.kind}`).join(' ') + (isFact ? ' fact' : '')
  const show = () => onInfo(info)
  if (inner.entityId) return <a className={`ann ${cls}`} href={link.entity(inner.entityId)} title={info} onMouseEnter={show} onFocus={show}>{s}</a>
  return <mark className={`ann ${cls}`} title={info} tabIndex={0} onMouseEnter={show} onFocus={show}>{s}</mark>
}

export function ArticleView({ id, params }: { id: string; params: URLSearchParams }) {
  const r = useApi<ArticleFull>(`/api/articles/${encodeURIComponent(id)}`)
  const dups = useApi<Page<ArticleHit>>(`/api/articles${qs({ limit: 200 })}`)
  const sParam = params.get('s'), mParam = params.get('m')
  const target = useMemo(() => parseSpan(sParam), [sParam])
  const fact = useMemo(() => parseSpan(mParam), [mParam])
  const [info, setInfo] = useState('Hover over or focus a mark to see what it is.')
  const hl = useRef<HTMLSpanElement>(null)
  const data = r.state === 'ok' ? r.data : undefined
  const groups = useMemo(() => {
    if (!data) return []
    const text = data.article.text
    const sentences = [...data.sentences].sort((x, y) => x.start - y.start)
    const ps = pieces(text, annotations(data), [...sentences, ...(target ? [target] : []), ...(fact ? [fact] : [])])
    const groupsOut: Array<{ key: string; sentence?: Span; pieces: Piece[] }> = []
    for (const p of ps) {
      const s = target && p.start >= target.start && p.end <= target.end ? target : sentences.find((x) => p.start >= x.start && p.end <= x.end)
      const last = groupsOut[groupsOut.length - 1]
      if (last && last.sentence === s) last.pieces.push(p)
      else groupsOut.push({ key: `${p.start}`, ...(s ? { sentence: s } : {}), pieces: [p] })
    }
    return groupsOut
  }, [data, target, fact])

  useEffect(() => {
    if (hl.current) { hl.current.scrollIntoView({ block: 'center' }); hl.current.focus({ preventScroll: true }) }
  }, [groups])

  if (r.state === 'loading') return <Loading what="article" />
  if (r.state === 'error') return <ErrorBox error={r.error} />
  const { article: a } = r.data
  const nearDups = dups.state === 'ok' ? dups.data.items.filter((x) => x.nearDupOf === a.id || (a.nearDupOf && x.id === a.nearDupOf)) : []
  return (
    <article className="article-view" data-article={a.id}>
      <header>
        <h1 className={a.title ? undefined : 'untitled'}>{a.title ?? a.label ?? 'Untitled article'}</h1>
        <dl className="meta-list">
          <dt>Outlet</dt><dd>{a.outlet ?? 'unknown'}</dd>
          <dt>Published</dt><dd>{a.published ? day(a.published) : `unknown (ingested ${day(a.ingestedAt)})`}</dd>
          {a.dateline && <><dt>Dateline</dt><dd>{a.dateline}</dd></>}
          {a.author && <><dt>Author</dt><dd>{a.author}</dd></>}
          {a.url && <><dt>URL</dt><dd className="url">{a.url}</dd></>}
          <dt>Annotations</dt><dd>{r.data.mentions.length} mentions, {r.data.events.length} events, {r.data.claims.length} claims</dd>
        </dl>
        {nearDups.length > 0 && (
          <p>Near-duplicates: {nearDups.map((d) => <a key={d.id} href={link.article(d.id)}>{d.label ?? d.title ?? d.id}</a>)}</p>
        )}
      </header>
      <div className="article-layout">
        <div className="text" lang="en">
          {groups.map((g) => {
            const isTarget = !!target && g.sentence === target
            const body = g.pieces.map((p) => <PieceView key={p.start} text={a.text} p={p} onInfo={setInfo} fact={isTarget ? fact : undefined} />)
            return g.sentence
              ? <span key={g.key} className={isTarget ? 'sentence target' : 'sentence'} data-start={g.sentence.start} data-end={g.sentence.end}
                  {...(isTarget ? { ref: hl, tabIndex: -1, 'data-highlighted': 'true' } : {})}>{body}</span>
              : <span key={g.key}>{body}</span>
          })}
        </div>
        <aside className="legend" aria-label="Legend">
          <h2>Legend</h2>
          <ul>{LEGEND.map(([k, label]) => <li key={k}><span className={`swatch a-${k}`} aria-hidden="true" /> {label}</li>)}</ul>
          <p className="info" aria-live="polite">{info}</p>
          {target && <p><a href={link.article(a.id)}>Clear highlight</a></p>}
        </aside>
      </div>
      {!a.text && <Empty>This article has no text.</Empty>}
    </article>
  )
}
