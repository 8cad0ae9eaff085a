import { Type } from '@sinclair/typebox'
import { test } from 'tap'
import { buildApp } from '../../src/app.js'
import { loadOnFirstUse } from '../../src/base/lazy.js'
import { loadConfig } from '../../src/config.js'
import { ADMIN, build, captureLogs, PROBLEM } from '../helper.js'

/** Modules a probe route loads on first use: the first load fails (a module that is not installed), later ones work. */
const moduleNames = ['no-such-module-for-this-test', 'node:path']
let loads = 0
const probeModule = loadOnFirstUse('the probe module', async () => {
  loads++
  return await import(moduleNames.shift()!) as unknown
})

/** The real app plus probe routes: a JSON POST with a schema, one that fails unexpectedly, one loading a module on first use. */
async function buildWithProbes (t: { teardown(fn: () => unknown): void }) {
  const logs = captureLogs()
  const app = await buildApp({ config: loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'info' }), logStream: logs.stream })
  app.post('/probe', {
    schema: { body: Type.Object({ email: Type.String({ format: 'email', maxLength: 254 }), rating: Type.Integer({ minimum: 1, maximum: 5 }) }) },
  }, async () => ({ ok: true }))
  app.get('/boom', async () => { throw new Error('SQLITE_ERROR: near "SELEC": syntax error in SELECT * FROM secrets') })
  app.get('/lazy', async () => ({ loaded: typeof await probeModule() }))
  await app.ready()
  t.teardown(() => app.close())
  return { app, logs }
}

test('every error is application/problem+json', async (t) => {
  const { app, logs } = await buildWithProbes(t)

  t.test('unknown route', async (t) => {
    const res = await app.inject({ url: '/v2/whatever?email=a@b.c' })
    t.equal(res.statusCode, 404)
    t.equal(res.headers['content-type'], PROBLEM)
    t.same(Object.keys(res.json()).sort(), ['detail', 'instance', 'status', 'title', 'type'])
    t.equal(res.json().detail, 'No route for GET /v2/whatever', 'query string not echoed')
  })

  t.test('malformed JSON', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/probe', headers: { 'content-type': 'application/json' }, payload: '{"email": ' })
    t.equal(res.statusCode, 400)
    t.equal(res.headers['content-type'], PROBLEM)
    t.equal(res.json().detail, 'The request body is not valid JSON.')
  })

  t.test('empty JSON body', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/probe', headers: { 'content-type': 'application/json' }, payload: '' })
    t.equal(res.statusCode, 400)
    t.equal(res.headers['content-type'], PROBLEM)
  })

  t.test('unsupported content type', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/probe', headers: { 'content-type': 'application/xml' }, payload: '<x/>' })
    t.equal(res.statusCode, 415)
    t.equal(res.headers['content-type'], PROBLEM)
    t.equal(res.json().title, 'Unsupported Media Type')
  })

  t.test('body too large', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/probe', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'a@b.co', pad: 'x'.repeat(17 * 1024) }) })
    t.equal(res.statusCode, 413)
    t.equal(res.headers['content-type'], PROBLEM)
  })

  t.test('validation errors name every field', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/probe', payload: { email: 'not-an-email', rating: 9 } })
    t.equal(res.statusCode, 400)
    t.equal(res.headers['content-type'], PROBLEM)
    t.same(res.json().errors, [
      { path: '/body/email', message: 'must be a valid email address' },
      { path: '/body/rating', message: 'must be at most 5' },
    ])
    const missing = await app.inject({ method: 'POST', url: '/probe', payload: {} })
    t.same(missing.json().errors, [{ path: '/body/email', message: 'is required' }, { path: '/body/rating', message: 'is required' }])
  })

  t.test('a problem quoting a long request stays within the documented limits (Problem schema)', async (t) => {
    const name = 'x'.repeat(3000)
    const res = await app.inject({ url: `/v1/tags?${name}=1&${'\u{1F600}'.repeat(600)}=2` })
    t.equal(res.statusCode, 400)
    t.equal(res.headers['content-type'], PROBLEM)
    const problem = res.json()
    t.ok([...problem.detail].length <= 2000, 'detail at most 2000 characters')
    t.equal(problem.errors.length, 2)
    for (const error of problem.errors) t.ok([...error.path].length <= 500, 'path at most 500 characters')
    t.match(problem.errors[0].path, /^\/query\/x+…$/, 'cut with an ellipsis')
    const notFound = await app.inject({ url: `/v2/${'y'.repeat(5000)}` })
    t.ok([...notFound.json().detail].length <= 2000, 'a long unknown path too')
  })

  t.test('an unexpected exception is a 500 without stack or SQL, logged with the request id', async (t) => {
    const res = await app.inject({ url: '/boom' })
    t.equal(res.statusCode, 500)
    t.equal(res.headers['content-type'], PROBLEM)
    const body = res.json()
    t.equal(body.title, 'Internal Server Error')
    t.notMatch(res.body, /SQLITE|SELECT|secrets|at .*:\d+:\d+/)
    const requestId = body.instance.replace('urn:request:', '')
    t.match(body.detail, requestId)
    const logged = logs.lines.map((line) => JSON.parse(line)).find((entry) => entry.level === 50)
    t.ok(logged, 'logged at error level')
    t.equal(logged.reqId, requestId)
    t.match(logged.err.message, /SQLITE_ERROR/)
  })

  t.test('a module that fails to load on first use is a 500 problem for that request, logged by name; the next use loads it', async (t) => {
    const failed = await app.inject({ url: '/lazy' })
    t.equal(failed.statusCode, 500, 'a server error, not a client error')
    t.equal(failed.headers['content-type'], PROBLEM)
    t.notMatch(failed.body, /no-such-module/, 'the module is not named to the client')
    const logged = logs.lines.map((line) => JSON.parse(line)).filter((entry) => entry.level === 50).at(-1)
    t.equal(logged.err.type, 'ModuleLoadError')
    t.match(logged.err.message, /^Could not load the probe module: .*no-such-module-for-this-test/, 'the log names what could not be loaded')
    const [first, second] = await Promise.all([app.inject({ url: '/lazy' }), app.inject({ url: '/lazy' })])
    t.same([first.statusCode, second.statusCode], [200, 200], 'the process is still serving, and the next use loads it')
    t.same(first.json(), { loaded: 'object' })
    t.equal(loads, 2, 'requests at once share one load; a loaded module is not loaded again')
    t.equal((await app.inject({ url: '/lazy' })).statusCode, 200)
    t.equal(loads, 2)
  })
})

test('unknown and existing admin paths answer alike without a valid key; with one, 404 and 405 as anywhere', async (t) => {
  const app = await build(t)
  const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined })
  for (const authorization of [undefined, 'Bearer wrong-key-0123456789abcdef']) {
    const headers = authorization ? { authorization } : {}
    const existing = await app.inject({ url: '/v1/admin/articles', headers })
    const unknown = await app.inject({ url: '/v1/admin/no-such-thing', headers })
    const wrongMethod = await app.inject({ method: 'DELETE', url: '/v1/admin/whoami', headers })
    for (const res of [existing, unknown, wrongMethod]) {
      t.equal(res.statusCode, 401)
      t.equal(res.headers['www-authenticate'], existing.headers['www-authenticate'])
      t.same(strip(res.json()), strip(existing.json()), 'the same problem: nothing tells which admin paths exist')
    }
  }
  const unknown = await app.inject({ url: '/v1/admin/no-such-thing', headers: ADMIN })
  t.equal(unknown.statusCode, 404)
  t.equal(unknown.headers['cache-control'], 'private, no-store')
  const wrongMethod = await app.inject({ method: 'DELETE', url: '/v1/admin/whoami', headers: ADMIN })
  t.equal(wrongMethod.statusCode, 405)
  t.equal(wrongMethod.headers.allow, 'GET, HEAD, OPTIONS')
})
