// Load benchmark: the app's read endpoints against a bare Fastify baseline measured in the same run, reported as ratios
// (shared machines are noisy; absolute numbers mean little). `npm run bench -- --duration 3 --connections 10 --rounds 5`
//
// Servers run in child processes (test/bench/server.ts); this process only drives autocannon at 127.0.0.1.
// Each round measures every target next to a fresh baseline run (order alternating B,T / T,B between rounds), and a
// target's ratio is the median over rounds of target/baseline from the same pair, so slow drifts in machine load cancel.
import { execFileSync, fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

const SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'
const SERVER_SCRIPT = fileURLToPath(new URL('./server.js', import.meta.url))

const USAGE = 'Options: --duration S (1-30) --connections N (1-100) --rounds N (1-30) --warmup S (0-10) --no-pin'

function fail (message: string): never {
  console.error(`bench: ${message}\n${USAGE}`)
  process.exit(2)
}

function readOptions () {
  try {
    return parseArgs({
      options: {
        duration: { type: 'string', default: '3' },
        connections: { type: 'string', default: '10' },
        rounds: { type: 'string', default: '5' },
        warmup: { type: 'string', default: '2' },
        'no-pin': { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    fail((error as Error).message)
  }
}

function bounded (name: string, raw: string, min: number, max: number): number {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) fail(`--${name} must be an integer from ${min} to ${max}, not "${raw}"`)
  return value
}

const args = readOptions()
const DURATION = bounded('duration', args.duration, 1, 30)
const CONNECTIONS = bounded('connections', args.connections, 1, 100)
const ROUNDS = bounded('rounds', args.rounds, 1, 30)
const WARMUP = bounded('warmup', args.warmup, 0, 10)
const LOG_LEVEL = process.env.LOG_LEVEL ?? 'info'

interface Server { child: ChildProcess, origin: string }
interface Run { rps: number, p99: number }

const children: ChildProcess[] = []
function stopChildren () {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
}
process.on('exit', stopChildren)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { stopChildren(); process.exit(130) })

/** With two or more CPUs and taskset: servers on the last CPU, this loader on the first, so they do not compete. */
const pinning = !args['no-pin'] && cpus().length >= 2 && hasTaskset()
function hasTaskset (): boolean {
  try { execFileSync('taskset', ['-V'], { stdio: 'ignore' }); return true } catch { return false }
}
function pin (pid: number, cpu: number) {
  if (pinning) execFileSync('taskset', ['-a', '-cp', String(cpu), String(pid)], { stdio: 'ignore' })
}

function startServer (kind: 'baseline' | 'app', file: string): Promise<Server> {
  const child = fork(SERVER_SCRIPT, [kind, file], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'], // app logs (JSON lines) go to /dev/null: their cost is measured, not their I/O
    env: { ...process.env, LOG_LEVEL, NODE_ENV: 'production' },
    execArgv: [],
  })
  children.push(child)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 30 s`)), 30_000)
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${kind} server exited (${code}) before listening`)) })
    child.once('message', (message) => {
      clearTimeout(timer)
      pin(child.pid!, cpus().length - 1)
      resolve({ child, origin: `http://127.0.0.1:${(message as { port: number }).port}` })
    })
  })
}

async function measure (url: string, duration: number): Promise<Run> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1, timeout: 10 })
  const failures = result.errors + result.timeouts + result.non2xx
  if (failures > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`)
  return { rps: result.requests.average, p99: result.latency.p99 }
}

/** Quantile q (0..1) with linear interpolation; quantile(values, 0.5) is the median. */
function quantile (values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}
const median = (values: number[]) => quantile(values, 0.5)
const fixed = (value: number, digits: number) => value.toFixed(digits)

async function main () {
  pin(process.pid, 0)
  const dir = mkdtempSync(join(tmpdir(), 'content-api-bench-'))
  try {
    const app = await startServer('app', join(dir, 'bench.db'))

    // The baseline serves the app's own article document: same size, same shape.
    const articleResponse = await fetch(`${app.origin}/v1/articles/${SLUG}`)
    if (articleResponse.status !== 200) throw new Error(`GET /v1/articles/${SLUG} answered ${articleResponse.status}`)
    const articleBody = await articleResponse.text()
    const sectionKey = (JSON.parse(articleBody) as { data: { sections: Array<{ key: string }> } }).data.sections[0]!.key
    const payloadFile = join(dir, 'payload.json')
    writeFileSync(payloadFile, articleBody)
    const baseline = await startServer('baseline', payloadFile)

    const baselineUrl = `${baseline.origin}/static`
    const targets = [
      { name: 'GET /v1/articles/:slug', url: `${app.origin}/v1/articles/${SLUG}` },
      { name: 'GET /v1/articles/:slug/sections/:key', url: `${app.origin}/v1/articles/${SLUG}/sections/${sectionKey}` },
      { name: 'GET /v1/articles', url: `${app.origin}/v1/articles` },
      { name: 'GET /health', url: `${app.origin}/health` },
    ]
    const bytes = new Map<string, number>()
    for (const { name, url } of [{ name: 'baseline', url: baselineUrl }, ...targets]) {
      const response = await fetch(url)
      if (response.status !== 200) throw new Error(`${name}: ${url} answered ${response.status}`)
      bytes.set(name, Buffer.byteLength(await response.text()))
    }

    const runs = 2 * targets.length * ROUNDS
    console.error(`bench: ${runs} runs of ${DURATION} s (+ ${WARMUP} s warm-up per URL), ${CONNECTIONS} connections, ` +
      `about ${Math.ceil((runs * DURATION + (targets.length + 1) * WARMUP) / 60)} min`)
    if (WARMUP > 0) for (const url of [baselineUrl, ...targets.map((target) => target.url)]) await measure(url, WARMUP)

    const results = new Map<string, { target: Run[], baseline: Run[] }>(targets.map(({ name }) => [name, { target: [], baseline: [] }]))
    for (let round = 0; round < ROUNDS; round++) {
      for (const { name, url } of targets) {
        const result = results.get(name)!
        if (round % 2 === 0) {
          result.baseline.push(await measure(baselineUrl, DURATION))
          result.target.push(await measure(url, DURATION))
        } else {
          result.target.push(await measure(url, DURATION))
          result.baseline.push(await measure(baselineUrl, DURATION))
        }
        const [t, b] = [result.target.at(-1)!, result.baseline.at(-1)!]
        console.error(`  round ${round + 1}/${ROUNDS} ${name}: ${fixed(t.rps, 0)} req/s vs baseline ${fixed(b.rps, 0)} (${fixed(t.rps / b.rps, 2)})`)
      }
    }

    const allBaseline = [...results.values()].flatMap((result) => result.baseline)
    const lines = [
      `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; ${pinning ? 'servers pinned to the last CPU, loader to the first' : 'no CPU pinning'}; ` +
        `autocannon ${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} round(s); app LOG_LEVEL=${LOG_LEVEL}, SQLite file.`,
      '',
      '| Target | Body bytes | req/s (median) | p99 ms (median) | Baseline req/s (paired, median) | req/s ratio (median) | req/s ratio p25–p75 | p99 ratio (median) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      `| baseline: bare Fastify, static article JSON | ${bytes.get('baseline')} | ${fixed(median(allBaseline.map((r) => r.rps)), 0)} | ${fixed(median(allBaseline.map((r) => r.p99)), 1)} | – | 1.00 | – | 1.00 |`,
    ]
    for (const { name } of targets) {
      const { target, baseline: paired } = results.get(name)!
      const ratios = target.map((run, i) => run.rps / paired[i]!.rps)
      const p99Ratios = target.map((run, i) => run.p99 / Math.max(paired[i]!.p99, 1))
      lines.push(`| ${name} | ${bytes.get(name)} | ${fixed(median(target.map((r) => r.rps)), 0)} | ${fixed(median(target.map((r) => r.p99)), 1)} | ` +
        `${fixed(median(paired.map((r) => r.rps)), 0)} | ${fixed(median(ratios), 2)} | ${fixed(quantile(ratios, 0.25), 2)}–${fixed(quantile(ratios, 0.75), 2)} | ${fixed(median(p99Ratios), 2)} |`)
    }
    console.log(lines.join('\n'))
  } finally {
    stopChildren()
    await Promise.all(children.map((child) => child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve))))
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
