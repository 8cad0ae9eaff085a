// Swagger UI's "Try it out" uploads an image from the browser: authorized with the admin key, the upload operation
// shows a file input for the multipart body, sends the chosen PNG and its alt text, and shows the 201 with the new item;
// the server has stored it. Run by test/http/docs.test.ts on its page (Swagger UI already drawn: drawing the large
// document again in a new page costs seconds of CPU), against its server.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import type { Test } from 'tap'
import { ADMIN, ADMIN_KEY, tempDir } from '../helper.js'

export async function uploadThroughTryItOut (t: Test, { app, origin, page }: { app: FastifyInstance, origin: string, page: Page }) {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } }).png().toBuffer()
  const file = join(tempDir(t), 'ward-chart.png')
  writeFileSync(file, png)

  const pageErrors: string[] = []
  const onPageError = (error: Error) => { pageErrors.push(error.message) }
  page.on('pageerror', onPageError)
  t.teardown(() => { page.off('pageerror', onPageError) })
  // Swagger UI's deep links keep the operation last opened in the fragment.
  t.equal(page.url().split('#')[0], `${origin}/docs`, 'the page is /docs (its 200 is checked where it was loaded)')

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
}
