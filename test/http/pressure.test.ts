// Load shedding: under pressure, requests are refused at once with a 503 problem and Retry-After; /health still
// answers, /ready does not.
import { test } from 'tap'
import { SAMPLE_INTERVAL_MS } from '../../src/http/pressure.js'
import { build, PROBLEM } from '../helper.js'

const blockEventLoop = (ms: number) => {
  const until = Date.now() + ms
  while (Date.now() < until) { /* a request handler gone wrong */ }
}

/** Lags the loop in many short turns, so that the sampler sees a high mean delay. */
async function lagEventLoop () {
  for (let turn = 0; turn < 10; turn++) {
    blockEventLoop(60)
    await new Promise((resolve) => setImmediate(resolve))
  }
}

test('a lagging event loop sheds load with 503 problems; liveness stays up, readiness does not', async (t) => {
  const app = await build(t, { env: { MAX_EVENT_LOOP_DELAY_MS: '20' } })
  t.equal((await app.inject({ url: '/v1/tags' })).statusCode, 200, 'fine while the loop is idle')
  let refused
  for (let attempt = 0; attempt < 40 && refused?.statusCode !== 503; attempt++) {
    await lagEventLoop()
    refused = await app.inject({ url: '/v1/tags' })
  }
  t.equal(refused?.statusCode, 503, 'refused under pressure')
  t.equal(refused?.headers['content-type'], PROBLEM)
  t.equal(refused?.headers['retry-after'], '5')
  t.match(refused?.json(), { type: '/problems/overloaded', status: 503, detail: /event-loop delay/ })
  t.ok(refused?.headers['x-content-type-options'], 'with the security headers')
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'liveness: the process is alive')
  t.equal((await app.inject({ url: '/ready' })).statusCode, 503, 'readiness: send traffic elsewhere')
})

test('checks at 0 are off', async (t) => {
  const app = await build(t, { env: { MAX_EVENT_LOOP_DELAY_MS: '0', MAX_HEAP_USED_MB: '0' } })
  // The loop lags as in the test above until both hold: the start-up grace is over (pressure counts from the second
  // sample once the app is ready: not before this), and the latest sample saw a mean delay that test is refused at.
  const graceOverAt = Date.now() + 2 * SAMPLE_INTERVAL_MS
  do await lagEventLoop()
  while (Date.now() < graceOverAt || app.memoryUsage().eventLoopDelay <= 20)
  t.equal((await app.inject({ url: '/v1/tags' })).statusCode, 200, `served with a mean event-loop delay of ${Math.round(app.memoryUsage().eventLoopDelay)} ms`)
})
