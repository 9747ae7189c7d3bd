/**
 * The web UI in a real browser: Debian's chromium driven by playwright-core (no browser download), against the
 * API and the built UI (dist/web) serving a temporary store made from the seed articles plus two written here:
 * one that sends "Army of Islam" to the review queue and one full of markup that must never run.
 * Screenshots of each view at 1280×800 and 400 px wide go to test-results/.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/api/app.js'
import { WEB_ROOT } from '../src/api/static.js'
import { ingest } from '../src/service/ingest.js'
import { SqliteStore } from '../src/store/index.js'
import { findChromium, serviceAvailable } from './support/services.js'

const executablePath = findChromium()
const haveChromium = serviceAvailable('test/web.test.ts', 'the browser (chromium)', Boolean(executablePath), 'apt-get install -y chromium')
const browserIt = it.skipIf(!haveChromium)

const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))
const shots = fileURLToPath(new URL('../test-results/', import.meta.url))
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const TOKEN = 'web-test-token-0123456789'
const XSS_TITLE = 'Markup in an article'

let app: FastifyInstance
let store: SqliteStore
let browser: Browser
let base = ''

beforeAll(async () => {
  if (!executablePath) return
  if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error(`the web UI is not built (${WEB_ROOT}): run npm run build`)
  const dir = mkdtempSync(join(tmpdir(), 'dossier-web-'))
  for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(dir, f))
  writeFileSync(join(dir, 'review.txt'), 'Statement\n\nThe Army of Islam issued a statement on Friday, its spokesman said.\n')
  writeFileSync(join(dir, 'markup.txt'), `${XSS_TITLE}\n\nHamas said <script>window.__pwned = 1; alert("script")</script> in Gaza on Monday. ` +
    'A witness said <img src=x onerror="window.__pwned = 2; alert(\'img\')"> was posted. ' +
    'The statement linked <a href="javascript:window.__pwned=3;alert(\'link\')">javascript:alert(\'link\')</a> to Islamic State.\n')
  store = new SqliteStore(join(dir, 'd.db'))
  await ingest(store, [dir], { published: '2016-03-14' }) // the seeds give no date: undated events stay off the timeline's axis
  app = await buildApp({ store, token: TOKEN })
  base = await app.listen({ host: '127.0.0.1', port: 0 })
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] })
  mkdirSync(shots, { recursive: true })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await app?.close()
  await store?.close()
})

async function newPage(width = 1280, height = 800): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } })
  page.on('pageerror', (e) => { throw e })
  return page
}

/** axe-core run in the page: no serious or critical violation. */
async function checkA11y(page: Page, view: string): Promise<void> {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))
  })
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), `axe on ${view}`).toEqual([])
}

/** Screenshot at 1280×800 and at 400 px wide, then the accessibility check. */
async function capture(page: Page, view: string, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor()
  await page.screenshot({ path: join(shots, `${view}-1280.png`) })
  await page.setViewportSize({ width: 400, height: 800 })
  await page.waitForTimeout(150)
  await page.screenshot({ path: join(shots, `${view}-400.png`) })
  await page.setViewportSize({ width: 1280, height: 800 })
  await checkA11y(page, view)
}

describe('web UI', () => {
  browserIt('search "Dugmash" opens the Mumtaz Dugmush dossier (first load timed); a claim opens its article with the sentence highlighted and in view', async () => {
    const page = await newPage()
    await page.goto(`${base}/#/search`)
    await page.getByRole('combobox').fill('Dugmash')
    const option = page.getByRole('option').filter({ hasText: /Mumtaz Du/ }).first()
    await option.waitFor()
    await capture(page, 'search', '[role=option]')
    await page.getByRole('combobox').press('Enter')
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/Mumtaz Dug?hmush/)
    const entityId = await page.locator('[data-entity]').getAttribute('data-entity')

    // first load of the dossier view, each time in a fresh browser context (empty cache): navigation start to the
    // dossier on screen; the median of three is reported (a timed assertion would be flaky on a shared machine)
    const times: number[] = []
    let fresh: Page | undefined
    for (let i = 0; i < 3; i++) {
      await fresh?.context().close()
      fresh = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
      await fresh.goto(`${base}/#/entity/${entityId}`)
      await fresh.locator('.dossier h1').waitFor()
      times.push(await fresh.evaluate(() => performance.now()))
    }
    times.sort((x, y) => x - y)
    console.log(`web: first load of the dossier view, median of 3 fresh loads ${times[1]!.toFixed(0)} ms (all: ${times.map((t) => t.toFixed(0)).join(', ')}; seeds store, localhost)`)
    await capture(fresh!, 'dossier', '.relation .chart canvas')
    await fresh!.context().close()

    const claim = page.locator('li.claim .fact-link').first()
    const sentence = (await claim.textContent())!
    await claim.click()
    const hl = page.locator('[data-highlighted=true]')
    await hl.waitFor()
    expect(await hl.textContent()).toBe(sentence)
    const inView = await hl.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight })
    expect(inView).toBe(true)
    expect(page.url()).toMatch(/#\/article\/article_[0-9a-f]+\?s=\d+-\d+/)
    await capture(page, 'article', '[data-highlighted=true]')
    await page.close()
  })

  browserIt('the graph shows Hamas and Islamic State as hostile; the map shows a point in Sinai; the timeline lists the events', async () => {
    const page = await newPage()
    await page.goto(`${base}/#/graph?center=Hamas`)
    const row = page.locator('table.edges tr[data-kind]').filter({ has: page.locator('a', { hasText: /^Islamic State$/ }) }).filter({ has: page.locator('a', { hasText: /^Hamas$/ }) })
    await row.first().waitFor()
    expect(await row.first().getAttribute('data-kind')).toBe('hostile')
    await capture(page, 'graph', '.sigma canvas')

    await page.goto(`${base}/#/map`)
    const sinai = page.locator('g.pt[data-place-name="Sinai Peninsula"]')
    await sinai.waitFor()
    const lat = Number(await sinai.getAttribute('data-lat')), lon = Number(await sinai.getAttribute('data-lon'))
    expect(lat).toBeGreaterThan(27.5); expect(lat).toBeLessThan(31.5); expect(lon).toBeGreaterThan(32); expect(lon).toBeLessThan(35)
    const inside = await sinai.evaluate((g) => {
      const p = g.getBoundingClientRect(), s = (g as SVGGElement).ownerSVGElement!.getBoundingClientRect()
      return p.width > 0 && p.left >= s.left && p.right <= s.right + 200 && p.top >= s.top && p.bottom <= s.bottom
    })
    expect(inside).toBe(true)
    expect(await page.locator('g.pt[data-place-name="Gaza Strip"]').count()).toBe(1)
    await capture(page, 'map', 'g.pt')

    await page.goto(`${base}/#/timeline?actor=Hamas`)
    await page.locator('.vis-item').first().waitFor()
    expect(await page.locator('.timeline-list > li').count()).toBeGreaterThan(3)
    await capture(page, 'timeline', '.vis-item')
    await page.close()
  })

  browserIt('a review verdict is taken back with Undo: the item is in the queue again and no verdict is stored', async () => {
    const page = await newPage()
    await page.goto(`${base}/#/review`)
    const item = page.locator('.review-item').first()
    await item.waitFor()
    const id = await item.getAttribute('data-review')
    const before = (await store.judgements('user')).length
    if (await page.getByLabel(/Write token/).count()) {
      await page.getByLabel(/Write token/).fill(TOKEN)
      await page.getByRole('button', { name: 'Use token' }).click()
    }
    await item.getByRole('button', { name: /Reject/ }).click()
    await expect.poll(() => page.locator('.status').textContent()).toMatch(/Recorded/)
    expect((await store.judgements('user')).length).toBe(before + 1)
    await page.getByRole('button', { name: /Undo/ }).click()
    await expect.poll(() => page.locator('.status').textContent()).toMatch(/Taken back.*open for review again/)
    await page.locator(`[data-review="${id}"]`).waitFor()
    expect((await store.judgements('user')).length).toBe(before)
    await page.close()
  })

  browserIt('a review decision made with the token persists after reload', async () => {
    const page = await newPage()
    await page.goto(`${base}/#/review`)
    const item = page.locator('.review-item').first()
    await item.waitFor()
    const id = await item.getAttribute('data-review')
    await capture(page, 'review', '.review-item')
    await page.getByLabel(/Write token/).fill(TOKEN)
    await page.getByRole('button', { name: 'Use token' }).click()
    await item.getByRole('button', { name: /Accept/ }).click()
    await expect.poll(() => page.locator('.status').textContent()).toMatch(/Recorded/)
    await page.reload()
    await page.locator('.review h1').waitFor()
    await expect.poll(() => page.locator('.state, .review-item').first().count()).toBe(1)
    expect(await page.locator(`[data-review="${id}"]`).count()).toBe(0)
    const judged = (await store.judgements('user')).map((j) => j.verdict)
    expect(judged).toEqual(['same'])
    await page.close()
  })

  browserIt('an article full of <script>, onerror and javascript: links executes nothing', async () => {
    const { items } = (await (await fetch(`${base}/api/articles?q=${encodeURIComponent('Markup')}`)).json()) as { items: Array<{ id: string; title?: string }> }
    const id = items.find((a) => a.title === XSS_TITLE)?.id
    expect(id).toBeDefined()
    const page = await newPage()
    const alarms: string[] = []
    page.on('dialog', (d) => { alarms.push(`dialog: ${d.message()}`); void d.dismiss() })
    page.on('console', (m) => { if (/pwned|script|img|link/i.test(m.text())) alarms.push(`console: ${m.text()}`) })
    await page.goto(`${base}/#/article/${id}`)
    await page.locator('.article-view .text').waitFor()
    const text = await page.locator('.article-view .text').textContent()
    expect(text).toContain('<script>window.__pwned = 1')
    expect(text).toContain('<img src=x onerror=')
    await page.locator('.article-view .text').getByText(/javascript:alert/).first().click()
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('.article-view script, .article-view img, a[href^="javascript:"]').count()).toBe(0)
    expect(alarms).toEqual([])
    await page.close()
  })
})
