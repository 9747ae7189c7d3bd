/** An actor's dossier: names and roles, relations over time with their evidence, events, claims by and about, mentions. */
import { lazy, Suspense } from 'react'
import { useApi } from '../api'
import { dossierPath } from '../fetcher'
import { day, Empty, ErrorBox, GradeBadge, Loading, SentenceWithMark } from '../components/States'
import { link } from '../router'
import type { ClaimView, Dossier, DyadRelation, EventView, Evidence, MentionView, Structural } from '../types'

const RelationChart = lazy(() => import('../components/RelationChart'))

export function DossierView({ id }: { id: string }) {
  const r = useApi<Dossier>(dossierPath(id))
  if (r.state === 'loading') return <Loading what="dossier" />
  if (r.state === 'error') return <ErrorBox error={r.error} />
  const d = r.data
  const e = d.entity
  return (
    <article className="dossier" data-entity={e.id}>
      <header>
        <h1>{e.canonicalName}</h1>
        <p className="meta">
          <span className={`tag t-${e.type}`}>{e.type}</span>{e.kind && <> {e.kind.replace(/_/g, ' ')}</>}
          {e.country && <> · {e.country}</>} · {e.mentionCount} mentions in {e.articleCount} articles · source: {e.origin}
        </p>
        {e.aliases.length > 0 && <p><span className="label">Also known as</span> {e.aliases.join(' · ')}</p>}
        {e.kbAliases && e.kbAliases.length > 0 && <p className="meta"><span className="label">Knowledge base also names it</span> {e.kbAliases.join(' · ')}</p>}
        <p className="actions">
          <a href={link.graph(e.id)}>Graph around {e.canonicalName}</a> · <a href={`#/timeline?actor=${encodeURIComponent(e.id)}`}>Timeline</a> · <a href={`#/map?actor=${encodeURIComponent(e.id)}`}>Map</a>
        </p>
      </header>
      <Roles d={d} />
      <section aria-labelledby="rel-h">
        <h2 id="rel-h">Relations over time</h2>
        {d.relations.length ? <ul className="relations">{d.relations.map((rel) => <RelationItem key={rel.other.id} rel={rel} />)}</ul>
          : <Empty>No hostile or cooperative relation found in the events.</Empty>}
      </section>
      <section aria-labelledby="ev-h">
        <h2 id="ev-h">Events ({d.events.total})</h2>
        {d.events.items.length ? <ol className="facts timeline-list">{d.events.items.map((ev) => <EventItem key={ev.id} ev={ev} />)}</ol> : <Empty>No events.</Empty>}
      </section>
      <ClaimList title="Claims by" id="cb-h" page={d.claimsBy} />
      <ClaimList title="Claims about" id="ca-h" page={d.claimsAbout} />
      <section aria-labelledby="m-h">
        <h2 id="m-h">Mentions ({d.mentions.total})</h2>
        {d.mentions.items.length ? <ul className="facts">{d.mentions.items.map((m) => <MentionItem key={m.id} m={m} />)}</ul> : <Empty>No mentions.</Empty>}
      </section>
    </article>
  )
}

function Roles({ d }: { d: Dossier }) {
  if (!d.roles.length && !d.structural.length) return null
  return (
    <section aria-labelledby="roles-h">
      <h2 id="roles-h">Roles and affiliations</h2>
      <ul className="facts">
        {d.roles.map((r, i) => <li key={`r${i}`}>{r.role} — <a href={link.entity(r.organisation.id)}>{r.organisation.name}</a> <span className="muted">({r.kind.replace(/_/g, ' ')})</span></li>)}
        {d.structural.map((s, i) => <StructuralItem key={`s${i}`} s={s} />)}
      </ul>
    </section>
  )
}

function StructuralItem({ s }: { s: Structural }) {
  const ev = s.evidence.find((x) => x.articleId && x.sentence)
  return (
    <li>
      <span className="kind k-membership">{s.label}</span> <a href={link.entity(s.other.id)}>{s.other.name}</a>
      {s.roles.length > 0 && <span className="muted"> as {s.roles.join(', ')}</span>}
      {s.evidence.some((x) => x.kind === 'kb') && <span className="muted"> · knowledge base</span>}
      {ev && <EvidenceLink ev={ev} />}
    </li>
  )
}

function EvidenceLink({ ev }: { ev: Evidence }) {
  if (!ev.articleId || !ev.sentence) return null
  return (
    <blockquote className="evidence">
      <a className="fact-link" href={link.article(ev.articleId, ev.sentence, ev.span)}><SentenceWithMark sentence={ev.sentence} mark={ev.span} /></a>
      <span className="muted"> — {ev.articleLabel ?? ev.articleTitle ?? ev.articleId}, {day(ev.date, ev.ingestedAt)}</span>
    </blockquote>
  )
}

function RelationItem({ rel }: { rel: DyadRelation }) {
  return (
    <li className={`relation k-${rel.kind}`} data-kind={rel.kind} data-other={rel.other.name}>
      <h3><span className={`kind k-${rel.kind}`}>{rel.kind}</span> with <a href={link.entity(rel.other.id)}>{rel.other.name}</a></h3>
      <p className="muted">score {rel.score.toFixed(2)} (hostile {rel.hostile.toFixed(2)}, cooperative {rel.cooperative.toFixed(2)}) from {rel.clusters} event cluster{rel.clusters === 1 ? '' : 's'} · {rel.firstSeen ? `${day(rel.firstSeen)} – ${day(rel.lastSeen)}` : 'no dated event'}</p>
      <figure>
        <Suspense fallback={<div className="chart" />}><RelationChart relation={rel} /></Suspense>
        <figcaption className="sr-only">{rel.buckets.map((b) => `${b.period}: ${b.score.toFixed(2)}`).join('; ')}</figcaption>
      </figure>
      <details>
        <summary>Evidence ({rel.evidence.length} clusters)</summary>
        {rel.evidence.map((c) => (
          <div key={c.clusterId} className="cluster">
            <span className="muted">cluster value {c.value.toFixed(2)} × grade weight {c.gradeWeight}{c.direct ? '' : ' (through a member)'}</span>
            {c.events.map((ev) => <EvidenceLink key={ev.id} ev={ev} />)}
          </div>
        ))}
      </details>
    </li>
  )
}

export function EventItem({ ev }: { ev: EventView }) {
  return (
    <li className={`event q${ev.quadClass}`} data-event={ev.id}>
      <div>
        <time dateTime={ev.date}>{day(ev.date, ev.ingestedAt)}</time> <strong>{ev.label ?? ev.cameo}</strong> <span className="muted">CAMEO {ev.cameo}, Goldstein {ev.goldstein}{ev.modality !== 'asserted' ? `, ${ev.modality}` : ''}</span>
      </div>
      <div>
        {ev.actor ? <RoleLink r={ev.actor} /> : <span className="muted">unknown actor</span>} → {ev.target ? <RoleLink r={ev.target} /> : <span className="muted">no target</span>}
        {ev.place && <> in <RoleLink r={ev.place} /></>}
      </div>
      <div><GradeBadge grade={ev.cluster?.grade} /> {ev.cluster && <span className="muted">{ev.cluster.reports} report(s), {ev.cluster.independentSources} independent source(s)</span>}</div>
      <a className="fact-link" href={link.article(ev.articleId, ev.sentence, ev.cue)}><SentenceWithMark sentence={ev.sentence} mark={ev.cue} /></a>
    </li>
  )
}

const RoleLink = ({ r }: { r: { text: string; entityId?: string; name?: string } }) =>
  r.entityId ? <a href={link.entity(r.entityId)}>{r.name ?? r.text}</a> : <span>{r.text}</span>

function ClaimList({ title, id, page }: { title: string; id: string; page: Dossier['claimsBy'] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title} ({page.total})</h2>
      {page.items.length ? <ul className="facts">{page.items.map((c) => <ClaimItem key={c.id} c={c} />)}</ul> : <Empty>None.</Empty>}
    </section>
  )
}

function ClaimItem({ c }: { c: ClaimView }) {
  const grade = c.about.find((a) => a.cluster?.grade)?.cluster?.grade
  const who = c.source.entityId ? <a href={link.entity(c.source.entityId)}>{c.source.name ?? c.source.text}</a> : <span>{c.source.descriptor ?? c.source.text}</span>
  return (
    <li className="claim" data-claim={c.id}>
      <div>
        {who}{c.source.anonymous && <span className="muted"> (anonymous)</span>}{c.source.affiliation && <span className="muted">, {c.source.affiliation}</span>}
        {' '}<span className={`stance s-${c.stance}`}>{c.stance}</span>{c.hedged && <span className="stance s-hedge" title={c.hedges.join(', ')}>hedged{c.hedges.length ? `: ${c.hedges.join(', ')}` : ''}</span>}
        {c.via && <span className="muted"> via {c.via}</span>} <time className="muted" dateTime={c.date}>{day(c.date, c.ingestedAt)}</time>
      </div>
      <div>{c.about.length ? <GradeBadge grade={grade} /> : <span className="muted">about no coded event (ungraded)</span>}</div>
      <a className="fact-link" href={link.article(c.articleId, c.sentence, c.content)}><SentenceWithMark sentence={c.sentence} mark={c.content} /></a>
    </li>
  )
}

function MentionItem({ m }: { m: MentionView }) {
  return (
    <li>
      <a className="fact-link" href={link.article(m.articleId, m.sentence, m)}><SentenceWithMark sentence={m.sentence} mark={m} /></a>
      <span className="muted"> — {m.articleLabel ?? m.articleTitle ?? m.articleId}, {day(m.date, m.ingestedAt)}</span>
    </li>
  )
}
