/** Loading, error and empty states, and small shared pieces. */
import type { ReactNode } from 'react'
import type { Grade } from '../types'

export const Loading = ({ what }: { what: string }) => <p className="state" role="status" aria-live="polite">Loading {what}…</p>
export const ErrorBox = ({ error }: { error: Error }) => <p className="state error" role="alert">Could not load: {error.message}</p>
export const Empty = ({ children }: { children: ReactNode }) => <p className="state empty">{children}</p>

const RELIABILITY: Record<string, string> = { A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable', D: 'not usually reliable', E: 'unreliable', F: 'reliability cannot be judged' }
const CREDIBILITY: Record<number, string> = { 1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'truth cannot be judged' }

/** An Admiralty grade with the reasons in words. */
export function GradeBadge({ grade }: { grade?: Grade | undefined }) {
  if (!grade) return <span className="grade none">ungraded</span>
  const words = `${RELIABILITY[grade.reliability] ?? grade.reliability}, ${CREDIBILITY[grade.credibility] ?? grade.credibility}`
  return (
    <span className="grade-wrap">
      <abbr className={`grade g-${grade.reliability}`} title={words}>{grade.reliability}{grade.credibility}</abbr>
      <span className="reasons">{words}{grade.reasons.length ? `: ${grade.reasons.join('; ')}` : ''}</span>
    </span>
  )
}

/** A date as a day; an undated fact says so, with its article's ingest day apart (never passed off as the news date). */
export const day = (iso?: string, ingestedAt?: string) => (iso ? iso.slice(0, 10) : ingestedAt ? `undated (ingested ${ingestedAt.slice(0, 10)})` : 'undated')

/** A sentence with one span marked, as text (never HTML). */
export function SentenceWithMark({ sentence, mark }: { sentence: { start: number; end: number; text: string }; mark?: { start: number; end: number } | undefined }) {
  if (!mark || mark.start < sentence.start || mark.end > sentence.end) return <q>{sentence.text}</q>
  const a = mark.start - sentence.start, b = mark.end - sentence.start
  return <q>{sentence.text.slice(0, a)}<mark>{sentence.text.slice(a, b)}</mark>{sentence.text.slice(b)}</q>
}
