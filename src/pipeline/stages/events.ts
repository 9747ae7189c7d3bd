/**
 * events.cameo.v8 — code events (CAMEO root and sub-code, QuadClass, Goldstein,
 * PLOVER) with actor, target, place, time, count and modality, from the
 * article's sentences, tokens and mentions. See src/events/extract.ts.
 *
 * Optional resources (StageContext.resources):
 * - `events.lexicon`: a CueLexicon (e.g. the shipped one plus a user's verb dictionary).
 * - `events.actorCoder`: an ActorCoder (default: Dossier's shipped actor and agent dictionaries),
 *   which fills the CAMEO code of every actor and target role.
 * @module
 */
import { defaultActorCoder, type ActorCoder } from '../../events/actor-codes.js'
import { extractEvents } from '../../events/extract.js'
import { CueLexicon } from '../../events/lexicon.js'
import type { Stage } from '../../model/index.js'

export const eventsStage: Stage = {
  key: 'events.cameo.v8',
  requires: ['doc.sentences', 'doc.tokens', 'doc.mentions', 'doc.syntax'],
  assigns: ['doc.events'],
  run(doc, ctx) {
    const lexicon = ctx.resources['events.lexicon']
    const coder = (ctx.resources['events.actorCoder'] as ActorCoder | undefined) ?? defaultActorCoder()
    const events = coder.codeEvents(doc, extractEvents(doc, lexicon instanceof CueLexicon ? { lexicon } : {}))
    return { ...doc, events }
  },
}
