// Load shedding: under pressure, requests are refused at once with a 503 problem and Retry-After; /health still
// answers, /ready does not.
import { test } from 'tap'
import { build, PROBLEM } from '../helper.js'

const blockEventLoop = (ms: number) => {
  const until = Date.now() + ms
  while (Date.now() < until) { /* a request handler gone wrong */ }
}

test('a lagging event loop sheds load with 503 problems; liveness stays up, readiness does not', async (t) => {
  const app = await build(t, { env: { MAX_EVENT_LOOP_DELAY_MS: '20' } })
  t.equal((await app.inject({ url: '/v1/tags' })).statusCode, 200, 'fine while the loop is idle')
  let refused
  for (let attempt = 0; attempt < 40 && refused?.statusCode !== 503; attempt++) {
    // Lag the loop in many short turns so the sampler sees a high mean delay.
    for (let turn = 0; turn < 10; turn++) {
      blockEventLoop(60)
      await new Promise((resolve) => setImmediate(resolve))
    }
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
  blockEventLoop(300)
  await new Promise((resolve) => setTimeout(resolve, 1200))
  t.equal((await app.inject({ url: '/v1/tags' })).statusCode, 200)
})
