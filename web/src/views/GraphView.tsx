/**
 * The actor graph (sigma on graphology): the ego network of one actor, edges coloured hostile / cooperative /
 * membership, thickness by weight, a time window and a relation-kind filter; click a node to open its dossier.
 * The same edges are listed in a table below for keyboard and screen-reader users.
 */
import Graph from 'graphology'
import { useEffect, useMemo, useRef, useState } from 'react'
import Sigma from 'sigma'
import { get, qs, useApi } from '../api'
import { Empty, ErrorBox, Loading } from '../components/States'
import { link } from '../router'
import type { EntityHit, GraphEdge, GraphRelation, Page, Subgraph } from '../types'

const KINDS = ['hostile', 'cooperative', 'member_of', 'part_of', 'leader_of', 'allied_with'] as const
type EdgeClass = 'hostile' | 'cooperative' | 'membership'
const COLOUR: Record<EdgeClass, string> = { hostile: '#b3261e', cooperative: '#1b6e3a', membership: '#2854a8' }
const classOf = (kind: string): EdgeClass => (kind === 'hostile' ? 'hostile' : kind === 'cooperative' ? 'cooperative' : 'membership')
const dayNum = (iso?: string) => (iso ? Math.floor(Date.parse(iso) / 86_400_000) : undefined)
const dayStr = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10)

function visible(rel: GraphRelation, kinds: Set<string>, from: number, to: number): boolean {
  if (!kinds.has(rel.kind)) return false
  const a = dayNum(rel.firstSeen), b = dayNum(rel.lastSeen)
  return (a === undefined || a <= to) && (b === undefined || b >= from)
}

interface Shown { edge: GraphEdge; rels: GraphRelation[]; cls: EdgeClass }

export default function GraphView({ params }: { params: URLSearchParams }) {
  const [center, setCenter] = useState<string | null>(params.get('center'))
  const [hops, setHops] = useState(2)
  useEffect(() => {
    if (center) return
    get<Page<EntityHit>>('/api/entities?type=ORG&limit=1').then((p) => setCenter(p.items[0]?.entity.id ?? ''), () => setCenter(''))
  }, [center])
  const r = useApi<Subgraph>(center ? `/api/graph${qs({ center, hops, maxNodes: 150 })}` : null)
  const [kinds, setKinds] = useState<Set<string>>(() => new Set(KINDS))
  const bounds = useMemo(() => {
    const days = r.state === 'ok' ? r.data.edges.flatMap((e) => e.relations.flatMap((x) => [dayNum(x.firstSeen), dayNum(x.lastSeen)])).filter((n): n is number => n !== undefined) : []
    return days.length ? { min: Math.min(...days), max: Math.max(...days) } : { min: 0, max: 0 }
  }, [r])
  const [win, setWin] = useState<[number, number] | null>(null)
  const [from, to] = win ?? [bounds.min, bounds.max]
  const shown: Shown[] = useMemo(() => {
    if (r.state !== 'ok') return []
    return r.data.edges.map((edge) => {
      const rels = edge.relations.filter((x) => visible(x, kinds, from, to))
      const cls: EdgeClass = rels.some((x) => x.kind === 'hostile') ? 'hostile' : rels.some((x) => x.kind === 'cooperative') ? 'cooperative' : 'membership'
      return { edge, rels, cls }
    }).filter((s) => s.rels.length > 0)
  }, [r, kinds, from, to])

  if (center === null || r.state === 'loading') return <Loading what="graph" />
  if (r.state === 'error') return <ErrorBox error={r.error} />
  const g = r.data
  const names = new Map(g.nodes.map((n) => [n.id, n.name]))
  const centerName = names.get(g.center) ?? g.center
  return (
    <section className="graph-view">
      <h1>Graph around {centerName}</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>Hops <select value={hops} onChange={(e) => setHops(Number(e.target.value))}>{[1, 2, 3].map((h) => <option key={h}>{h}</option>)}</select></label>
        <fieldset>
          <legend>Relation kinds</legend>
          {KINDS.map((k) => (
            <label key={k} className="check"><input type="checkbox" checked={kinds.has(k)} onChange={() => setKinds((s) => { const n = new Set(s); if (n.has(k)) n.delete(k); else n.add(k); return n })} /> <span className={`kind k-${classOf(k)}`}>{k.replace(/_/g, ' ')}</span></label>
          ))}
        </fieldset>
        {bounds.max > bounds.min && (
          <fieldset>
            <legend>Time window {dayStr(from)} – {dayStr(to)}</legend>
            <label>From <input type="range" min={bounds.min} max={bounds.max} value={from} onChange={(e) => setWin([Math.min(Number(e.target.value), to), to])} /></label>
            <label>To <input type="range" min={bounds.min} max={bounds.max} value={to} onChange={(e) => setWin([from, Math.max(Number(e.target.value), from)])} /></label>
          </fieldset>
        )}
      </form>
      <SigmaCanvas g={g} shown={shown} />
      <p className="legend-line"><span className="kind k-hostile">hostile</span> <span className="kind k-cooperative">cooperative</span> <span className="kind k-membership">membership</span> · thicker = stronger · click a node for its dossier</p>
      <h2>Edges ({shown.length})</h2>
      {shown.length ? (
        <table className="edges">
          <thead><tr><th scope="col">Actor</th><th scope="col">Relation</th><th scope="col">Actor</th><th scope="col">Weight</th></tr></thead>
          <tbody>
            {shown.map(({ edge, rels, cls }) => (
              <tr key={`${edge.source}|${edge.target}`} data-source-name={names.get(edge.source)} data-target-name={names.get(edge.target)} data-kind={cls}>
                <td><a href={link.entity(edge.source)}>{names.get(edge.source)}</a></td>
                <td>{rels.map((x) => <span key={x.kind} className={`kind k-${classOf(x.kind)}`}>{x.kind.replace(/_/g, ' ')} {x.score.toFixed(2)}</span>)}</td>
                <td><a href={link.entity(edge.target)}>{names.get(edge.target)}</a></td>
                <td>{edge.weight.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <Empty>No relation in this window and these kinds.</Empty>}
    </section>
  )
}

function SigmaCanvas({ g, shown }: { g: Subgraph; shown: Shown[] }) {
  const box = useRef<HTMLDivElement>(null)
  const [failed, setFailed] = useState<string | null>(null)
  useEffect(() => {
    if (!box.current) return
    const graph = new Graph({ multi: false, type: 'undirected' })
    const rings = new Map<number, string[]>()
    for (const n of g.nodes) { const h = n.hops ?? 0; rings.set(h, [...(rings.get(h) ?? []), n.id]) }
    for (const [h, ids] of rings) {
      ids.forEach((id, i) => {
        const a = (2 * Math.PI * i) / ids.length + h * 0.4
        const n = g.nodes.find((x) => x.id === id)!
        graph.addNode(id, { x: h * Math.cos(a), y: h * Math.sin(a), size: id === g.center ? 14 : 6 + Math.min(8, (n.degree ?? 0) * 40), label: n.name, color: id === g.center ? '#222' : '#6b6b6b' })
      })
    }
    for (const s of shown) {
      if (!graph.hasEdge(s.edge.source, s.edge.target)) graph.addEdge(s.edge.source, s.edge.target, { color: COLOUR[s.cls], size: 1 + Math.min(6, Math.abs(s.edge.weight) * 3) })
    }
    let renderer: Sigma | undefined
    try {
      renderer = new Sigma(graph, box.current, { renderLabels: true, labelSize: 12 })
      renderer.on('clickNode', ({ node }) => { location.hash = link.entity(node) })
      setFailed(null)
    } catch (e) { setFailed((e as Error).message) }
    return () => renderer?.kill()
  }, [g, shown])
  return (
    <>
      <div ref={box} className="sigma" role="img" aria-label={`Graph of ${g.nodes.length} actors and ${shown.length} relations; the same edges are listed in the table below`} data-nodes={g.nodes.length} data-edges={shown.length} />
      {failed && <p className="state error">The graph drawing needs WebGL ({failed}); the table below lists every edge.</p>}
    </>
  )
}
