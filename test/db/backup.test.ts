// src/db/backup.ts through `npm run cli -- backup / restore`, against a real server under write load. A backup and a
// restore run in real processes (exit codes, output); the refusals and the second restore in this one (runCliInProcess).
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { test } from 'tap'
import { runCliInProcess, runScript, startServer, tempDir } from '../helper.js'
import { waitFor } from '../fixtures/webhook-receiver.js'

test('npm run cli -- backup / restore: consistent under concurrent writes; restore refused while the server runs', async (t) => {
  const dir = tempDir(t)
  const database = join(dir, 'live.db')
  const server = await startServer(t, { DATABASE_PATH: database, PORT: '0', CONTACT_RATE_LIMIT_MAX: '100000' })
  const load = { writing: true }
  let acknowledged = 0
  const writer = (async () => {
    for (let i = 0; load.writing; i++) {
      const res = await fetch(`${server.origin}/v1/contact-messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `w${i}@example.org`, message: `Message ${i}` }),
      })
      if (res.status === 202) acknowledged++
    }
  })()
  // The backup starts once writes are under way (rather than after a fixed time), so it runs during them.
  await waitFor(() => acknowledged >= 10, { what: 'writes before the backup' })
  const backupPath = join(dir, 'backups', 'copy.db')
  const backup = await runScript('cli', ['backup', backupPath], { DATABASE_PATH: database })
  const atBackup = acknowledged
  load.writing = false
  await writer
  t.equal(backup.code, 0, backup.stderr)
  t.match(backup.stdout, /^Backed up to .*copy\.db \(\d+ pages, integrity ok\)\./)
  t.ok(atBackup > 0, `${atBackup} messages were acknowledged while backing up`)
  t.equal((await runCliInProcess(['backup', backupPath], { DATABASE_PATH: database })).code, 1, 'a backup never overwrites a file')

  const refused = await runCliInProcess(['restore', backupPath], { DATABASE_PATH: database })
  t.equal(refused.code, 1)
  t.match(refused.stderr, /is in use \(is the server running\?\)/)
  t.equal(await server.stop(), 0)

  const restoredPath = join(dir, 'restored.db')
  const restored = await runScript('cli', ['restore', backupPath], { DATABASE_PATH: restoredPath })
  t.equal(restored.code, 0, restored.stderr)
  const copy = new SQLite(restoredPath, { readonly: true })
  t.teardown(() => copy.close())
  t.same(copy.pragma('integrity_check'), [{ integrity_check: 'ok' }])
  const count = (copy.prepare('SELECT count(*) AS n FROM contact_messages').get() as { n: number }).n
  t.ok(count > 0 && count <= acknowledged, `the backup holds a consistent prefix of the writes (${count} of ${acknowledged})`)
  t.equal((copy.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 1)
  const overOld = await runCliInProcess(['restore', backupPath], { DATABASE_PATH: database })
  t.equal(overOld.code, 0, 'over a stopped server\'s database')
})
