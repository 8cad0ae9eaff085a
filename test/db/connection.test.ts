import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { sql } from 'kysely'
import { test } from 'tap'
import { migrationsDir } from '../../src/base/paths.js'
import { openDatabase } from '../../src/db/connection.js'
import { ADVISORY_LOCKS, lockKeys } from '../../src/db/dialect.js'
import { build, databaseEnv, openDatabaseOf, runScript, tempDir, TEST_DATABASE_URL } from '../helper.js'

/** The pragmas durability and privacy depend on, read back from a connection. */
function pragmas (sqlite: { pragma(source: string, options: { simple: true }): unknown }) {
  const read = (name: string) => sqlite.pragma(name, { simple: true })
  return {
    journal_mode: read('journal_mode'),
    synchronous: read('synchronous'),
    foreign_keys: read('foreign_keys'),
    secure_delete: read('secure_delete'),
    busy_timeout: read('busy_timeout'),
  }
}

test('openDatabase sets the pragmas durability and privacy depend on', async (t) => {
  const database = openDatabase({ path: join(tempDir(t), 'nested', 'pragmas.db') })
  t.teardown(() => database.close())
  t.same(pragmas(database.sqlite!), {
    journal_mode: 'wal', // readers never block the writer
    synchronous: 2, // FULL: a commit is on disk before the 2xx
    foreign_keys: 1, // deleting a message or review deletes what refers to it
    secure_delete: 1, // erased personal data is overwritten, not left in free pages
    busy_timeout: 5000, // a second process (CLI, backup) waits instead of failing at once
  })

  t.test('the app runs on such a connection', async (t) => {
    const app = await build(t, { env: { DATABASE_PATH: join(tempDir(t), 'app.db') } })
    t.same(pragmas(app.database.sqlite!), { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, secure_delete: 1, busy_timeout: 5000 })
  })

  t.test('foreign keys are enforced, not only declared', async (t) => {
    const app = await build(t, { env: { DATABASE_PATH: join(tempDir(t), 'fk.db') } })
    const { db } = app.database
    const sections = async () => Number((await db.selectFrom('sections').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    t.equal(await sections(), 9)
    await db.deleteFrom('articles').execute()
    t.equal(await sections(), 0, 'deleting the article deleted its sections (ON DELETE CASCADE runs)')
  })
})

test('SQLite transactions take the write lock first, so a write by another process meanwhile cannot fail them', async (t) => {
  const path = join(tempDir(t), 'immediate.db')
  const database = openDatabase({ path })
  t.teardown(() => database.close())
  database.sqlite!.exec('CREATE TABLE notes (name TEXT NOT NULL)')
  const { db } = database
  const names = async (trx = db) => (await sql<{ name: string }>`SELECT name FROM notes ORDER BY rowid`.execute(trx)).rows.map((row) => row.name)
  // Another process: its own connection to the file, answering "busy" at once instead of waiting.
  const other = new SQLite(path, { timeout: 0 })
  t.teardown(() => other.close())
  const otherWrite = () => other.prepare("INSERT INTO notes VALUES ('other')").run()

  // Read, then another process tries to write, then write: DEFERRED (Kysely's default) failed the write with
  // "database is locked" at once, since its snapshot was older than the other commit.
  let refused: unknown
  await db.transaction().execute(async (trx) => {
    await names(trx)
    try { otherWrite() } catch (error) { refused = error }
    await sql`INSERT INTO notes VALUES ('ours')`.execute(trx)
  })
  t.match(refused, { code: 'SQLITE_BUSY' }, 'the other process waits for the lock (here: is refused at once)')
  t.same(await names(), ['ours'], 'ours committed')

  // A read-only transaction takes no lock: the other process writes meanwhile, and the snapshot stays the same.
  const seen = await db.transaction().setAccessMode('read only').execute(async (trx) => {
    const before = await names(trx)
    otherWrite()
    return [before, await names(trx)]
  })
  t.same(seen, [['ours'], ['ours']], 'one snapshot throughout')
  t.same(await names(), ['ours', 'other'], 'and the other write committed')
})

test('closing ends the PostgreSQL pool even if only the migration runner used it', { skip: !TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' }, async (t) => {
  // Kysely takes the pool on its first query: closed before any, it used to leave the migration runner's idle
  // connection open, and `npm run migrate` waited for the 30-second idle timeout before exiting (killed here at 20 s).
  const env = await databaseEnv(t)
  const migrated = await runScript('cli', ['migrate'], env, 20_000)
  t.equal(migrated.signal, null, 'exits without waiting for the idle timeout')
  t.equal(migrated.code, 0, migrated.stderr)
})

test('PostgreSQL transactions send BEGIN with their first statement and stay atomic', { skip: !TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' }, async (t) => {
  const env = await databaseEnv(t)
  const database = openDatabaseOf(t, env)
  await database.migrate(migrationsDir)
  const { db } = database
  // Another connection of the same schema, outside the pool under test.
  const other = openDatabaseOf(t, env).db
  const secret = (name: string) => ({ name, value: 'v', created_at: '2026-01-01T00:00:00.000Z' })
  const stored = async (name: string) => (await other.selectFrom('instance_secrets').select('name').where('name', '=', name).execute()).length
  const heldElsewhere = async (key: string) => !(await sql<{ free: boolean }>`SELECT pg_try_advisory_xact_lock(${ADVISORY_LOCKS.keys}, hashtext(${key})) AS free`.execute(other)).rows[0]!.free
  const failure = new Error('undo')

  t.test('locks first: they go with BEGIN, and are held until COMMIT, not released after their statement', async (t) => {
    let releaseLock!: () => void
    const release = new Promise<void>((resolve) => { releaseLock = resolve })
    let locked!: () => void
    const lockedNow = new Promise<void>((resolve) => { locked = resolve })
    const transaction = db.transaction().execute(async (trx) => {
      await lockKeys(trx, ['test:b', 'test:a'])
      locked()
      await release
      await trx.insertInto('instance_secrets').values(secret('after-lock')).execute()
    })
    await lockedNow
    t.equal(await heldElsewhere('test:a'), true, 'the first key is held by the open transaction')
    t.equal(await heldElsewhere('test:b'), true, 'so is the second')
    releaseLock()
    await transaction
    t.equal(await heldElsewhere('test:a'), false, 'released at COMMIT')
    t.equal(await stored('after-lock'), 1)
  })

  t.test('keys of any text go as literals that name the same lock a parameter does (an Idempotency-Key scope has spaces and slashes)', async (t) => {
    const keys = ["idempotency:POST /v1/contact-messages:it's", 'back\\slash\\\'quote', 'café ☕ 𝄞', 'E\'x\'']
    let releaseLock!: () => void
    const release = new Promise<void>((resolve) => { releaseLock = resolve })
    let locked!: () => void
    const lockedNow = new Promise<void>((resolve) => { locked = resolve })
    const transaction = db.transaction().execute(async (trx) => {
      await lockKeys(trx, keys)
      locked()
      await release
    })
    await lockedNow
    for (const key of keys) t.equal(await heldElsewhere(key), true, `held: ${key}`)
    t.equal(await heldElsewhere('idempotency:POST /v1/contact-messages:it'), false, 'and no other')
    releaseLock()
    await transaction
    t.equal(await heldElsewhere(keys[0]!), false, 'released at COMMIT')
  })

  t.test('a failure after the merged BEGIN and locks undoes what followed them', async (t) => {
    await t.rejects(db.transaction().execute(async (trx) => {
      await lockKeys(trx, ['test:c'])
      await trx.insertInto('instance_secrets').values(secret('rolled-back-after-lock')).execute()
      throw failure
    }), failure)
    t.equal(await stored('rolled-back-after-lock'), 0)
    t.equal(await heldElsewhere('test:c'), false)
  })

  t.test('a first statement with parameters still runs inside the transaction', async (t) => {
    await t.rejects(db.transaction().execute(async (trx) => {
      await trx.insertInto('instance_secrets').values(secret('rolled-back-first')).execute()
      throw failure
    }), failure)
    t.equal(await stored('rolled-back-first'), 0)
  })

  t.test('a transaction that sends nothing commits nothing, and leaves its connection out of any transaction', async (t) => {
    t.equal(await db.transaction().execute(async () => 'done'), 'done')
    await t.rejects(db.transaction().execute(async () => { throw failure }), failure)
    // The pool hands out the connection released last (its idle ones are a stack): this statement commits on its own.
    await db.insertInto('instance_secrets').values(secret('autocommit')).execute()
    t.equal(await stored('autocommit'), 1)
  })
})

test('the content version is read once per event-loop turn, again after any commit in this process', async (t) => {
  const path = join(tempDir(t), 'version.db')
  const database = openDatabase({ path })
  t.teardown(() => database.close())
  await database.migrate(migrationsDir)
  const other = openDatabase({ path })
  t.teardown(() => other.close())
  const version = () => database.contentVersion.current()
  const BUMP = sql`UPDATE content_state SET version = version + 1 WHERE id = 1`
  const start = version()

  // Another process's commit, simulated by a raw statement (no Kysely: this process does not count it): seen next turn.
  other.sqlite!.prepare('UPDATE content_state SET version = version + 1 WHERE id = 1').run()
  t.equal(version(), start, 'within the turn, the shared read')
  await new Promise((resolve) => setImmediate(resolve))
  t.equal(version(), start + 1, 'the next turn reads again')

  // A commit through any connection of this process is seen at once.
  await BUMP.execute(other.db)
  t.equal(version(), start + 2, 'a commit in this process is seen at once')

  // Inside an open transaction: the committed version while it is known, NaN when it is not.
  const trx = await database.db.startTransaction().execute()
  await BUMP.execute(trx)
  t.equal(version(), start + 2, 'the version read before the transaction, not its uncommitted one')
  await new Promise((resolve) => setImmediate(resolve))
  t.ok(Number.isNaN(version()), 'no committed version known: NaN, equal to none')
  await trx.rollback().execute()
  t.equal(version(), start + 2, 'after the rollback, the committed version again')
})
