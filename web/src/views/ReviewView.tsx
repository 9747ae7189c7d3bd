/** The review queue: pairs the resolver was unsure about, with each side's evidence; accept or reject with the token. */
import { useState } from 'react'
import { ApiError, del, post, token, useApi } from '../api'
import { day, Empty, ErrorBox, Loading, SentenceWithMark } from '../components/States'
import { link } from '../router'
import type { Page, ReviewItem, ReviewSide } from '../types'

function TokenForm({ onSet }: { onSet: () => void }) {
  const [value, setValue] = useState('')
  return (
    <form className="token" onSubmit={(e) => { e.preventDefault(); if (value.trim()) { token.set(value.trim()); onSet() } }}>
      <label htmlFor="tok">Write token (DOSSIER_TOKEN), kept for this browser tab only</label>
      <input id="tok" type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit">Use token</button>
    </form>
  )
}

function SideView({ s, title }: { s: ReviewSide; title: string }) {
  return (
    <div className="side">
      <h3>{title}: {s.entityId ? <a href={link.entity(s.entityId)}>{s.label}</a> : s.label}</h3>
      {s.names.length > 0 && <p><span className="label">Names</span> {s.names.join(' · ')}</p>}
      {s.mentions.length ? (
        <ul className="facts">{s.mentions.map((m) => (
          <li key={m.id}><a className="fact-link" href={link.article(m.articleId, m.sentence, m)}><SentenceWithMark sentence={m.sentence} mark={m} /></a> <span className="muted">— {m.articleLabel ?? m.articleTitle ?? m.articleId}, {day(m.date, m.ingestedAt)}</span></li>
        ))}</ul>
      ) : <Empty>No mentions in the store (a knowledge-base entry).</Empty>}
    </div>
  )
}

export function ReviewView() {
  const [version, setVersion] = useState(0)
  const [hasToken, setHasToken] = useState(() => !!token.get())
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const r = useApi<Page<ReviewItem>>('/api/review?limit=50', version)

  // the verdict just recorded, so it can be taken back (reversible judgements)
  const [last, setLast] = useState<{ id: string; what: string } | undefined>(undefined)

  const write = async (doing: () => Promise<void>, failed: string) => {
    setBusy(true)
    try {
      await doing()
      setVersion((v) => v + 1)
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) { token.clear(); setHasToken(false) }
      setStatus(`${failed}: ${(e as Error).message}`)
    } finally { setBusy(false) }
  }

  const judge = (item: ReviewItem, verdict: 'same' | 'different') => write(async () => {
    const j = await post<{ id: string }>(`/api/review/${encodeURIComponent(item.id)}`, { verdict })
    const what = `${item.a.label} and ${item.b.label} are ${verdict === 'same' ? 'the same' : 'different'}`
    setLast({ id: j.id, what })
    setStatus(`Recorded: ${what}. Dossiers are updated.`)
  }, 'Not recorded')

  const undoLast = () => write(async () => {
    if (!last) return
    const r = await del<{ restored?: { verdict: string } }>(`/api/review/${encodeURIComponent(last.id)}`)
    setStatus(`Taken back: ${last.what}. ${r.restored ? `Your earlier verdict (${r.restored.verdict}) is in force again.` : 'The pair is open for review again.'}`)
    setLast(undefined)
  }, 'Not taken back')

  return (
    <section className="review">
      <h1>Review queue</h1>
      <p className="muted">Pairs of names the resolver was unsure about. Accepting merges them into one actor; rejecting keeps them apart for good.</p>
      <p role="status" aria-live="polite" className="status">{status}</p>
      {last && <p><button type="button" className="undo" disabled={!hasToken || busy} onClick={() => void undoLast()}>Undo: take back “{last.what}”</button></p>}
      {!hasToken && <TokenForm onSet={() => setHasToken(true)} />}
      {r.state === 'loading' && <Loading what="review queue" />}
      {r.state === 'error' && <ErrorBox error={r.error} />}
      {r.state === 'ok' && (r.data.items.length ? (
        <ol className="review-list">
          {r.data.items.map((it) => (
            <li key={it.id} className="review-item" data-review={it.id}>
              <p><strong>Same actor?</strong> score {it.score.toFixed(2)}{it.reason && <span className="muted"> — {it.reason}</span>}</p>
              <div className="sides"><SideView s={it.a} title="A" /><SideView s={it.b} title="B" /></div>
              <div className="buttons">
                <button type="button" disabled={!hasToken || busy} onClick={() => void judge(it, 'same')}>Accept: same actor</button>
                <button type="button" disabled={!hasToken || busy} onClick={() => void judge(it, 'different')}>Reject: different actors</button>
              </div>
            </li>
          ))}
        </ol>
      ) : <Empty>Nothing to review: every merge is settled.</Empty>)}
    </section>
  )
}
