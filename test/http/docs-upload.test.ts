// Swagger UI's "Try it out" uploads an image from the browser (Debian's Chromium through playwright-core): authorized
// with the admin key, the upload operation shows a file input for the multipart body, sends the chosen PNG and its alt
// text, and shows the 201 with the new item; the server has stored it.
import { existsSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import sharp from 'sharp'
import { test } from 'tap'
import { ADMIN, ADMIN_KEY, build, tempDir } from '../helper.js'

const CHROMIUM = '/usr/bin/chromium'
/** A safety net for a browser on a loaded machine, not a verdict: each step waits for what it expects. */
const STEP_TIMEOUT = 60_000

// In CI (.ci/run sets CI=true) the browser test must run: a missing Chromium is a failure there, not a skip.
const MUST_RUN = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase())
const missing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (apt-get install chromium)`
const skip = missing && !MUST_RUN ? `${missing}; the Swagger UI upload test needs it (it must run where CI is set)` : false

test('Swagger UI: Try it out on "Upload an image" uploads a file from the browser', { skip, timeout: 240_000 }, async (t) => {
  if (missing) {
    t.fail(`CI=${process.env.CI}: the Swagger UI upload test must run in CI, but ${missing}`)
    return
  }
  const app = await build(t)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } }).png().toBuffer()
  const file = join(tempDir(t), 'ward-chart.png')
  writeFileSync(file, png)

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    timeout: STEP_TIMEOUT,
  })
  t.teardown(() => browser.close())
  const context = await browser.newContext()
  context.setDefaultTimeout(STEP_TIMEOUT)
  await context.route((url) => url.origin !== origin, (route) => route.abort('blockedbyclient'))
  const pageErrors: string[] = []
  const page = await context.newPage()
  page.on('pageerror', (error) => { pageErrors.push(error.message) })
  t.equal((await page.goto(`${origin}/docs`))?.status(), 200, '/docs answers 200')

  // Authorize with the admin key (the bearerAuth scheme).
  await page.locator('.auth-wrapper .btn.authorize').click()
  const dialog = page.locator('.dialog-ux .modal-ux')
  await dialog.locator('input[type="text"], input[type="password"]').first().fill(ADMIN_KEY)
  await dialog.locator('button.modal-btn.auth.authorize').click()
  await dialog.locator('button.btn-done').click()

  const operation = page.locator('#operations-Media-uploadMedia')
  await operation.locator('.opblock-summary').first().click()
  t.match(await operation.locator('.opblock-summary-description').textContent(), 'Upload an image', 'the operation is "Upload an image"')
  await operation.getByRole('button', { name: 'Try it out' }).click()
  const fileInput = operation.locator('.opblock-body input[type="file"]')
  await fileInput.waitFor()
  t.equal(await fileInput.count(), 1, 'the multipart body has a file input for `file`')
  await fileInput.setInputFiles(file)
  // The form's text fields: alt (and title), by the property name Swagger UI shows beside each.
  const field = (name: string) => operation.locator('.opblock-body tr').filter({ has: page.locator('.parameter__name', { hasText: new RegExp(`^${name}\\b`) }) }).locator('input[type="text"], textarea').first()
  await field('alt').fill('A chart on a ward round')

  const [sent] = await Promise.all([
    page.waitForRequest((request) => request.url() === `${origin}/v1/admin/media` && request.method() === 'POST'),
    operation.getByRole('button', { name: 'Execute' }).click(),
  ])
  const headers = await sent.allHeaders()
  t.equal(headers.authorization, `Bearer ${ADMIN_KEY}`, 'sent with the admin key')
  t.match(headers['content-type'], /^multipart\/form-data; boundary=/, 'as multipart/form-data')

  const status = operation.locator('.live-responses-table tbody tr.response .response-col_status').first()
  await status.waitFor()
  t.equal((await status.textContent())?.trim(), '201', 'response status 201 shown')
  const body = operation.locator('.live-responses-table tbody tr.response .response-col_description .highlight-code pre').first()
  await body.waitFor()
  const shown = JSON.parse((await body.textContent()) ?? '') as { data: { id: string, name: string, content_type: string, width: number, height: number, alt: string, bytes: number } }
  t.match(shown.data, { name: 'ward-chart.png', content_type: 'image/png', width: 64, height: 48, alt: 'A chart on a ward round' }, 'the item JSON is shown')

  // The server really stored it: listed, and its bytes served.
  const list = await app.inject({ url: '/v1/admin/media', headers: ADMIN })
  t.same(list.json().data.map((item: { id: string }) => item.id), [shown.data.id], 'GET /v1/admin/media lists it')
  const served = await app.inject({ url: `/media/${shown.data.id}/${shown.data.name}` })
  t.equal(served.statusCode, 200, 'and served')
  t.equal(served.rawPayload.length, shown.data.bytes, 'its bytes are served')
  t.same((await sharp(served.rawPayload).metadata()).width, 64, 'the PNG sent')
  t.same(pageErrors, [], 'no uncaught page errors')
})
