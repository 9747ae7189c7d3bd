/**
 * From candidates to Events: the place (a place name in a locative phrase of the
 * sentence, nearest the cue), the time (date phrases of the sentence, nearest the
 * cue), the count (a number on the target's or item's phrase), CAMEO details, and
 * a stable id (article, cue span, code; roles only to tell apart events that share a cue).
 * @module
 */
import { hashId } from '../model/index.js'
import type { AnnotatedDoc, Event, EventRole, Mention } from '../model/index.js'
import { cameoInfo, cameoRoot } from './cameo.js'
import type { Candidate } from './candidate.js'
import type { LearnedCue } from './learned-cues.js'
import { isDescriptor } from './descriptors.js'
import { findCount, numberValue } from './counts.js'
import type { SentenceView, Occ } from './sentence-view.js'
import { findTimes, type EventTime } from './time.js'

const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout', 'within', 'outside', 'around', 'into',
  'toward', 'towards', 'along', 'over', 'via', 'through', 'off', 'onto', 'between', 'from'])
const COMPASS = /^(north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest)$/

export class EventEmitter {
  private readonly seen = new Set<string>()
  private readonly ids = new Map<string, number>()
  private times: { sentence: number; past: boolean; list: EventTime[] } | undefined
  private byId: Map<string, Mention> | undefined
  readonly events: Event[] = []
  /** Ids of the events of loose candidates (ExtractOptions.loose). */
  readonly looseIds = new Set<string>()
  /** The learned cue behind each event coded from one (Candidate.learned). */
  readonly learned = new Map<string, LearnedCue>()

  constructor(private readonly doc: AnnotatedDoc, private readonly words: readonly string[]) {}

  /** Who a mention stands for: its resolved entity, else the name at the end of its antecedent chain. */
  private partyKey(m: Mention): string {
    this.byId ??= new Map((this.doc.mentions ?? []).map((x) => [x.id, x]))
    let cur = m
    for (let guard = 0; guard < 16 && !cur.entityId && cur.antecedentId; guard++) {
      const next = this.byId.get(cur.antecedentId)
      if (!next) break
      cur = next
    }
    return cur.entityId ? `e:${cur.entityId}` : `t:${this.doc.article.text.slice(cur.start, cur.end).toLowerCase().replace(/^the\s+/, '')}`
  }

  /** Actor and target are one party ("Ellwood … his visit", "ISIL … ISIL"): no event of a party on itself. */
  samePair(a: Occ | undefined, t: Occ | undefined): boolean {
    return !!a && !!t && (a.m.id === t.m.id || this.partyKey(a.m) === this.partyKey(t.m))
  }

  /** Emit the events of a candidate: one per actor × target pair (and the mirrored code, where the verb has one). */
  emit(v: SentenceView, c: Candidate): void {
    const tokens = this.doc.tokens ?? []
    const cueStart = tokens[c.from]!.start
    const cueEnd = tokens[c.last]!.end
    const roles = new Set([...c.actors, ...c.targets])
    const location = this.place(v, c, roles)
    const when = this.when(v, cueStart, c.modality === 'planned')
    const count = this.count(v, c)
    const as = c.actors.length ? c.actors : [undefined]
    const ts = c.targets.length ? c.targets : [undefined]
    const pairs: Array<[Occ | undefined, Occ | undefined, string]> = []
    for (const a of as) {
      const own = ts.filter((t) => !this.samePair(a, t))
      // a party acting on itself keeps the act without the target ("Ellwood … his visit" is Ellwood's visit)
      for (const t of own.length ? own : [undefined]) pairs.push([a, t, c.code])
    }
    if (c.reverse) for (const [a, t] of [...pairs]) if (a && t) pairs.push([t, a, c.reverse])
    for (const [a, t, code] of pairs) {
      const key = `${cueStart}:${cueEnd}:${code}:${a?.m.id ?? ''}:${t?.m.id ?? ''}`
      if (this.seen.has(key)) continue
      this.seen.add(key)
      const e = this.build(v, { a, t, code, cueStart, cueEnd, location, when, count, c })
      if (c.loose) this.looseIds.add(e.id)
      if (c.learned) this.learned.set(e.id, c.learned)
      this.events.push(e)
    }
  }

  private build(v: SentenceView, x: { a?: Occ | undefined; t?: Occ | undefined; code: string; cueStart: number; cueEnd: number; location?: Occ | undefined; when?: EventTime | undefined; count?: number | undefined; c: Candidate }): Event {
    const article = this.doc.article
    const info = cameoInfo(x.code)
    let id = hashId('event', article.id, x.cueStart, x.cueEnd, x.code)
    const n = this.ids.get(id) ?? 0
    this.ids.set(id, n + 1)
    if (n > 0) id = hashId('event', article.id, x.cueStart, x.cueEnd, x.code, x.a?.m.id, x.t?.m.id)
    return {
      id, articleId: article.id, cameo: x.code, cameoRoot: cameoRoot(x.code),
      ...(info?.plover ? { plover: info.plover } : {}),
      ...(info?.ploverMode ? { ploverMode: info.ploverMode } : {}),
      ...(info ? { quadClass: info.quadClass, goldstein: info.goldstein } : {}),
      ...(x.a ? { actor: this.role(x.a.m) } : {}),
      ...(x.t ? { target: this.role(x.t.m) } : {}),
      cue: { start: x.cueStart, end: x.cueEnd, text: article.text.slice(x.cueStart, x.cueEnd) },
      sentence: { start: v.start, end: v.stop },
      ...(x.location ? { location: this.role(x.location.m) } : {}),
      ...(x.when ? { when: x.when } : {}),
      ...(x.count !== undefined ? { count: x.count } : {}),
      modality: x.c.modality,
    }
  }

  private role(m: Mention): EventRole {
    // a descriptor phrase ("the regime") is no stored mention: the role carries its text and span only
    if (isDescriptor(m)) return { start: m.start, end: m.end, text: m.text }
    return { mentionId: m.id, ...(m.entityId ? { entityId: m.entityId } : {}), start: m.start, end: m.end, text: this.doc.article.text.slice(m.start, m.end) }
  }

  private locative(v: SentenceView, o: Occ): boolean {
    for (let k = o.from - 1; k >= Math.max(v.first, o.from - 3); k--) {
      const w = v.word(k)
      if (LOCATIVE.has(w)) return true
      const prev = v.occAt(k)
      if ((w === 'and' || w === ',' || w === 'or') && prev && prev !== o) return this.locative(v, prev)
      if (!(v.upos(k) === 'DET' || v.upos(k) === 'ADJ' || COMPASS.test(w))) return false
    }
    return false
  }

  private place(v: SentenceView, c: Candidate, roles: ReadonlySet<Occ>): Occ | undefined {
    const places = v.occs.filter((o) => o.m.type === 'LOC' && !roles.has(o) && this.locative(v, o))
    if (places.length === 0) return [...roles].find((o) => o.m.type === 'LOC' && v.inside(o.from))
    return places.reduce((a, b) => (Math.abs(b.from - c.anchor) < Math.abs(a.from - c.anchor) ? b : a))
  }

  private when(v: SentenceView, cueStart: number, future: boolean): EventTime | undefined {
    if (!this.times || this.times.sentence !== v.index || this.times.past === future) {
      this.times = { sentence: v.index, past: !future, list: findTimes(this.doc.article.text, v.start, v.stop, this.doc.article.published, !future) }
    }
    const list = this.times.list
    return list.length === 0 ? undefined : list.reduce((a, b) => (Math.abs(a.start - cueStart) <= Math.abs(b.start - cueStart) ? a : b))
  }

  /** A number on the counted phrase: the target's (or actor's) phrase, or a listed item's own number. */
  private count(v: SentenceView, c: Candidate): number | undefined {
    const own = v.children(c.last).find((k) => v.deprel(k) === 'nummod')
    if (own !== undefined && v.upos(c.last) === 'NOUN' && c.from <= own) return numberValue(v.word(own))
    const role = c.targets[0] ?? c.actors[0]
    if (!role || !v.inside(role.from)) return undefined
    const hit = findCount(this.words, Math.max(v.first, role.from - 4), role.from, role.from)
    return hit?.value ?? this.numberOf(v, role)
  }

  /** "the number of jihadists arrested … passed the 500 mark": a count the sentence gives for "the number of" the role. */
  private numberOf(v: SentenceView, role: Occ): number | undefined {
    const at = this.words.lastIndexOf('number', role.from)
    if (at < v.first || this.words[at + 1] !== 'of' || role.from - at > 6) return undefined
    return findCount(this.words, role.to, v.end)?.value
  }
}
