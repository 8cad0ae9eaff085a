// Swagger UI in a real browser (Debian's Chromium through playwright-core): the service's own page, with its title and
// logo, showing the one document at /openapi.json; it lists every operation, names union members, and "Try it out"
// works against this server, sending only what the developer typed. The page as served is checked without a browser too.
import { existsSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import { test } from 'tap'
import { docsLogoFile } from '../../src/base/paths.js'
import { DOCS_FAVICON_URL, DOCUMENT_URL, unionsByMemberName } from '../../src/http/docs.js'
import { build, SLUG } from '../helper.js'
import { uploadThroughTryItOut } from './docs-upload.js'

const CHROMIUM = '/usr/bin/chromium'
const TITLE = 'From Training to Employment: The Power of Healthcare Internships'
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
/**
 * Safety nets for a browser on a loaded machine (Chromium starting, Swagger UI drawing a large document), not verdicts:
 * each step waits for what it expects to appear, however long that takes within these.
 */
const STEP_TIMEOUT = 60_000
const LOGO = readFileSync(docsLogoFile)
/** The logo as Swagger UI shows it: @fastify/swagger-ui puts it into swagger-initializer.js as a data: URL. */
const LOGO_DATA_URL = `data:image/svg+xml;base64,${LOGO.toString('base64')}`

interface OpenApiDocument {
  info: { title: string }
  paths: Record<string, Record<string, unknown>>
  webhooks?: Record<string, Record<string, unknown>>
}

// In CI (.ci/run sets CI=true) the browser test must run: a missing Chromium is a failure there, not a skip.
const MUST_RUN = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase())
const missing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (apt-get install chromium)`
const skip = missing && !MUST_RUN ? `${missing}; the Swagger UI browser test needs it (it must run where CI is set)` : false

test('Swagger UI at /docs', { skip, timeout: 240_000 }, async (t) => {
  if (missing) {
    t.fail(`CI=${process.env.CI}: the Swagger UI browser test must run in CI, but ${missing}`)
    return
  }
  const app = await build(t)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

  const document = (await app.inject({ url: DOCUMENT_URL })).json<OpenApiDocument>()
  // Swagger UI lists the operations of `paths` and, for OpenAPI 3.1, the event payloads of `webhooks` (by event name).
  const expected = [...Object.entries(document.paths), ...Object.entries(document.webhooks ?? {})]
    .flatMap(([path, item]) => METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`))
    .sort()

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      // Chromium still looks up accounts.google.com at start-up; resolve no names at all (the test server is an IP literal).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    timeout: STEP_TIMEOUT,
  })
  t.teardown(() => browser.close())
  const context = await browser.newContext()
  context.setDefaultTimeout(STEP_TIMEOUT)

  // Everything the page asks for must come from the test server; anything else is recorded and never leaves.
  const requests: string[] = []
  const foreign: string[] = []
  context.on('request', (request) => { requests.push(request.url()) })
  await context.route((url) => url.origin !== origin, async (route) => {
    foreign.push(route.request().url())
    await route.abort('blockedbyclient')
  })

  const consoleErrors: string[] = []
  const pageErrors: string[] = []
  const page = await context.newPage()
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()) })
  page.on('pageerror', (error) => { pageErrors.push(error.message) })
  // Init scripts run through the DevTools protocol, so the page's CSP does not stop this listener.
  // (Browser-side code is passed as strings: the project compiles without the DOM lib.)
  await page.addInitScript(`
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI)
    })
  `)

  const response = await page.goto(`${origin}/docs`)
  t.equal(response?.status(), 200, '/docs answers 200')

  t.test('lists every operation of the document', async (t) => {
    const summaries = page.locator('.opblock .opblock-summary')
    await summaries.first().waitFor()
    await page.waitForFunction(`document.querySelectorAll('.opblock').length >= ${expected.length}`, undefined, { timeout: STEP_TIMEOUT })
    const listed = await page.evaluate<string[]>(`[...document.querySelectorAll('.opblock')].map((block) => {
      const method = block.querySelector('.opblock-summary-method')?.textContent?.trim() ?? '?'
      const path = block.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? '?'
      return method.toUpperCase() + ' ' + path
    })`)
    t.equal(listed.length, expected.length, `${expected.length} operations shown`)
    t.same(listed.sort(), expected, 'the same methods and paths as the document')
  })

  t.test('GET /v1/articles/{slug}: Try it out with the seed slug returns the whole article', async (t) => {
    const operation = page.locator('.opblock-get').filter({ has: page.locator('.opblock-summary-path[data-path="/v1/articles/{slug}"]') })
    t.equal(await operation.count(), 1, 'the operation is on the page')
    await operation.locator('.opblock-summary').first().click()
    await operation.getByRole('button', { name: 'Try it out' }).click()
    // Optional parameters start empty: no example filled in for the developer to send without asking.
    for (const name of ['fields', 'if-none-match', 'if-modified-since']) {
      t.equal(await operation.locator(`tr[data-param-name="${name}"] input`).inputValue(), '', `${name} starts empty`)
    }
    t.equal(await operation.locator('tr[data-param-name="include"] select').inputValue(), '', 'include starts unselected')
    await operation.locator('tr[data-param-name="slug"] input').fill(SLUG)
    const [sent] = await Promise.all([
      page.waitForRequest((request) => request.url().split('?')[0] === `${origin}/v1/articles/${SLUG}`),
      operation.getByRole('button', { name: 'Execute' }).click(),
    ])
    t.equal(sent.url(), `${origin}/v1/articles/${SLUG}`, 'the request went to the server that served the docs (relative server URL), with no query (fields, include)')
    const headers = await sent.allHeaders()
    t.same(['if-none-match', 'if-modified-since'].filter((name) => name in headers), [], 'and no conditional header (it would get a 304)')

    const status = operation.locator('.live-responses-table tbody tr.response .response-col_status').first()
    await status.waitFor()
    t.equal((await status.textContent())?.trim(), '200', 'response status 200 shown')
    const body = operation.locator('.live-responses-table tbody tr.response .response-col_description .highlight-code pre').first()
    await body.waitFor()
    const shown = await body.textContent()
    t.match(shown, TITLE, 'the article title is in the response body shown')
    t.match(shown, '"sections"', 'the whole article, not a selection of fields')
  })

  t.test('the page is the service\'s own and shows the one document, at /openapi.json', async (t) => {
    t.equal(await page.title(), document.info.title, 'the window title is the API\'s title')
    t.equal(document.info.title, 'Content API')
    // The top bar shows the service's logo in place of Swagger UI's, and the tab its icon.
    const logo = page.locator('.topbar .topbar-wrapper a.link img')
    await logo.waitFor()
    t.equal(await logo.getAttribute('src'), LOGO_DATA_URL, 'the top bar\'s logo is src/http/docs-logo.svg, not Swagger\'s')
    const drawn = page.waitForFunction("(() => { const image = document.querySelector('.topbar .topbar-wrapper a.link img'); return image.complete && image.naturalWidth > 0 })()",
      undefined, { timeout: STEP_TIMEOUT })
    t.ok(await drawn.then(() => true, () => false), 'and it is drawn (a valid image)')
    const icons = await page.evaluate<string[]>("[...document.querySelectorAll('link[rel~=icon]')].map((link) => link.href)")
    t.same(icons, [`${origin}${DOCS_FAVICON_URL}`], 'one icon: the service\'s')
    const icon = await page.evaluate<{ status: number, type: string | null, text: string }>(
      `fetch(${JSON.stringify(icons[0])}).then(async (response) => ({ status: response.status, type: response.headers.get('content-type'), text: await response.text() }))`)
    t.same(icon, { status: 200, type: 'image/svg+xml', text: LOGO.toString('utf8') }, 'the icon loads from this server: the logo')
    // The top bar offers the document list (one entry) instead of a free URL box.
    const definitions = await page.evaluate<Array<{ value: string, text: string }>>(
      "[...document.querySelectorAll('.topbar select#select option')].map((option) => ({ value: option.value, text: option.textContent }))")
    t.same(definitions, [{ value: '/openapi.json', text: '/openapi.json' }], 'the top bar\'s definition is /openapi.json')
    t.equal(await page.locator('.topbar .download-url-input').count(), 0, 'no box holding another URL')
    const link = page.locator('.information-container .info a.link').filter({ has: page.locator('.url') })
    t.equal((await link.textContent())?.trim(), '/openapi.json', 'the link under the title shows /openapi.json')
    t.equal(await link.getAttribute('href'), '/openapi.json', 'and opens it')
  })

  t.test('the Block union is shown by its variants\' names', async (t) => {
    const models = page.locator('section.models article[data-json-schema-level="0"]')
    /**
     * The schema named `name`. Swagger UI renders only the schemas near the viewport (a window that moves as the page
     * scrolls), so scroll down a step at a time until it is there, or the last schema stops changing (the end).
     */
    const model = async (name: string) => {
      const titleOf = (locator: typeof models) => locator.locator(':scope > .json-schema-2020-12-head .json-schema-2020-12__title')
      const found = models.filter({ has: page.locator(':scope > .json-schema-2020-12-head .json-schema-2020-12__title', { hasText: new RegExp(`^${name}$`) }) })
      for (let step = 0, last = '', same = 0; step < 1000 && same < 100 && await found.count() === 0; step++) {
        const title = await titleOf(models.last()).first().textContent()
        same = title === last ? same + 1 : 0
        last = title ?? ''
        await models.last().scrollIntoViewIfNeeded()
        await page.mouse.wheel(0, 300)
        await page.waitForTimeout(100)
      }
      return found
    }
    const block = await model('Block')
    t.equal(await block.count(), 1, 'Block is among the schemas')
    const type = block.locator(':scope > .json-schema-2020-12-head .json-schema-2020-12__attribute--primary').first()
    const BLOCKS = ['ParagraphBlock', 'HeadingBlock', 'ListBlock', 'BlockquoteBlock', 'CodeBlock', 'ImageBlock', 'TableBlock', 'ThematicBreakBlock', 'FootnoteDefinitionBlock', 'HtmlBlock']
    t.equal((await type.textContent())?.trim(), `(${BLOCKS.join(' | ')})`, 'collapsed, its type names the variants (was "(any | any)")')
    await block.locator('.json-schema-2020-12-expand-deep-button').first().click()
    const variants = block.locator('.json-schema-2020-12-keyword--oneOf li .json-schema-2020-12__title')
    await variants.first().waitFor()
    t.same((await variants.allTextContents()).map((text) => text.trim()).slice(0, BLOCKS.length), BLOCKS.map((name, index) => `#${index} ${name}`), 'expanded, "One of" lists them by name')

    // Collapsed again (the same button toggles), so that scrolling on reaches the schemas after it.
    await block.locator('.json-schema-2020-12-expand-deep-button').first().click()
    const article = await model('Article')
    await article.locator('.json-schema-2020-12-expand-deep-button').first().click()
    const intro = article.locator('.json-schema-2020-12-property').filter({ has: page.locator('.json-schema-2020-12__title', { hasText: /^intro$/ }) }).first()
    await intro.waitFor()
    t.match(await intro.locator('.json-schema-2020-12__attribute--primary').first().textContent(), `array<(${BLOCKS.join(' | ')})>`, 'an array of blocks is named so too')
    t.notMatch(await page.locator('section.models').innerText(), /\((any|object) \| (any|object)\)/, 'no union is labelled by member types anywhere in the schemas')
  })

  t.test('"Try it out" uploads an image from the browser', (t) => uploadThroughTryItOut(t, { app, origin, page }))

  t.test('nothing left the test server and nothing broke', async (t) => {
    const violations = await page.evaluate<string[]>('window.cspViolations')
    t.same(violations, [], 'no CSP violations')
    t.same(pageErrors, [], 'no uncaught page errors')
    t.same(consoleErrors, [], 'no console errors')
    t.same(foreign, [], 'no request to another origin')
    t.ok(requests.some((url) => url === `${origin}/openapi.json`), 'the UI loaded /openapi.json')
    t.same(requests.filter((url) => /\/docs\/(json|yaml)/.test(url)), [], 'and no second copy of it (/docs/json, /docs/yaml)')
    t.ok(requests.some((url) => url.split('?')[0] === `${origin}/v1/articles/${SLUG}`), 'the UI called the API')
    t.same(requests.filter((url) => !url.startsWith(`${origin}/`)), [], 'every request went to the test server')
  })
})

test('/docs as served: the service\'s title and logo, not Swagger UI\'s, from this server', async (t) => {
  const app = await build(t)
  const title = (await app.inject({ url: DOCUMENT_URL })).json<OpenApiDocument>().info.title
  const page = await app.inject({ url: '/docs' })
  t.equal(page.statusCode, 200)
  t.match(page.headers['content-type'], /^text\/html/)
  t.match(page.body, `<title>${title}</title>`, 'the title is the API\'s')
  const icons = [...page.body.matchAll(/<link\s[^>]*rel="icon"[^>]*>/g)].map(([link]) => link)
  t.equal(icons.length, 1, 'one icon')
  t.match(icons[0], 'type="image/svg+xml"')
  t.match(icons[0], `href="${DOCS_FAVICON_URL}"`, 'the service\'s logo, from this server')
  t.notMatch(page.body, /favicon-(16|32)x(16|32)\.png/, 'not Swagger UI\'s icons')

  const icon = await app.inject({ url: DOCS_FAVICON_URL })
  t.equal(icon.statusCode, 200, `${DOCS_FAVICON_URL} is served`)
  t.equal(icon.headers['content-type'], 'image/svg+xml')
  t.same(icon.rawPayload, LOGO, 'it is src/http/docs-logo.svg')

  const initializer = await app.inject({ url: '/docs/static/swagger-initializer.js' })
  t.equal(initializer.statusCode, 200)
  t.ok(initializer.body.includes(`'${LOGO_DATA_URL}'`), 'Swagger UI\'s top bar is given the logo, inline: nothing is fetched from elsewhere')

  const svg = LOGO.toString('utf8')
  t.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/, 'the logo is an SVG')
  t.match(svg, `<title>${title}</title>`, 'named for the service (for screen readers)')
  t.same(svg.match(/https?:\/\/[^"]*/g), ['http://www.w3.org/2000/svg'], 'it refers to nothing outside itself')
})

test('unionsByMemberName: the Swagger UI plugin that names union members', async (t) => {
  // A stand-in for React.createElement: enough to see what the wrapped component renders.
  const system = { React: { createElement: (type: unknown, props: unknown, ...children: unknown[]) => ({ type, props, children }) } }
  const Original = 'Original'
  const render = unionsByMemberName().wrapComponents.JSONSchema202012KeywordType(Original, system)
  const text = (schema: unknown, isCircular = false) => {
    const element = render({ schema, isCircular }) as { type: unknown, children: unknown[] }
    return element.type === Original ? 'Original' : element.children.join('')
  }
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
  t.equal(text({ oneOf: [ref('ParagraphBlock'), ref('ListBlock')] }), '(ParagraphBlock | ListBlock)', 'unresolved $refs: the component names')
  t.equal(text({ oneOf: [{ title: 'Paragraph', $$ref: '#/components/schemas/ParagraphBlock', type: 'object' }, { $$ref: '#/components/schemas/ListBlock', type: 'object' }] }),
    '(Paragraph | ListBlock)', 'resolved members: the title, else the component they came from')
  t.equal(text({ anyOf: [ref('A'), ref('B')] }), '(A | B)', 'anyOf too')
  t.equal(text({ type: 'array', items: { oneOf: [ref('A'), ref('B')] } }), 'array<(A | B)>', 'an array of a union')
  t.equal(text({ oneOf: [ref('A'), ref('B')] }, true), '(A | B) [circular]', 'a circular mark is kept')
  t.equal(text({ anyOf: [{ type: 'string' }, { type: 'null' }] }), 'Original', 'members without names: Swagger UI\'s own label')
  t.equal(text({ type: 'object' }), 'Original', 'not a union: Swagger UI\'s own label')
  t.equal(text({ type: 'array', items: { type: 'string' } }), 'Original')
  t.equal(text(undefined), 'Original')
})
