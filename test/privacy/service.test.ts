import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { ADMIN, build, SLUG, tempDir } from '../helper.js'

test('erased personal data is gone from the database files, not only from query results', async (t) => {
  const path = join(tempDir(t), 'erase.db')
  const app = await build(t, { env: { DATABASE_PATH: path, REVIEW_MODERATION: 'post' } })
  const marker = 'Quixotic-Zebra-Marker'
  const email = 'zed.reviewer@example.org'
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { name: `Zed ${marker}`, email, message: `Message ${marker}` } })).statusCode, 202)
  t.equal((await app.inject({ method: 'POST', url: `/v1/articles/${SLUG}/reviews`, payload: { author_name: `Zed ${marker}`, email, rating: 4, body: `Review ${marker}` } })).statusCode, 201)

  const onDisk = () => ['', '-wal'].map((suffix) => `${path}${suffix}`).filter(existsSync).map((file) => readFileSync(file).toString('latin1')).join('')
  t.ok(onDisk().includes(marker), 'the data was written to disk (the test can see it)')

  const erased = await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/erase', headers: ADMIN, payload: { email } })
  t.equal(erased.statusCode, 200)
  t.match(erased.json().data.erased, { contact_messages: 1, reviews: 1 })
  const files = onDisk()
  t.notOk(files.includes(marker), 'no trace of the texts in the database file or its write-ahead log')
  t.notOk(files.includes(email), 'nor of the email')
})
