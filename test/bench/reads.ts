// The read benchmarks: each read target on the app next to the baseline sending the app's own bytes, round after
// round (order alternating), the memory of both servers once they answered enough requests, and with --articles N the
// reads whose cost could grow with the content, timed uncached too.
import { fixed, load, measure, median, quantile, send, type Run } from './measure.js'
import { options } from './options.js'
import type { Compared, Growth } from './report.js'
import { memoryOf, type Server } from './servers.js'
import type { Target } from './targets.js'

const { duration: DURATION, connections: CONNECTIONS, rounds: ROUNDS, warmup: WARMUP } = options

/** Reads of the app and the baseline, round after round; then each server's memory once it answered enough requests. */
export async function measureReads (app: Server, baseline: Server, compared: Target[], comparedRun: Target[], growthRun: Target[], notes: string[]) {
  const reads = compared.filter((target) => target.method === 'GET')
  const run = (server: Server, target: Target, duration = DURATION) => measure(server, target, { connections: CONNECTIONS, duration, rate: options.readRate })
  for (const target of comparedRun) {
    if (WARMUP === 0) break
    await run(baseline, target, WARMUP)
    await run(app, target, WARMUP)
  }
  for (const target of growthRun) if (WARMUP > 0) await run(app, target, WARMUP)

  // Memory: after the warm-up, and again once each server has answered at least --requests-for-rss more requests —
  // those of the rounds (every target), topped up with GETs of the reads when the rounds sent fewer.
  const unread = { rss: 0, heapUsed: 0, imageRss: 0 }
  const memory = { app: { warm: await memoryOf(app), loaded: unread }, baseline: { warm: await memoryOf(baseline), loaded: unread } }
  const results = new Map(comparedRun.map((target) => [target.key, { app: [] as Run[], baseline: [] as Run[] }]))
  const growthRuns = new Map(growthRun.map((target) => [target.key, [] as Run[]]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of comparedRun) {
      const result = results.get(target.key)!
      if (round % 2 === 0) {
        result.app.push(await run(app, target))
        result.baseline.push(await run(baseline, target))
      } else {
        result.baseline.push(await run(baseline, target))
        result.app.push(await run(app, target))
      }
      const [ours, theirs] = [result.app.at(-1)!, result.baseline.at(-1)!]
      console.error(`  round ${round + 1}/${ROUNDS} ${target.name}: ${fixed(ours.rps, 0)} req/s vs baseline ${fixed(theirs.rps, 0)} ` +
        `(${fixed(ours.rps / theirs.rps, 2)})${ours.failures + theirs.failures > 0 ? `, ${ours.failures} + ${theirs.failures} failures` : ''}`)
    }
    for (const target of growthRun) {
      const result = await run(app, target)
      growthRuns.get(target.key)!.push(result)
      console.error(`  round ${round + 1}/${ROUNDS} ${target.name}: ${fixed(result.rps, 0)} req/s, p99 ${result.p99} ms${result.failures > 0 ? `, ${result.failures} failures` : ''}`)
    }
  }
  const answered = (server: 'app' | 'baseline') => [...results.values()].flatMap((result) => result[server]).reduce((sum, item) => sum + item.requests, 0) +
    (server === 'app' ? [...growthRuns.values()].flat().reduce((sum, item) => sum + item.requests, 0) : 0)
  const loadRequests = { app: answered('app'), baseline: answered('baseline') }
  for (const [kind, server] of [['app', app], ['baseline', baseline]] as const) {
    const missing = options.rssRequests - loadRequests[kind]
    if (missing > 0) {
      console.error(`bench: ${missing} more GETs to the ${kind} for memory`)
      const errors = await load(server, reads, missing, CONNECTIONS)
      if (errors > 0) notes.push(`memory load: ${errors} errors from the ${kind}`)
      loadRequests[kind] += missing
    }
    memory[kind].loaded = await memoryOf(server)
  }
  return { results, growthRuns, memory, loadRequests }
}

/** The reads compared with the baseline, as reported: medians over rounds of each side and of their ratio. */
export function comparedResult (target: Target, ours: Run[], theirs: Run[], bodyBytes: number): Compared {
  const ratios = ours.map((item, i) => item.rps / theirs[i]!.rps)
  const ratio = median(ratios)
  const failures = [...ours, ...theirs].reduce((sum, item) => sum + item.failures, 0)
  return {
    key: target.key,
    name: target.name,
    method: target.method,
    path: target.path,
    status: target.status,
    body_bytes: bodyBytes,
    app: { rps: median(ours.map((item) => item.rps)), p99_ms: median(ours.map((item) => item.p99)), runs: ours },
    baseline: { rps: median(theirs.map((item) => item.rps)), p99_ms: median(theirs.map((item) => item.p99)), runs: theirs },
    ratio,
    ratio_p25: quantile(ratios, 0.25),
    ratio_p75: quantile(ratios, 0.75),
    goal: target.goal ?? 0,
    pass: ratio >= (target.goal ?? 0) && failures === 0,
    failures,
  }
}

/** Uncached cost: the response cache answers repeated URLs, so time requests no one asked for yet (median of 5). */
export async function growthResults (app: Server, growthRun: Target[], growthRuns: Map<string, Run[]>, uncached: Map<string, string[]>): Promise<Growth[]> {
  const results: Growth[] = []
  for (const target of growthRun) {
    const times: number[] = []
    for (const path of uncached.get(target.key) ?? []) {
      const response = await send(app.origin, { method: 'GET', path })
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
      times.push(response.ms)
    }
    const targetRuns = growthRuns.get(target.key)!
    const sample = await send(app.origin, target)
    results.push({
      key: target.key,
      name: target.name,
      path: target.path,
      body_bytes: sample.body.length,
      rps: median(targetRuns.map((item) => item.rps)),
      p99_ms: median(targetRuns.map((item) => item.p99)),
      uncached_ms: median(times),
      runs: targetRuns,
      failures: targetRuns.reduce((sum, item) => sum + item.failures, 0),
    })
  }
  return results
}
