/**
 * Events at their places on a map drawn with d3-geo from the bundled Natural Earth shapes (world-atlas): nothing
 * is fetched from elsewhere. Filterable by actor and time; each place lists its events with links to the evidence.
 */
import { geoMercator, geoPath } from 'd3-geo'
import type { GeoPermissibleObjects } from 'd3-geo'
import { useMemo, useState } from 'react'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'
import { qs, useApi } from '../api'
import { Filters, readFilters } from '../components/Filters'
import { Empty, ErrorBox, Loading } from '../components/States'
import type { EntityHit, EventView, Page } from '../types'
import { EventItem } from './DossierView'

const topo = world as unknown as Topology<{ countries: GeometryCollection }>
const countries = feature(topo, topo.objects.countries)
const W = 800, H = 500

interface Point { id: string; name: string; lat: number; lon: number; events: EventView[] }

export default function MapView({ params }: { params: URLSearchParams }) {
  const f = readFilters(params)
  const ev = useApi<Page<EventView>>(`/api/events${qs({ actor: f.actor, from: f.from, to: f.to, limit: 200 })}`)
  const places = useApi<Page<EntityHit>>('/api/entities?type=LOC&limit=200')
  const [open, setOpen] = useState<string | null>(null)
  const points = useMemo(() => {
    if (ev.state !== 'ok' || places.state !== 'ok') return []
    const where = new Map(places.data.items.filter((h) => h.entity.lat !== undefined && h.entity.lon !== undefined).map((h) => [h.entity.id, h.entity]))
    const out = new Map<string, Point>()
    for (const e of ev.data.items) {
      const p = e.place?.entityId ? where.get(e.place.entityId) : undefined
      if (!p) continue
      const pt = out.get(p.id) ?? { id: p.id, name: p.canonicalName, lat: p.lat!, lon: p.lon!, events: [] }
      pt.events.push(e)
      out.set(p.id, pt)
    }
    return [...out.values()].sort((a, b) => b.events.length - a.events.length)
  }, [ev, places])
  const { path, project } = useMemo(() => {
    const proj = geoMercator()
    if (points.length) {
      const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat)
      const pad = 6
      const box = { type: 'MultiPoint' as const, coordinates: [[Math.min(...lons) - pad, Math.min(...lats) - pad], [Math.max(...lons) + pad, Math.max(...lats) + pad]] }
      proj.fitExtent([[10, 10], [W - 10, H - 10]], box)
    } else proj.fitSize([W, H], countries)
    return { path: geoPath(proj), project: proj }
  }, [points])

  if (ev.state === 'loading' || places.state === 'loading') return <Loading what="map" />
  if (ev.state === 'error') return <ErrorBox error={ev.error} />
  if (places.state === 'error') return <ErrorBox error={places.error} />
  const selected = points.find((p) => p.id === open)
  const max = Math.max(1, ...points.map((p) => p.events.length))
  return (
    <section className="map-view">
      <h1>Map of events</h1>
      <Filters view="map" value={f} />
      <svg className="map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Map with ${points.length} places of events: ${points.map((p) => p.name).join(', ')}`}>
        <rect width={W} height={H} className="sea" />
        {countries.features.map((c, i) => <path key={i} d={path(c as GeoPermissibleObjects) ?? ''} className="land" />)}
        {points.map((p) => {
          const xy = project([p.lon, p.lat])
          if (!xy) return null
          return (
            <g key={p.id} className={open === p.id ? 'pt open' : 'pt'} data-place-name={p.name} data-lat={p.lat} data-lon={p.lon} onClick={() => setOpen(p.id)}>
              <circle cx={xy[0]} cy={xy[1]} r={5 + 10 * Math.sqrt(p.events.length / max)} />
              <text x={xy[0] + 14} y={xy[1] + 4}>{p.name} ({p.events.length})</text>
            </g>
          )
        })}
      </svg>
      {!points.length && <Empty>No event with a known place for these filters.</Empty>}
      <h2>Places</h2>
      <ul className="places">
        {points.map((p) => (
          <li key={p.id}><button type="button" aria-pressed={open === p.id} onClick={() => setOpen(p.id)}>{p.name}</button> <span className="muted">{p.events.length} event(s) · {p.lat.toFixed(2)}, {p.lon.toFixed(2)}</span></li>
        ))}
      </ul>
      {selected && (
        <>
          <h2>Events in {selected.name}</h2>
          <ol className="facts">{selected.events.map((e) => <EventItem key={e.id} ev={e} />)}</ol>
        </>
      )}
    </section>
  )
}
