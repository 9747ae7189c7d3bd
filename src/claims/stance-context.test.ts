import { afterEach, describe, expect, it } from 'vitest'
import type { AnnotatedDoc } from '../model/index.js'
import { syntaxStage } from '../pipeline/stages/syntax.js'
import { docBuilder } from '../text/testing/doc-builder.js'
import { extractClaims } from './extract.js'
import { stanceContext } from './stance-context.js'
import { useStanceModel, type StanceModelFile } from './stance-model.js'

const ACCUSED = 'The United States accused Iran of hiding its nuclear weapons program. Iran said it had not hidden any program.'

async function parsed(text: string): Promise<AnnotatedDoc> {
  return { ...(await syntaxStage.run(docBuilder(text, { mentions: [] }), { resources: {} })), events: [] }
}

/** The context features of each claim of the text, beside its content. */
async function contexts(text: string): Promise<Array<[string, string[]]>> {
  const doc = await parsed(text)
  const claims = extractClaims(doc)
  return claims.map((c, i) => [c.content.text, stanceContext(doc, c, claims.slice(0, i))])
}

describe('stance context', () => {
  afterEach(() => useStanceModel(undefined))

  it('test_stance_context_reads_a_denial_answering_an_earlier_accusation', async () => {
    const last = (await contexts(ACCUSED)).at(-1)!
    expect(last[0]).toBe('it had not hidden any program')
    expect(last[1]).toEqual(expect.arrayContaining(['x:neg', 'x:neg:subj:pron', 'x:neg:accused', 'x:neg:echo']))
  })

  it('test_stance_context_is_empty_without_an_accusation_or_an_earlier_claim', async () => {
    const [only] = await contexts('Iran said it had not hidden any program.')
    expect(only?.[1]).toEqual(['x:neg', 'x:neg:subj:pron'])
  })

  it('test_stance_context_tells_an_observers_prediction_from_a_plain_statement', async () => {
    const [prediction, statement] = await contexts('Analysts say the talks will fail. Officials said the talks began on Monday.')
    expect(prediction?.[1]).toEqual(['x:will', 'x:will:subj:other'])
    expect(statement?.[1]).toEqual([])
  })

  it('test_stance_context_turns_a_negated_answer_into_a_denial_in_the_stage', async () => {
    // a hand-made model: only a negated content that takes up an earlier claim's words leans to a denial
    const model: StanceModelFile = {
      model: 'test', trainedOn: [], classes: ['assert', 'confirm', 'deny', 'hedge'], override: 0.7,
      weights: { 'bias': [1, 0, 0, 0], 'x:neg:echo': [0, 0, 3, 0] },
    }
    useStanceModel(model)
    const stances = async (text: string) => extractClaims(await parsed(text)).map((c) => c.stance)
    expect((await stances(ACCUSED)).at(-1)).toBe('deny')
    expect(await stances('Iran said it had not hidden any program.')).toEqual(['assert'])
  })
})
