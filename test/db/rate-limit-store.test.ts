// The PostgreSQL rate-limit store (src/db/rate-limit-store.ts) counts the hits that arrive together in one statement:
// every caller still hears the count it would have heard alone, one after the other, across instances and windows.
import { test } from 'tap'
import { sql } from 'kysely'
import { postgresRateLimitStore, type RateLimitStore } from '../../src/db/rate-limit-store.js'
import { advanceRateLimitClock, build, TEST_DATABASE_URL } from '../helper.js'

const WINDOW_MS = 60_000

function hit (store: RateLimitStore, key: string, timeWindow = WINDOW_MS): Promise<{ current: number, ttl: number }> {
  return new Promise((resolve, reject) => store.incr(key, (error, result) => error ? reject(error) : resolve(result!), timeWindow, 100))
}

const hits = (store: RateLimitStore, key: string, n: number) => Promise.all(Array.from({ length: n }, () => hit(store, key)))
const currents = (results: Array<{ current: number }>) => results.map((result) => result.current).sort((a, b) => a - b)
const oneTo = (n: number) => Array.from({ length: n }, (_, index) => index + 1)

test('PostgreSQL rate-limit store', { skip: !TEST_DATABASE_URL && 'needs PostgreSQL (TEST_DATABASE_URL)' }, async (t) => {
  const app = await build(t, { seed: false })
  const db = app.database.db
  const Store = postgresRateLimitStore(db)
  const store = new Store({})
  const storedHits = async (key: string) => (await sql<{ hits: number }>`SELECT hits FROM rate_limits WHERE key = ${key}`.execute(db)).rows[0]?.hits

  await t.test('hits arriving together are counted once each, in order of arrival', async (t) => {
    const [first, ...rest] = await Promise.all([hit(store, 'a'), ...Array.from({ length: 29 }, (_, n) => hit(store, n % 3 === 0 ? 'b' : 'a'))])
    const a = [first, ...rest.filter((_, n) => n % 3 !== 0)]
    const b = rest.filter((_, n) => n % 3 === 0)
    t.same(currents(a), oneTo(20), 'a: 1 to 20, each once')
    t.same(currents(b), oneTo(10), 'b: 1 to 10, each once')
    t.ok([...a, ...b].every((result) => result.ttl > 0 && result.ttl <= WINDOW_MS), 'each with the time left in its window')
    t.equal(await storedHits('a'), 20)
    t.equal(await storedHits('b'), 10)
    t.same((await hit(store, 'a')).current, 21, 'a later hit counts on')
    t.equal((await new Promise<{ current: number }>((resolve) => new Store({}).read('a', (_error, result) => resolve(result!), WINDOW_MS, 100))).current, 21,
      'read sees the count without adding to it')
    t.equal(await storedHits('a'), 21)
  })

  await t.test('a window that has passed starts again from 1, for every hit of the batch', async (t) => {
    await advanceRateLimitClock(t, app, WINDOW_MS + 1)
    t.same(currents(await hits(store, 'a', 5)), oneTo(5))
    t.equal(await storedHits('a'), 5)
  })

  await t.test('two instances counting one key at once share one count', async (t) => {
    const other = new (postgresRateLimitStore(db))({})
    const results = await Promise.all([hits(store, 'shared', 15), hits(other, 'shared', 15)])
    t.same(currents(results.flat()), oneTo(30))
    t.equal(await storedHits('shared'), 30)
  })

  await t.test('a batch that fails fails its callers, changes nothing, and the next batch counts', async (t) => {
    const failing = [hit(store, 'c'), hit(store, 'd', Number.NaN), hit(store, 'c')]
    // The first hit went out alone; the other two wait for it and form the failing batch.
    const settled = await Promise.allSettled(failing)
    t.same(settled.map((result) => result.status), ['fulfilled', 'rejected', 'rejected'])
    t.equal(await storedHits('c'), 1, 'the failed batch counted nothing')
    t.equal(await storedHits('d'), undefined)
    t.same(currents(await hits(store, 'c', 3)), [2, 3, 4], 'counting goes on')
  })
})
