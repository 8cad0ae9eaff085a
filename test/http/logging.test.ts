import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { InjectOptions } from 'fastify'
import { test } from 'tap'
import { projectRoot } from '../../src/base/paths.js'
import { ADMIN, ADMIN_KEY, build, captureLogs, postContactForm, SLUG, WEBHOOK_SECRET } from '../helper.js'
import { startReceiver, waitFor } from '../fixtures/webhook-receiver.js'

test('personal data never reaches the logs', async (t) => {
  const receiver = await startReceiver(t, (n) => n === 1 ? 500 : 200)
  const logs = captureLogs()
  const app = await build(t, {
    logStream: logs.stream,
    env: {
      LOG_LEVEL: 'trace',
      LOG_REQUESTS: 'true',
      CONTACT_RATE_LIMIT_MAX: '3',
      CONTACT_REDIRECT_ORIGINS: 'https://www.example.org',
      WEBHOOK_URLS: receiver.url,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_SECRET,
      WEBHOOK_BACKOFF_MS: '5',
    },
  })
  const secrets = ['Zanzibar Quux', 'zanzibar.quux@example.org', 'zanzibar.quux', 'Kumquat subject', 'Marmalade message body', 'grace.q@example.org', 'Grace Qwerty']

  const json = await app.inject({ method: 'POST', url: '/v1/contact-messages', headers: { 'idempotency-key': 'log-key' }, payload: { name: 'Zanzibar Quux', email: 'zanzibar.quux@example.org', subject: 'Kumquat subject', message: 'Marmalade message body' } })
  t.equal(json.statusCode, 202)
  const id = json.json().data.id
  const form = await postContactForm(app, { name: 'Grace Qwerty', email: 'grace.q@example.org', message: 'Marmalade message body', redirect: 'https://www.example.org/thanks' })
  t.equal(form.statusCode, 303)
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { name: 'Zanzibar Quux', email: 'zanzibar.quux@example.org', message: 'x'.repeat(5001) } })).statusCode, 400)
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example.org', message: 'Marmalade message body', article_slug: 'no-such-page' } })).statusCode, 400)
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example.org', message: 'Marmalade message body 2' } })).statusCode, 202, 'the refused requests did not count')
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example.org', message: 'Marmalade message body 3' } })).statusCode, 429)
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', headers: { 'idempotency-key': 'log-key' }, payload: { email: 'zanzibar.quux@example.org', message: 'different' } })).statusCode, 422)
  t.equal((await app.inject({ url: `/v1/admin/contact-messages?q=${encodeURIComponent('zanzibar.quux@example.org')}`, headers: ADMIN })).json().data.length, 2)
  t.equal((await app.inject({ url: `/v1/admin/contact-messages/${id}`, headers: ADMIN })).statusCode, 200)
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/admin/contact-messages/${id}`, headers: ADMIN, payload: { status: 'read' } })).statusCode, 200)
  await waitFor(() => receiver.requests.some((request) => request.status === 200), { what: 'the webhook retry' })
  t.equal((await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/export', headers: ADMIN, payload: { email: 'zanzibar.quux@example.org' } })).statusCode, 200)
  t.equal((await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/erase', headers: ADMIN, payload: { email: 'grace.q@example.org' } })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/admin/contact-messages?q=%25', headers: { authorization: 'Bearer wrong-key-0123456789' } })).statusCode, 401)

  const text = logs.text()
  t.ok(logs.lines.length > 20, `${logs.lines.length} log lines written`)
  for (const secret of [...secrets, ADMIN_KEY, 'wrong-key-0123456789', 'log-key', 'https://www.example.org/thanks']) {
    t.notOk(text.toLowerCase().includes(secret.toLowerCase()), `"${secret}" is not logged`)
  }
  t.notOk(text.includes('?q='), 'no raw URLs with query strings')
  t.ok(text.includes('"route":"/v1/contact-messages"'), 'route patterns are logged')
  t.ok(text.includes('"route":"/v1/admin/contact-messages/:id"'))
  t.ok(text.includes('"route":"/v1/admin/contact-messages"'))
  t.ok(text.includes('webhook attempt failed, will retry'), 'webhook outcomes are logged')
  t.ok(text.includes('data subject erased'), 'erasure is audited, without the email')
})

test('LOG_REQUESTS=true: one log line per request, once it is answered; off by default', async (t) => {
  const logs = captureLogs()
  const app = await build(t, { logStream: logs.stream, env: { LOG_LEVEL: 'info', LOG_REQUESTS: 'true' } })
  const before = logs.lines.length
  t.equal((await app.inject({ url: '/v1/articles?limit=1' })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/articles/nope' })).statusCode, 404)
  const lines = logs.lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>)
  const completed = lines.filter((line) => line.msg === 'request completed')
  t.equal(completed.length, 2, 'one line for each request')
  t.notOk(lines.some((line) => line.msg === 'incoming request'), 'no line when a request arrives')
  t.match(completed[0], { level: 30, req: { method: 'GET', route: '/v1/articles' }, res: { statusCode: 200 }, responseTime: Number })
  t.match(completed[1], { req: { route: '/v1/articles/:slug' }, res: { statusCode: 404 } })
  t.equal(completed[0]!.reqId, completed[0]!.req && (completed[0]!.req as { id: string }).id, 'with the request id')

  const quiet = captureLogs()
  const off = await build(t, { logStream: quiet.stream, env: { LOG_LEVEL: 'info' } })
  const start = quiet.lines.length
  t.equal((await off.inject({ url: '/v1/articles' })).statusCode, 200)
  t.equal(quiet.lines.slice(start).length, 0, 'by default a served request writes nothing (a line per request costs about a third of a cached read)')
})

test('every refused request (4xx) is one info line, "request refused", as the README says: ids and codes, nothing the client sent', async (t) => {
  const logs = captureLogs()
  const app = await build(t, { logStream: logs.stream, env: { LOG_LEVEL: 'info', CONTACT_RATE_LIMIT_MAX: '1' } })
  const secrets = ['zanzibar.quux@example.org', 'Marmalade message body', 'wrong-key-0123456789', 'nope-kumquat', 'kumquat-search']
  const refused: Array<[InjectOptions, number]> = [
    [{ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example', message: 'Marmalade message body' } }, 400],
    [{ url: '/v1/admin/whoami', headers: { authorization: 'Bearer wrong-key-0123456789' } }, 401],
    [{ url: '/v1/articles/nope-kumquat' }, 404],
    [{ url: `/v1/articles/${SLUG}`, headers: { accept: 'application/pdf' } }, 406],
    [{ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example.org', message: `Marmalade message body ${'x'.repeat(20_000)}` } }, 413],
    [{ method: 'POST', url: '/v1/contact-messages', headers: { 'content-type': 'text/plain' }, payload: 'Marmalade message body' }, 415],
    [{ url: '/v1/search?q=kumquat-search&limit=500' }, 400],
  ]
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example.org', message: 'Marmalade message body' } })).statusCode, 202)
  refused.push([{ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example.org', message: 'Marmalade message body, again' } }, 429])

  for (const [request, status] of refused) {
    const before = logs.lines.length
    const res = await app.inject(request)
    t.equal(res.statusCode, status, `${request.method ?? 'GET'} ${request.url as string}: ${status}`)
    const lines = logs.lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>)
    const line = lines.find((candidate) => candidate.msg === 'request refused')
    t.equal(lines.filter((candidate) => candidate.msg === 'request refused').length, 1, `${status}: one "request refused" line, with LOG_REQUESTS off`)
    t.equal(line?.level, 30, `${status}: at info`)
    const problem = res.json<{ type: string, instance: string }>()
    t.match(line, { reqId: problem.instance.replace('urn:request:', ''), status, type: problem.type }, `${status}: the request id the problem quotes, the status and the problem type`)
    t.same(Object.keys(line ?? {}).filter((key) => !['level', 'time', 'pid', 'hostname', 'reqId', 'status', 'type', 'code', 'msg'].includes(key)), [], `${status}: nothing else`)
  }
  const text = logs.text()
  for (const secret of secrets) t.notOk(text.toLowerCase().includes(secret.toLowerCase()), `"${secret}" is not logged`)

  // What the README tells operators the line holds.
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8')
  const logging = readme.slice(readme.indexOf('**What is logged.**'), readme.indexOf('\n\n**', readme.indexOf('**What is logged.**')))
  t.match(logging, '`request refused`', 'the README names the line')
  for (const field of ['reqId', 'status', 'type', 'code']) t.match(logging, `\`${field}\``, `and says what ${field} is`)
  t.match(logging, /whatever\s+`LOG_REQUESTS`\s+says/, 'and that it is written with request lines off')
  t.match(readme, /\| `LOG_LEVEL` \|[^\n]*`request refused`/, 'the LOG_LEVEL row mentions it')
})
