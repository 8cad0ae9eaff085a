import { test } from 'tap'
import { databaseEnv, build, captureLogs, receiveMessage } from '../helper.js'
import { purgeExpiredData } from '../../src/privacy/retention.js'
import { waitFor } from '../fixtures/webhook-receiver.js'

test('retention purge: old messages with their events and idempotency records, and expired keys', async (t) => {
  const app = await build(t)
  // The server's own start-up purge runs in the background (on PostgreSQL it can still be running here): stopped and
  // awaited, so that it cannot purge the expired key below before the purge this test makes.
  await app.retention.stop()
  const { webhooks, idempotency } = app.repositories
  const { contact } = app.services
  const { db } = app.database
  const now = Date.now()
  const day = 24 * 60 * 60 * 1000
  const old = await receiveMessage(app, { email: 'old@example.org', message: 'Old' }, new Date(now - 400 * day), 'k1')
  await receiveMessage(app, { email: 'new@example.org', message: 'Recent' }, new Date(now - 2 * day), 'k2')
  const before = await db.selectFrom('contact_messages').select('id').execute()
  const result = await purgeExpiredData({ contact, webhooks, idempotency }, 365, new Date(now))
  t.match(result, { contact_messages: 1, webhook_events: 1, idempotency_records: 2 }, 'the old message, its event, its key, and the expired key of the recent one')
  const after = await db.selectFrom('contact_messages').select('id').execute()
  t.same(after.map((row) => row.id).sort(), before.map((row) => row.id).filter((id) => id !== old.receipt.id).sort())
  t.equal((await db.selectFrom('webhook_events').select('id').where('subject_id', '=', old.receipt.id).execute()).length, 0)
})

test('the server purges on start-up what is older than CONTACT_RETENTION_DAYS', async (t) => {
  const database = await databaseEnv(t, 'content.db')
  const first = await build(t, { env: database })
  await receiveMessage(first, { email: 'old@example.org', message: 'Old' }, new Date(Date.now() - 40 * 24 * 60 * 60 * 1000))
  await first.close()

  const logs = captureLogs()
  const second = await build(t, { env: { ...database, CONTACT_RETENTION_DAYS: '30', LOG_LEVEL: 'info' }, logStream: logs.stream })
  await waitFor(async () => (await second.database.db.selectFrom('contact_messages').select('id').execute()).length === 0, { what: 'the purge' })
  await waitFor(() => logs.text().includes('retention purge'), { what: 'the purge log' })
  t.pass('purged')
})
