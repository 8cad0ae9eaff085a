import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import pg from 'pg'
import { test } from 'tap'
import { openDatabase } from '../../src/db/connection.js'
import type { Executor } from '../../src/db/schema.js'
import { preparedOf, type SqlValue } from '../../src/db/prepared.js'
import { createWriteQueue } from '../../src/db/write-queue.js'
import { ENGINE, build, tempDir } from '../helper.js'

const PROBLEM = 'application/problem+json; charset=utf-8'

/** A file database with one table, and a count of the transactions the queue opens. */
function setup (t: { teardown(fn: () => unknown): void }) {
  const path = join(tempDir(t), 'queue.db')
  const database = openDatabase({ path })
  t.teardown(() => database.close())
  database.sqlite!.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)')
  let transactions = 0
  let savepoints = 0
  const statements = database.statements!
  // The queue's transactions and savepoints, counted as they begin.
  const counted = {
    db: database.db,
    statements: {
      ...statements,
      run: (text: string, ...params: SqlValue[]) => {
        if (text.startsWith('BEGIN')) transactions++
        if (text.startsWith('SAVEPOINT')) savepoints++
        return statements.run(text, ...params)
      },
    },
  }
  const insert = (text: string) => async (trx: Executor) => {
    await trx.insertInto('notes' as never).values({ text }).execute()
    return text
  }
  return { path, database, db: counted, insert, transactions: () => transactions, savepoints: () => savepoints }
}

test('writes queued in the same turn share one transaction; each answers after COMMIT', async (t) => {
  const { path, db, insert, transactions } = setup(t)
  const queue = createWriteQueue(db)
  const other = new SQLite(path, { readonly: true })
  t.teardown(() => other.close())
  const visible = (text: string) => other.prepare('SELECT count(*) AS n FROM notes WHERE text = ?').get(text) as { n: number }
  const results = await Promise.all(Array.from({ length: 20 }, (_, index) => queue.run(insert(`note ${index}`)).then((value) => {
    t.equal(visible(value).n, 1, `${value} is committed (another connection sees it) when its write resolves`)
    return value
  })))
  t.equal(results.length, 20)
  t.equal(transactions(), 1, 'one transaction (one fsync) for the 20 writes')
  t.equal(queue.pending, 0)
})

test('a write refused before it changes anything is answered alone; the batch needs no savepoint', async (t) => {
  const { database, db, insert, transactions, savepoints } = setup(t)
  const queue = createWriteQueue(db)
  let runs = 0
  const outcomes = await Promise.allSettled([
    queue.run(insert('first')),
    queue.run(async () => { runs++; throw new Error('refused by its checks') }),
    queue.run(insert('first')), // violates UNIQUE: SQLite undoes the statement itself
    queue.run(insert('last')),
  ])
  t.same(outcomes.map((outcome) => outcome.status), ['fulfilled', 'rejected', 'rejected', 'fulfilled'])
  t.match((outcomes[1] as PromiseRejectedResult).reason, { message: 'refused by its checks' })
  t.match((outcomes[2] as PromiseRejectedResult).reason, { code: 'SQLITE_CONSTRAINT_UNIQUE' })
  t.same(database.sqlite!.prepare('SELECT text FROM notes ORDER BY id').all(), [{ text: 'first' }, { text: 'last' }])
  t.equal(transactions(), 1, 'one transaction')
  t.equal(savepoints(), 0, 'no savepoint')
  t.equal(runs, 1, 'the refused write ran once')
})

test('a write failing half-way is undone alone: the batch runs again without it, each write in a savepoint', async (t) => {
  const { database, db, insert, transactions, savepoints } = setup(t)
  const queue = createWriteQueue(db)
  const runs = new Map<string, number>()
  const counting = (text: string) => async (trx: Executor) => {
    runs.set(text, (runs.get(text) ?? 0) + 1)
    return insert(text)(trx)
  }
  const outcomes = await Promise.allSettled([
    queue.run(counting('before')),
    queue.run(async (trx) => { await counting('half-done')(trx); throw new Error('refused') }),
    queue.run(counting('after')),
    queue.run(counting('before')), // violates UNIQUE: fails alone in the second run too
  ])
  t.same(outcomes.map((outcome) => outcome.status), ['fulfilled', 'rejected', 'fulfilled', 'rejected'])
  t.match((outcomes[1] as PromiseRejectedResult).reason, { message: 'refused' })
  t.match((outcomes[3] as PromiseRejectedResult).reason, { code: 'SQLITE_CONSTRAINT_UNIQUE' })
  t.same(database.sqlite!.prepare('SELECT text FROM notes ORDER BY id').all(), [{ text: 'before' }, { text: 'after' }], 'nothing of the failed writes stayed')
  t.equal(transactions(), 2, 'the first transaction was rolled back, the second committed')
  t.equal(savepoints(), 3, 'in the second, each of the three other writes had its savepoint')
  t.same(Object.fromEntries(runs), { before: 3, 'half-done': 1, after: 1 }, 'the failed write ran once, the one before it twice (once per transaction), the two after it once each')
})

test('a failing write is undone alone (savepoint); the others commit', async (t) => {
  const { database, db, insert } = setup(t)
  const queue = createWriteQueue(db)
  const outcomes = await Promise.allSettled([
    queue.run(insert('first')),
    queue.run(async (trx) => { await insert('half-done')(trx); throw new Error('refused') }),
    queue.run(insert('first')), // violates UNIQUE: fails at the database
    queue.run(insert('last')),
  ])
  t.same(outcomes.map((outcome) => outcome.status), ['fulfilled', 'rejected', 'rejected', 'fulfilled'])
  t.match((outcomes[1] as PromiseRejectedResult).reason, { message: 'refused' })
  t.same(database.sqlite!.prepare('SELECT text FROM notes ORDER BY id').all(), [{ text: 'first' }, { text: 'last' }], 'nothing of the failed writes stayed')
})

test('batches are capped, and a full queue refuses at once with the overload error', async (t) => {
  const { db, insert, transactions } = setup(t)
  const queue = createWriteQueue(db, { maxBatch: 2, maxQueued: 5, overloaded: () => new Error('overloaded') })
  const writes = Array.from({ length: 7 }, (_, index) => queue.run(insert(`n${index}`)))
  const outcomes = await Promise.allSettled(writes)
  t.same(outcomes.map((outcome) => outcome.status), ['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected'])
  t.match((outcomes[6] as PromiseRejectedResult).reason, { message: 'overloaded' })
  t.equal(transactions(), 3, '5 writes in batches of at most 2')
  await queue.drain()
})

test('drain waits for the batch being committed, not only for the writes still queued', async (t) => {
  const { database, db, insert } = setup(t)
  const queue = createWriteQueue(db)
  let started!: () => void
  const inTransaction = new Promise<void>((resolve) => { started = resolve })
  let release!: () => void
  const held = new Promise<void>((resolve) => { release = resolve })
  const order: string[] = []
  const write = queue.run(async (trx) => {
    started()
    await held
    return insert('held')(trx)
  }).then((value) => { order.push(`write ${value} settled`) })
  await inTransaction
  t.equal(queue.pending, 1, 'the write is in the batch being committed; nothing is queued')
  const drained = queue.drain().then(() => { order.push('drained') })
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve))
  t.same(order, [], 'drain has not returned while the batch is open')
  release()
  await Promise.all([write, drained])
  t.same(order, ['write held settled', 'drained'], 'drain returns once the batch committed and its write was answered')
  t.same(database.sqlite!.prepare('SELECT text FROM notes').all(), [{ text: 'held' }])
})

test('inside a batch the hot statements run prepared on the batch connection; outside it, not', async (t) => {
  const { database, db } = setup(t)
  const queue = createWriteQueue(db)
  t.equal(preparedOf(database.db), undefined, 'the query builder outside a batch')
  const seen = await queue.run(async (trx) => {
    const prepared = preparedOf(trx)
    t.ok(prepared, 'the batch connection has prepared statements')
    prepared!.run('INSERT INTO notes (text) VALUES (?)', 'prepared')
    return prepared!.get<{ n: number }>('SELECT count(*) AS n FROM notes')!.n
  })
  t.equal(seen, 1, 'the write sees its own row before COMMIT')
  t.same(database.sqlite!.prepare('SELECT text FROM notes').all(), [{ text: 'prepared' }], 'committed')
  // A write failing after a prepared insert is undone alone.
  const outcomes = await Promise.allSettled([
    queue.run(async (trx) => { preparedOf(trx)!.run('INSERT INTO notes (text) VALUES (?)', 'undone'); throw new Error('refused') }),
    queue.run(async (trx) => preparedOf(trx)!.run('INSERT INTO notes (text) VALUES (?)', 'kept').changes),
  ])
  t.same(outcomes.map((outcome) => outcome.status), ['rejected', 'fulfilled'])
  t.same(database.sqlite!.prepare('SELECT text FROM notes ORDER BY id').all(), [{ text: 'prepared' }, { text: 'kept' }])
})

test('PostgreSQL: writes run concurrently, one transaction each, on the pool', { skip: ENGINE !== 'postgres' && 'PostgreSQL only' }, async (t) => {
  const app = await build(t)
  const { db } = app.database
  await sql`CREATE TABLE notes (id serial PRIMARY KEY, text text NOT NULL UNIQUE)`.execute(db)
  const queue = createWriteQueue(app.database)
  t.equal(preparedOf(db), undefined)
  const insert = (text: string) => sql`INSERT INTO notes (text) VALUES (${text})`
  let release!: () => void
  const held = new Promise<void>((resolve) => { release = resolve })
  const slow = queue.run(async (trx) => {
    t.equal(preparedOf(trx), undefined, 'no prepared statements on PostgreSQL')
    await insert('slow').execute(trx)
    await held
    return 'slow'
  })
  // The second write commits while the first one's transaction is still open: it does not wait behind it.
  t.equal(await queue.run(async (trx) => { await insert('fast').execute(trx); return 'fast' }), 'fast')
  t.equal(queue.pending, 1, 'the held write is still running')
  const visible = await sql<{ text: string }>`SELECT text FROM notes ORDER BY text`.execute(db)
  t.same(visible.rows, [{ text: 'fast' }], 'the fast write is committed, the held one not yet')
  release()
  t.equal(await slow, 'slow')
  await queue.drain()
  t.equal(queue.pending, 0)
  // A failing write rolls back alone.
  const failed = await queue.run(async (trx) => { await insert('undone').execute(trx); throw new Error('refused') }).catch((error: Error) => error.message)
  t.equal(failed, 'refused')
  const rows = await sql<{ text: string }>`SELECT text FROM notes ORDER BY text`.execute(db)
  t.same(rows.rows, [{ text: 'fast' }, { text: 'slow' }])
})

/**
 * Sends `requests` while another PostgreSQL connection locks `table` against writes, until each of them is either
 * answered or waiting in the write queue (each stuck on the lock).
 */
async function withTableLocked<T> (app: FastifyInstance, table: string, requests: () => Array<Promise<T>>): Promise<T[]> {
  const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(app.database.db)
  const lock = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await lock.connect()
  try {
    await lock.query(`SET search_path = ${rows[0]!.schema}`)
    await lock.query('BEGIN')
    await lock.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`)
    let answered = 0
    const pending = requests().map((request) => request.finally(() => { answered++ }))
    const enough = () => answered + app.services.writes.pending === pending.length
    while (!enough()) await new Promise((resolve) => setTimeout(resolve, 10))
    await lock.query('ROLLBACK')
    return await Promise.all(pending)
  } finally {
    await lock.end()
  }
}

test('over HTTP: a full queue is a 503 problem with Retry-After, and stores nothing', async (t) => {
  const app = await build(t, { env: { WRITE_QUEUE_MAX: '3', CONTACT_RATE_LIMIT_MAX: '1000' } })
  const send = () => Array.from({ length: 10 }, (_, index) => app.inject({
    method: 'POST', url: '/v1/contact-messages', remoteAddress: `10.9.0.${index}`, payload: { email: `q${index}@example.org`, message: `Message ${index}` },
  }))
  // SQLite: the ten arrive in one turn, before the queue flushes. PostgreSQL: each waits on its rate-limit query first,
  // so they arrive over several turns; another connection holds the table until the queue has refused what it cannot hold.
  const responses = app.database.sqlite ? await Promise.all(send()) : await withTableLocked(app, 'contact_messages', send)
  const statuses = responses.map((res) => res.statusCode)
  // WRITE_QUEUE_MAX counts writes waiting or running (on PostgreSQL, each stuck on the lock in its own transaction).
  const accepted = statuses.filter((status) => status === 202).length
  t.equal(accepted, 3, 'the queue holds 3')
  const refused = responses.filter((res) => res.statusCode === 503)
  t.equal(refused.length, 10 - accepted)
  t.equal(refused[0]!.headers['content-type'], PROBLEM)
  t.equal(refused[0]!.headers['retry-after'], '1')
  t.equal(refused[0]!.json().type, '/problems/overloaded')
  const stored = await app.database.db.selectFrom('contact_messages').select('email').execute()
  t.equal(stored.length, accepted, 'only the acknowledged ones')
})
