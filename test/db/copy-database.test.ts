// npm run cli -- copy-database (src/db/copy.ts): every table into an empty database of either engine, ids, versions and
// timestamps kept, so that an app on the copy answers every read exactly as the original does.
// Copies, a refusal, and everything on PostgreSQL run the command in a real process (exit code, output); the other SQLite
// refusals and failures run it in this process (runCliInProcess), the same function without a node start.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { sql } from 'kysely'
import { test } from 'tap'
import { migrationsDir } from '../../src/base/paths.js'
import { openDatabase, openSqlite, type DatabaseHandle, type DatabaseLocation } from '../../src/db/connection.js'
import { COPIED_TABLES, copyDatabase, maskPasswords, NOT_COPIED_TABLES } from '../../src/db/copy.js'
import { admin, answers, appOn, ARTICLE, readRequests, sourceEnv, tableRows, writeHistory } from '../fixtures/history.js'
import { snapshotTables } from '../fuzz/openapi-fuzz.js'
import { build, databaseEnv, postReview, reviewPayload, runCliInProcess, runScript, SLUG, sqliteDatabaseFile, TEST_DATABASE_URL, tempDir } from '../helper.js'

/** The PostgreSQL parts need a server: CI runs the suite with TEST_DATABASE_URL set. */
const NO_POSTGRES = TEST_DATABASE_URL ? false : 'needs PostgreSQL: set TEST_DATABASE_URL=postgres://… (CI does)'
/** The password of the PostgreSQL role the suite runs as (and the one the usage test sends): never to be printed. */
const PASSWORD = new RegExp(`:${TEST_DATABASE_URL ? escapeRegExp(decodeURIComponent(new URL(TEST_DATABASE_URL).password)) : 'content'}@|s3cret`)

function escapeRegExp (text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A tap test, as the callbacks of test() get it. */
type T = Parameters<Parameters<typeof test>[0]>[0]
interface Tap { teardown(fn: () => unknown): void }

/** A fresh, empty PostgreSQL schema (only when TEST_DATABASE_URL is set), as a DATABASE_URL. */
async function freshPostgres (t: Tap): Promise<string> {
  const env = await databaseEnv(t)
  if (!env.DATABASE_URL) throw new Error('freshPostgres needs TEST_DATABASE_URL')
  return env.DATABASE_URL
}

function copyCli (source: DatabaseLocation, target: string) {
  return runScript('cli', ['copy-database', '--to', target], sourceEnv(source), 120_000)
}

/** The same command in this process. */
function copyInProcess (source: DatabaseLocation, target: string) {
  return runCliInProcess(['copy-database', '--to', target], sourceEnv(source))
}

/** Opens `location` for the test's length. */
function opened (t: Tap, location: DatabaseLocation): DatabaseHandle {
  const database = openDatabase('url' in location ? { url: location.url, poolMax: 2 } : location)
  t.teardown(() => database.close())
  return database
}

/** The tables a migrated database holds: SQLite's without its own and the FTS5 index (search_index and its shadow tables). */
async function migratedTables (database: DatabaseHandle): Promise<string[]> {
  const { rows } = database.engine === 'sqlite'
    ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'search\\_index%' ESCAPE '\\'`.execute(database.db)
    : await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(database.db)
  return rows.map((row) => row.name).sort()
}

/** Where each table with integer ids continues: SQLite's sqlite_sequence (AUTOINCREMENT), PostgreSQL's identity sequences. */
async function idCounters (location: DatabaseLocation): Promise<Record<string, number>> {
  const database = openDatabase('url' in location ? { url: location.url, poolMax: 2 } : location)
  try {
    if (database.engine === 'sqlite') {
      const { rows } = await sql<{ name: string, seq: number }>`SELECT name, seq FROM sqlite_sequence ORDER BY name`.execute(database.db)
      return Object.fromEntries(rows.map((row) => [row.name, Number(row.seq)]))
    }
    const counters: Record<string, number> = {}
    for (const table of ['reviews', 'webhook_deliveries']) {
      const { rows } = await sql<{ seq: number | null }>`SELECT pg_sequence_last_value(pg_get_serial_sequence(${table}, 'id')::regclass) AS seq`.execute(database.db)
      counters[table] = Number(rows[0]!.seq)
    }
    return counters
  } finally {
    await database.close()
  }
}

test('COPIED_TABLES names every table the migrations create, parents before children', async (t) => {
  const check = async (t: T, database: DatabaseHandle) => {
    await database.migrate(migrationsDir)
    const tables = await migratedTables(database)
    const known = new Set([...COPIED_TABLES.map((table) => table.name), ...Object.keys(NOT_COPIED_TABLES)])
    t.same(tables.filter((name) => !known.has(name)), [], 'a table a migration added is copied (COPIED_TABLES) or says why not (NOT_COPIED_TABLES)')
    t.same(COPIED_TABLES.map((table) => table.name).filter((name) => !tables.includes(name)), [], 'every listed table exists')
    if (database.engine !== 'sqlite') return
    const order = COPIED_TABLES.map((table) => table.name as string)
    for (const [index, name] of order.entries()) {
      const { rows } = await sql<{ table: string }>`SELECT "table" FROM pragma_foreign_key_list(${name})`.execute(database.db)
      for (const parent of rows) t.ok(order.indexOf(parent.table) < index, `${name} after ${parent.table}, which its foreign key references`)
    }
  }
  t.test('SQLite', async (t) => {
    const database = openSqlite(':memory:')
    t.teardown(() => database.close())
    await check(t, database)
  })
  t.test('PostgreSQL', { skip: NO_POSTGRES }, async (t) => {
    await check(t, opened(t, { url: await freshPostgres(t), poolMax: 2 }))
  })
})

test('copy-database: an app on the copy answers every read as the original does, SQLite to PostgreSQL and back', async (t) => {
  const dir = tempDir(t)
  const original = { path: join(dir, 'original.db') }
  await writeHistory(t, original)
  const originalRows = await tableRows(original)
  const reader = await appOn(t, original)
  const requests = await readRequests(reader)
  const expected = await answers(reader, requests)
  t.ok(requests.length > 60, `${requests.length} reads compared`)
  t.match(originalRows, {
    articles: [{}, {}, {}],
    article_redirects: [{ slug: 'finding-a-healthcare-internship' }],
    reviews: { length: 6 },
    contact_messages: { length: 3 },
    idempotency_records: { length: 1 },
    api_keys: [{ name: 'ops-laptop', last_used_at: String }, { name: 'old-key', revoked_at: String }],
    webhook_deliveries: { length: originalRows.webhook_events!.length },
  }, 'the history holds every kind of row')
  t.ok(originalRows.webhook_delivery_attempts!.some((attempt) => (attempt as { succeeded: number }).succeeded === 0), 'and failed delivery attempts')

  /** Copies with the CLI, then compares rows, id counters and every read with the original. */
  async function copiedAndCompared (t: T, from: DatabaseLocation, to: DatabaseLocation) {
    const copied = await copyCli(from, 'url' in to ? to.url : to.path)
    t.equal(copied.code, 0, copied.stderr)
    t.notMatch(copied.stdout + copied.stderr, PASSWORD, 'no password printed')
    for (const table of COPIED_TABLES) {
      t.match(copied.stdout, new RegExp(`^ {2}${table.name} +${originalRows[table.name]!.length} +[0-9a-f]{16}$`, 'm'), `${table.name}: its rows counted in the summary`)
    }
    t.match(copied.stdout, /content_state\.version \d+, as in the source\./)
    t.same(await tableRows(to), originalRows, 'the same rows, field by field')
    t.same(await idCounters(to), await idCounters(original), 'reviews and webhook_deliveries continue where the original stopped (deleted ids are not handed out again)')

    const app = await appOn(t, to)
    const got = await answers(app, requests)
    for (const [request, answer] of expected) t.same(got.get(request), answer, request)
  }

  /** New rows on a copy get new ids: no collision with a copied one, none the original had handed out already. */
  async function continues (t: T, to: DatabaseLocation) {
    const app = await appOn(t, to)
    const review = await app.inject({ method: 'POST', url: `/v1/articles/${SLUG}/reviews`, payload: reviewPayload(), remoteAddress: '192.0.2.1' })
    t.equal(review.statusCode, 201, review.body)
    t.equal(review.json().data.id, (await idCounters(original)).reviews! + 1, 'the next review id is after every id the original handed out')
    const article = await admin(app, 'POST', '/v1/admin/articles', { slug: 'after-the-copy', title: 'After the Copy', sections: [] })
    t.equal(article.statusCode, 201, article.body)
    const { id } = await app.database.db.selectFrom('articles').select('id').where('slug', '=', 'after-the-copy').executeTakeFirstOrThrow()
    t.equal(id, Math.max(...originalRows.articles!.map((row) => (row as { id: number }).id)) + 1, 'the next article id is after the copied ones')
  }

  t.test('SQLite to SQLite', async (t) => {
    const copy = { path: join(dir, 'copy.db') }
    await copiedAndCompared(t, original, copy)
    await continues(t, copy)
  })

  t.test('SQLite to PostgreSQL, then PostgreSQL to a new SQLite file', { skip: NO_POSTGRES }, async (t) => {
    const postgres = { url: await freshPostgres(t), poolMax: 2 }
    const back = { path: join(dir, 'back.db') }
    await t.test('to PostgreSQL', async (t) => { await copiedAndCompared(t, original, postgres) })
    await t.test('and back', async (t) => { await copiedAndCompared(t, postgres, back) })
    await t.test('both go on', async (t) => {
      await continues(t, postgres)
      await continues(t, back)
    })
  })
})

test('copyDatabase in pages of a few rows: keyset pages over composite keys, checksums verified', async (t) => {
  const dir = tempDir(t)
  const source = { path: join(dir, 'source.db') }
  const app = await build(t, { env: { DATABASE_PATH: source.path } })
  for (const number of [1, 2, 3]) {
    const res = await admin(app, 'POST', '/v1/admin/articles', { ...ARTICLE, slug: `article-${number}`, tags: [{ name: 'A' }, { name: 'B' }, { name: `C${number}` }] })
    t.equal(res.statusCode, 201, res.body)
    await admin(app, 'PATCH', `/v1/admin/articles/article-${number}`, { title: `Article ${number}` })
  }
  await app.close()
  const targets: DatabaseLocation[] = [{ path: join(dir, 'target.db') }]
  if (TEST_DATABASE_URL) targets.push({ url: await freshPostgres(t), poolMax: 2 })
  for (const target of targets) {
    const report = await copyDatabase({ source, target, migrationsDir, batchRows: 2 })
    t.equal(report.tables.find((table) => table.table === 'article_tags')?.rows, 9)
    t.equal(report.tables.find((table) => table.table === 'article_revisions')?.rows, 7)
    t.same(await tableRows(target), await tableRows(source), `${'url' in target ? 'PostgreSQL' : 'SQLite'}: the same rows`)
    t.same(report.notes, [], 'both sides order text by code point')
  }

  t.test('a target whose content version had counted further keeps counting up: caches never see an old version again', async (t) => {
    const target = { path: join(dir, 'counted.db') }
    await sqliteDatabaseFile(target.path)
    const sqlite = new SQLite(target.path)
    sqlite.prepare('UPDATE content_state SET version = 1000').run()
    sqlite.close()
    const report = await copyDatabase({ source, target, migrationsDir })
    t.ok(report.contentVersion.source < 1000)
    t.same(report.contentVersion, { source: report.contentVersion.source, target: 1001 })
    const { content_state: state, ...rows } = await tableRows(target)
    const { content_state: _source, ...expected } = await tableRows(source)
    t.same(state, [{ id: 1, version: 1001 }])
    t.same(rows, expected, 'every other row as in the source')
  })
})

test('copy-database refuses, changing nothing', async (t) => {
  const dir = tempDir(t)
  const source = { path: join(dir, 'source.db') }
  // As `npm run seed` leaves it (test/cli.test.ts runs that command): a copy of a template made once per file.
  await sqliteDatabaseFile(source.path, { seeded: true })

  /** Runs the copy (in this process unless `copy` says otherwise; PostgreSQL targets in a real one), expects a refusal matching `message`, and the target's tables as they were. */
  async function refused (t: T, from: DatabaseLocation, target: DatabaseLocation, message: RegExp, copy = copyInProcess) {
    const snapshot = async () => {
      if ('path' in target && !existsSync(target.path)) return 'no file'
      const database = openDatabase('url' in target ? { url: target.url, poolMax: 2 } : target)
      try { return await snapshotTables(database) } finally { await database.close() }
    }
    const before = await snapshot()
    const result = await copy(from, 'url' in target ? target.url : target.path)
    t.equal(result.code, 1, result.stdout)
    t.match(result.stderr, message)
    t.notMatch(result.stderr, /\n\s+at /, 'no stack trace')
    t.notMatch(result.stderr + result.stdout, PASSWORD, 'no password printed')
    t.same(await snapshot(), before, 'the target is as it was')
  }

  t.test('a target that holds rows', async (t) => {
    const target = { path: join(dir, 'seeded.db') }
    await sqliteDatabaseFile(target.path, { seeded: true })
    await refused(t, source, target, /^Refused: the target .*seeded\.db is not empty: articles \(1\), article_revisions \(1\), sections \(9\)/, copyCli)
  })

  t.test('a PostgreSQL target that holds rows', { skip: NO_POSTGRES }, async (t) => {
    const target = { url: await freshPostgres(t), poolMax: 2 }
    t.equal((await runScript('cli', ['seed'], { DATABASE_URL: target.url })).code, 0)
    await refused(t, source, target, /^Refused: the target postgres:\/\/[^:/@]+:\*\*\*@.* is not empty: articles \(1\)/, copyCli)
  })

  t.test('a source with migrations pending', async (t) => {
    const partial = join(dir, 'partial-migrations')
    mkdirSync(partial)
    const files = readdirSync(migrationsDir).filter((name) => name.endsWith('.sql')).sort()
    for (const file of files.slice(0, 5)) copyFileSync(join(migrationsDir, file), join(partial, file))
    const old = { path: join(dir, 'old.db') }
    const database = openSqlite(old.path)
    await database.migrate(partial)
    await database.close()
    // Every migration after the fifth, however many there are now.
    const pending = new RegExp(`^Refused: the source .*old\\.db is not fully migrated \\(pending: ${files.slice(5).map((file) => file.replace('.', '\\.')).join(', ')}\\)`)
    t.equal(files[5], '006_review_counters.sql')
    await refused(t, old, { path: join(dir, 'never-created.db') }, pending)
    t.notOk(existsSync(join(dir, 'never-created.db')), 'the target file is not even created')
    if (!NO_POSTGRES) {
      const target = { url: await freshPostgres(t), poolMax: 2 }
      await refused(t, old, target, pending, copyCli)
      t.same(await migratedTables(opened(t, target)), [], 'no table created in the PostgreSQL target')
    }
  })

  t.test('text PostgreSQL cannot store (U+0000, which SQLite keeps): the row is named', { skip: NO_POSTGRES }, async (t) => {
    const nul = { path: join(dir, 'nul.db') }
    const app = await build(t, { env: { DATABASE_PATH: nul.path } })
    const created = await admin(app, 'POST', '/v1/admin/articles', { slug: 'nul', title: 'NUL', sections: [] })
    t.equal(created.statusCode, 201, created.body)
    // The API refuses U+0000 now (400); a database written by an earlier version may hold it all the same.
    await app.database.db.updateTable('articles').set({ title: 'N\u0000L' }).where('slug', '=', 'nul').execute()
    await app.close()
    const target = { url: await freshPostgres(t), poolMax: 2 }
    const result = await copyCli(nul, target.url)
    t.equal(result.code, 1)
    t.match(result.stderr, /^Refused: articles\.title of the row id = 2 holds the character U\+0000, which PostgreSQL cannot store in text: remove it on the source, then copy again\. Nothing was copied \(rolled back\)\./)
    const rows = await tableRows(target)
    t.same(COPIED_TABLES.filter((table) => rows[table.name]!.length > 0).map((table) => table.name), COPIED_TABLES.filter((table) => table.seeded).map((table) => table.name),
      'migrated, but no row copied')
  })

  t.test('a source that does not exist', async (t) => {
    await refused(t, { path: join(dir, 'nope.db') }, { path: join(dir, 'nope-target.db') }, /^Refused: the source .*nope\.db does not exist/)
    t.notOk(existsSync(join(dir, 'nope.db')), 'no source file is created')
  })

  t.test('a target with other migrations applied', async (t) => {
    const target = { path: join(dir, 'newer.db') }
    await sqliteDatabaseFile(target.path)
    const sqlite = new SQLite(target.path)
    // One past the newest migration there is.
    const future = readdirSync(migrationsDir).filter((name) => name.endsWith('.sql')).length + 1
    const name = `${String(future).padStart(3, '0')}_future.sql`
    sqlite.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(future, name, 'x', new Date().toISOString())
    sqlite.close()
    await refused(t, source, target, new RegExp(`^Refused: the target .*newer\\.db has a different set of migrations applied: The database has migration ${name.replace('.', '\\.')} applied`))
  })

  t.test('the source itself', async (t) => {
    await refused(t, source, source, /^Refused: the target .*source\.db is the source/)
  })

  t.test('no --to, or a URL without it: usage, and no password', async (t) => {
    const missing = await runCliInProcess(['copy-database'], { DATABASE_PATH: source.path })
    t.equal(missing.code, 1)
    t.match(missing.stderr, /copy-database needs --to TARGET[\s\S]*Usage:[\s\S]*copy-database --to TARGET/)
    const positional = await runCliInProcess(['copy-database', 'postgres://content:s3cret-pw@127.0.0.1:5432/content'], { DATABASE_PATH: source.path })
    t.equal(positional.code, 1)
    t.match(positional.stderr, /postgres:\/\/content:\*\*\*@127\.0\.0\.1:5432\/content/)
    t.notMatch(positional.stderr, /s3cret/)
    t.equal(maskPasswords('at postgresql://u:p@ss/w@db:5432/x?a=1 and postgres://v:q@h/y'), 'at postgresql://u:***@db:5432/x?a=1 and postgres://v:***@h/y',
      'every URL in a message, an unencoded @ or / in the password included')
  })
})

test('copy-database: a failure while copying leaves the target without a copied row; passwords never printed', async (t) => {
  const dir = tempDir(t)
  const source = { path: join(dir, 'source.db') }
  const app = await build(t, { env: { DATABASE_PATH: source.path } })
  t.equal((await postReview(app, reviewPayload())).statusCode, 201)
  await app.close()

  const counts = async (location: DatabaseLocation) => {
    const rows = await tableRows(location)
    return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]))
  }
  // The tables the migrations seed (content_state, sync_state) keep their one row.
  const empty = Object.fromEntries(COPIED_TABLES.map((table) => [table.name, table.seeded ? 1 : 0]))

  t.test('SQLite: an insert fails half-way (reviews come after the articles)', async (t) => {
    const target = { path: join(dir, 'failing.db') }
    await sqliteDatabaseFile(target.path)
    const sqlite = new SQLite(target.path)
    sqlite.exec("CREATE TRIGGER fail_reviews BEFORE INSERT ON reviews BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
    sqlite.close()
    const result = await copyInProcess(source, target.path)
    t.equal(result.code, 1)
    t.match(result.stderr, /^Copy failed, nothing was copied \(the target's transaction was rolled back\): injected failure/)
    t.same(await counts(target), empty, 'no row copied, not even the articles inserted before the failure')
  })

  t.test('PostgreSQL: the same', { skip: NO_POSTGRES }, async (t) => {
    const target = { url: await freshPostgres(t), poolMax: 2 }
    const database = opened(t, target)
    await database.migrate(migrationsDir)
    await sql.raw("CREATE FUNCTION fail_reviews() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$").execute(database.db)
    await sql.raw('CREATE TRIGGER fail_reviews BEFORE INSERT ON reviews FOR EACH ROW EXECUTE FUNCTION fail_reviews()').execute(database.db)
    const result = await copyCli(source, target.url)
    t.equal(result.code, 1)
    t.match(result.stderr, /^Copy failed, nothing was copied \(the target's transaction was rolled back\): injected failure/)
    t.notMatch(result.stderr, PASSWORD)
    t.same(await counts(target), empty, 'no row copied')
    const { rows } = await sql<{ version: number }>`SELECT version FROM content_state`.execute(database.db)
    t.same(rows, [{ version: 1 }], 'content_state untouched')
  })

  // A target that stores something else than it is given (a trigger rewriting one heading as it is inserted): as many
  // rows as the source, but not the same ones. The checksums tell; the row counts alone would not.
  const verification = /^Verification failed for sections: the source has 9 rows \(checksum ([0-9a-f]{16})\), the target 9 \(checksum ([0-9a-f]{16})\); nothing was copied \(rolled back\)/

  t.test('SQLite: a copy whose rows differ, their number the same, fails verification', async (t) => {
    const target = { path: join(dir, 'altering.db') }
    await sqliteDatabaseFile(target.path)
    const sqlite = new SQLite(target.path)
    sqlite.exec("CREATE TRIGGER alter_sections AFTER INSERT ON sections WHEN NEW.key = 'conclusion' BEGIN UPDATE sections SET heading = 'Altered' WHERE id = NEW.id; END")
    sqlite.close()
    const result = await copyInProcess(source, target.path)
    t.equal(result.code, 1, result.stdout)
    const [, expected, got] = verification.exec(result.stderr) ?? []
    t.ok(expected && got && expected !== got, `refused by the checksum: ${result.stderr}`)
    t.same(await counts(target), empty, 'no row copied')
  })

  t.test('PostgreSQL: the same', { skip: NO_POSTGRES }, async (t) => {
    const target = { url: await freshPostgres(t), poolMax: 2 }
    const database = opened(t, target)
    await database.migrate(migrationsDir)
    await sql.raw("CREATE FUNCTION alter_sections() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.key = 'conclusion' THEN NEW.heading := 'Altered'; END IF; RETURN NEW; END $$").execute(database.db)
    await sql.raw('CREATE TRIGGER alter_sections BEFORE INSERT ON sections FOR EACH ROW EXECUTE FUNCTION alter_sections()').execute(database.db)
    const result = await copyCli(source, target.url)
    t.equal(result.code, 1, result.stdout)
    const [, expected, got] = verification.exec(result.stderr) ?? []
    t.ok(expected && got && expected !== got, `refused by the checksum: ${result.stderr}`)
    t.same(await counts(target), empty, 'no row copied')
  })

  t.test('an unreachable or refusing PostgreSQL server: the error, without the password', async (t) => {
    const unreachable = await copyCli(source, 'postgres://content:s3cret-pw@127.0.0.1:1/content')
    t.equal(unreachable.code, 1)
    t.match(unreachable.stderr, /^Copy failed, nothing was copied .*ECONNREFUSED/)
    t.notMatch(unreachable.stderr + unreachable.stdout, /s3cret/)
    const asSource = await runCliInProcess(['copy-database', '--to', join(dir, 'x.db')], { DATABASE_URL: 'postgres://content:s3cret-pw@127.0.0.1:1/content' })
    t.equal(asSource.code, 1)
    t.notMatch(asSource.stderr + asSource.stdout, /s3cret/)
    if (NO_POSTGRES) return
    const url = new URL(TEST_DATABASE_URL!)
    url.password = 's3cret-wrong'
    const wrong = await copyCli(source, url.toString())
    t.equal(wrong.code, 1)
    t.match(wrong.stderr, /password authentication failed/)
    t.notMatch(wrong.stderr + wrong.stdout, /s3cret/)
  })
})
