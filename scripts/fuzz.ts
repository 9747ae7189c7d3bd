/**
 * `npm run fuzz`: the property-based checks of test/fuzz.test.ts with many more cases (default 10 000 in
 * all: 7 000 generated texts and 3 000 generated HTML pages). Options: --runs N, --seed S.
 * Prints the time taken; on a failure, fast-check's counterexample and the seed to replay it.
 */
import fc from 'fast-check'
import { articleText, checkHtml, checkText, htmlPage, knownHits } from '../test/fuzz-harness.js'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const runs = Number(arg('runs') ?? 10_000)
const seed = arg('seed') === undefined ? Date.now() % 2 ** 31 : Number(arg('seed'))
const textRuns = Math.round(runs * 0.7)
const t0 = Date.now()
let failed = false
for (const [name, arb, check, n] of [['text', articleText, checkText, textRuns], ['html', htmlPage, checkHtml, runs - textRuns]] as const) {
  const t = Date.now()
  let done = 0
  const result = await fc.check(fc.asyncProperty(arb as fc.Arbitrary<string>, async (x: string) => {
    await check(x)
    if (++done % 500 === 0) process.stderr.write(`${name}: ${done}/${n}\n`)
  }), { numRuns: n, seed })
  const secs = ((Date.now() - t) / 1000).toFixed(1)
  if (result.failed) {
    failed = true
    console.log(`${name}: FAILED after ${result.numRuns} case(s) in ${secs} s (seed ${seed}, path ${result.counterexamplePath})`)
    console.log(String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance))
  } else {
    console.log(`${name}: ${n} cases passed in ${secs} s`)
  }
}
for (const [reason, n] of knownHits) console.log(`known failure (not counted), ${n} pipeline run(s): ${reason}`)
console.log(`fuzz: ${runs} cases, seed ${seed}, ${((Date.now() - t0) / 1000).toFixed(1)} s${failed ? ', FAILURES' : ''}`)
process.exitCode = failed ? 1 : 0
