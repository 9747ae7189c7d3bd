/** Events on a time axis (vis-timeline), filterable by actor and time; each item opens its sentence in its article. */
import { useEffect, useRef } from 'react'
import { Timeline } from 'vis-timeline/standalone'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import { qs, useApi } from '../api'
import { Filters, readFilters } from '../components/Filters'
import { Empty, ErrorBox, Loading } from '../components/States'
import { link } from '../router'
import type { EventView, Page } from '../types'
import { EventItem } from './DossierView'

function itemContent(ev: EventView): HTMLElement {
  const el = document.createElement('span')
  el.textContent = `${ev.actor?.name ?? ev.actor?.text ?? '?'} · ${ev.label ?? ev.cameo}${ev.target ? ` → ${ev.target.name ?? ev.target.text}` : ''}`
  return el
}

const undated = (items: readonly EventView[]) => items.filter((e) => !e.date).length

export default function TimelineView({ params }: { params: URLSearchParams }) {
  const f = readFilters(params)
  const r = useApi<Page<EventView>>(`/api/events${qs({ actor: f.actor, from: f.from, to: f.to, limit: 200 })}`)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (r.state !== 'ok' || !box.current || !r.data.items.length) return
    const events = r.data.items.filter((e) => e.date)
    const byId = new Map(events.map((e) => [e.id, e]))
    const tl = new Timeline(box.current, events.map((e) => ({
      id: e.id, start: e.date!, // an element built with textContent: the untrusted text never passes through HTML
      content: itemContent(e) as unknown as string, className: `q${e.quadClass}`,
    })), { stack: true, maxHeight: 420, zoomable: true, showTooltips: false })
    tl.on('select', ({ items }: { items: string[] }) => {
      const ev = byId.get(String(items[0]))
      if (ev) location.hash = link.article(ev.articleId, ev.sentence, ev.cue)
    })
    return () => tl.destroy()
  }, [r])
  return (
    <section className="timeline-view">
      <h1>Timeline of events</h1>
      <Filters view="timeline" value={f} />
      {r.state === 'loading' && <Loading what="events" />}
      {r.state === 'error' && <ErrorBox error={r.error} />}
      {r.state === 'ok' && (r.data.items.length ? (
        <>
          <div ref={box} className="vis-box" aria-hidden="true" />
          {undated(r.data.items) > 0 && <p className="muted undated-note">{undated(r.data.items)} undated event(s) (their articles give no date) are listed below but not on the axis.</p>}
          <h2>Events ({r.data.total}{r.data.total > r.data.items.length ? `, first ${r.data.items.length}` : ''})</h2>
          <ol className="facts timeline-list">{r.data.items.map((ev) => <EventItem key={ev.id} ev={ev} />)}</ol>
        </>
      ) : <Empty>No events for these filters.</Empty>)}
    </section>
  )
}
