// The write benchmarks (issue 22): contact and review POSTs on the app, on the plain durable baseline (the same
// durable job done plainly, test/bench/plain.ts) and on the no-database baseline (bare Fastify validating the body and
// sending the app's captured answer), at each --write-connections count, in rounds that alternate the order; ratios are
// medians over rounds of app/plain and app/no-database from the same round.
// A write benchmark that could be fooled is worthless: every receipt the app and the plain server acknowledged is
// looked up afterwards, as a row and as its outbox event, and the rows added must be the receipts (plus at most the
// requests still in flight when a run stopped, and those that failed).
import { setTimeout as sleep } from 'node:timers/promises'
import { selectColumn, type BenchDatabase, type BenchEngine } from './database.js'
import { fixed, measure, median, quantile, type Run } from './measure.js'
import type { PlainStats } from './plain.js'
import { statsOf, type Server } from './servers.js'
import type { Target } from './targets.js'

/** PostgreSQL's goal: 3× the committed writes per second the issue measured before (269/s). */
export const POSTGRES_WRITES_GOAL = 3 * 269

/** SQLite's goal, app/plain: 0.85 at 50 connections and more, 0.70 below. */
export const sqliteRatioGoal = (connections: number) => connections >= 50 ? 0.85 : 0.70

export interface WriteSide { rps: number, writes_per_s: number, p99_ms: number, runs: Run[] }
export interface WriteResult {
  key: string
  name: string
  path: string
  status: number
  connections: number
  app: WriteSide
  /** With the plain server's commits per run: mean and largest batch (SQLite; one write per transaction on PostgreSQL). */
  plain: WriteSide & { batch_mean: number, batch_max: number, commits: PlainStats[] }
  baseline: WriteSide
  ratio_plain: number
  ratio_plain_p25: number
  ratio_plain_p75: number
  ratio_baseline: number
  goal: { measure: 'app/plain', min: number } | { measure: 'app writes/s', min: number }
  pass: boolean
  failures: number
}

/** Did a server commit what it acknowledged? */
export interface CommitCheck {
  server: 'app' | 'plain'
  key: string
  acknowledged: number
  /** Receipts naming the same id twice (each POST is a new message or review). */
  repeated: number
  missing_rows: number
  missing_events: number
  rows_added: number
  events_added: number
  /** Rows beyond the receipts that requests still in flight when a run stopped, or failed ones, may explain. */
  tolerance: number
  pass: boolean
}

export interface WriteBench { results: WriteResult[], checks: CommitCheck[] }

/** Where a target's rows and their outbox events are, and how a receipt names its row. */
const TABLES: Record<string, { rows: string, events: string }> = {
  'contact-post': {
    rows: 'SELECT id FROM contact_messages',
    events: "SELECT subject_id FROM webhook_events WHERE subject_type = 'contact_message' AND type = 'message.received'",
  },
  'review-post': {
    rows: 'SELECT CAST(id AS TEXT) FROM reviews',
    events: "SELECT subject_id FROM webhook_events WHERE subject_type = 'review' AND type = 'review.created'",
  },
}

const receiptId = (body: string) => String((JSON.parse(body) as { data: { id: string | number } }).data.id)

interface WriteOptions {
  app: Server
  plain: Server
  baseline: Server
  databases: { app: BenchDatabase, plain: BenchDatabase }
  engine: BenchEngine
  targets: Target[]
  connections: number[]
  rounds: number
  duration: number
  /** Requests per run instead of `duration` (0: by duration). */
  requests: number
  warmup: number
}

export async function measureWrites ({ app, plain, baseline, databases, engine, targets, connections, rounds, duration, requests, warmup }: WriteOptions): Promise<WriteBench> {
  const checked = { app, plain } as const
  /** Per server and target: every receipt, the rows and events there were before, and what may explain extra rows. */
  const ledger = new Map<string, { ids: string[], rowsBefore: number, eventsBefore: number, tolerance: number }>()
  for (const target of targets) {
    for (const server of Object.keys(checked) as Array<keyof typeof checked>) {
      const tables = TABLES[target.key]!
      ledger.set(`${server} ${target.key}`, {
        ids: [],
        rowsBefore: (await selectColumn(databases[server], tables.rows)).length,
        eventsBefore: (await selectColumn(databases[server], tables.events)).length,
        tolerance: 0,
      })
    }
  }
  const run = async (server: Server, target: Target, options: { connections: number, duration: number, amount?: number }) => {
    const entry = ledger.get(`${server.kind} ${target.key}`)
    const result = await measure(server, target, entry ? { ...options, onAnswer: (body) => entry.ids.push(receiptId(body)) } : options)
    // A run by duration stops with up to a request per connection in flight; a run by count waits for every answer.
    if (entry) entry.tolerance += (options.amount ? 0 : options.connections) + result.failures
    return result
  }

  const most = Math.max(...connections)
  for (const target of targets) {
    if (warmup === 0) break
    for (const server of [baseline, plain, app]) await run(server, target, { connections: most, duration: warmup })
  }

  const runs = new Map<string, { app: Run[], plain: Run[], baseline: Run[], commits: PlainStats[] }>()
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      for (const count of connections) {
        const key = `${target.key} ${count}`
        const entry = runs.get(key) ?? { app: [], plain: [], baseline: [], commits: [] }
        runs.set(key, entry)
        // The order turns each round: none of the three is always measured first or last.
        const order = [app, plain, baseline]
        for (let turn = 0; turn < round % 3; turn++) order.push(order.shift()!)
        for (const server of order) {
          // Commits of requests left in flight by an earlier run are not this run's.
          if (server === plain) await statsOf(plain)
          const result = await run(server, target, { connections: count, duration, ...(requests > 0 ? { amount: requests } : {}) })
          entry[server.kind].push(result)
          if (server === plain) entry.commits.push(await statsOf(plain))
        }
        const [ours, theirs, none] = [entry.app.at(-1)!, entry.plain.at(-1)!, entry.baseline.at(-1)!]
        const batch = entry.commits.at(-1)!
        console.error(`  round ${round + 1}/${rounds} ${target.name}, ${count} connections: ${fixed(ours.rps, 0)} req/s vs plain ${fixed(theirs.rps, 0)} ` +
          `(${fixed(ours.rps / theirs.rps, 2)}; ${fixed(batch.writes / batch.batches, 1)} writes per commit) vs no database ${fixed(none.rps, 0)} (${fixed(ours.rps / none.rps, 2)})` +
          `${ours.failures + theirs.failures + none.failures > 0 ? `, ${ours.failures} + ${theirs.failures} + ${none.failures} failures` : ''}`)
      }
    }
  }

  const results: WriteResult[] = []
  for (const target of targets) {
    for (const count of connections) {
      const entry = runs.get(`${target.key} ${count}`)!
      const side = (list: Run[]): WriteSide => ({
        rps: median(list.map((item) => item.rps)),
        writes_per_s: median(list.map((item) => (item.requests - item.failures) / item.seconds)),
        p99_ms: median(list.map((item) => item.p99)),
        runs: list,
      })
      const toPlain = entry.app.map((item, index) => item.rps / entry.plain[index]!.rps)
      const toBaseline = entry.app.map((item, index) => item.rps / entry.baseline[index]!.rps)
      const failures = [...entry.app, ...entry.plain, ...entry.baseline].reduce((sum, item) => sum + item.failures, 0)
      const commits = entry.commits.reduce((sum, item) => ({ batches: sum.batches + item.batches, writes: sum.writes + item.writes, max_batch: Math.max(sum.max_batch, item.max_batch) }), { batches: 0, writes: 0, max_batch: 0 })
      const result: WriteResult = {
        key: target.key,
        name: target.name,
        path: target.path,
        status: target.status,
        connections: count,
        app: side(entry.app),
        plain: { ...side(entry.plain), batch_mean: commits.writes / commits.batches, batch_max: commits.max_batch, commits: entry.commits },
        baseline: side(entry.baseline),
        ratio_plain: median(toPlain),
        ratio_plain_p25: quantile(toPlain, 0.25),
        ratio_plain_p75: quantile(toPlain, 0.75),
        ratio_baseline: median(toBaseline),
        goal: engine === 'sqlite' ? { measure: 'app/plain', min: sqliteRatioGoal(count) } : { measure: 'app writes/s', min: POSTGRES_WRITES_GOAL },
        pass: false,
        failures,
      }
      const achieved = result.goal.measure === 'app/plain' ? result.ratio_plain : result.app.writes_per_s
      result.pass = achieved >= result.goal.min && failures === 0
      results.push(result)
    }
  }

  // Requests still in flight when a run stopped are answered to nobody but may still commit: let them.
  await sleep(1000)
  const checks: CommitCheck[] = []
  for (const target of targets) {
    for (const server of Object.keys(checked) as Array<keyof typeof checked>) {
      checks.push(await checkCommitted(server, target.key, databases[server], ledger.get(`${server} ${target.key}`)!))
    }
  }
  return { results, checks }
}

export async function checkCommitted (server: 'app' | 'plain', key: string, database: BenchDatabase,
  { ids, rowsBefore, eventsBefore, tolerance }: { ids: string[], rowsBefore: number, eventsBefore: number, tolerance: number }): Promise<CommitCheck> {
  const tables = TABLES[key]!
  const rows = await selectColumn(database, tables.rows)
  const events = await selectColumn(database, tables.events)
  const [rowSet, eventSet, receipts] = [new Set(rows), new Set(events), new Set(ids)]
  const check = {
    server,
    key,
    acknowledged: ids.length,
    repeated: ids.length - receipts.size,
    missing_rows: [...receipts].filter((id) => !rowSet.has(id)).length,
    missing_events: [...receipts].filter((id) => !eventSet.has(id)).length,
    rows_added: rows.length - rowsBefore,
    events_added: events.length - eventsBefore,
    tolerance,
  }
  const extraRows = check.rows_added - check.acknowledged
  const extraEvents = check.events_added - check.acknowledged
  const pass = check.repeated === 0 && check.missing_rows === 0 && check.missing_events === 0 &&
    extraRows >= 0 && extraRows <= tolerance && extraEvents >= 0 && extraEvents <= tolerance
  return { ...check, pass }
}
