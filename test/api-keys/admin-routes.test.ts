import { createHash } from 'node:crypto'
import { test } from 'tap'
import { ADMIN, ADMIN_KEY, build, PROBLEM } from '../helper.js'

test('GET /v1/admin/whoami', async (t) => {
  const app = await build(t)

  t.test('accepts ADMIN_API_KEY from the environment', async (t) => {
    const res = await app.inject({ url: '/v1/admin/whoami', headers: ADMIN })
    t.equal(res.statusCode, 200)
    t.same(res.json(), { data: { name: 'ADMIN_API_KEY' } })
  })

  t.test('missing, malformed and wrong keys are 401 problems with WWW-Authenticate', async (t) => {
    const cases: Array<[Record<string, string>, string]> = [
      [{}, 'invalid_request'],
      [{ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, 'invalid_request'],
      [{ authorization: 'Bearer' }, 'invalid_request'],
      [{ authorization: `Bearer ${ADMIN_KEY}x` }, 'invalid_token'],
      [{ authorization: 'Bearer cak_not-a-real-key' }, 'invalid_token'],
    ]
    for (const [headers, error] of cases) {
      const res = await app.inject({ url: '/v1/admin/whoami', headers })
      t.equal(res.statusCode, 401, JSON.stringify(headers))
      t.equal(res.headers['content-type'], PROBLEM)
      t.equal(res.headers['www-authenticate'], `Bearer realm="admin", error="${error}"`)
      t.equal(res.json().status, 401)
    }
  })

  t.test('accepts stored keys, records their use, and refuses them once revoked', async (t) => {
    const app = await build(t, { env: { ADMIN_API_KEY: '' } })
    const { keys } = app.repositories
    const { key, info } = await keys.create('ops-laptop')
    t.match(key, /^cak_[A-Za-z0-9_-]{43}$/)
    t.equal(info.last_used_at, null)

    const row = await app.database.db.selectFrom('api_keys').selectAll().where('name', '=', 'ops-laptop').executeTakeFirstOrThrow()
    t.equal(row.key_hash, createHash('sha256').update(key).digest('hex'), 'stored as its SHA-256')
    t.notOk(JSON.stringify(row).includes(key.slice(4)), 'the key itself is not stored')

    const res = await app.inject({ url: '/v1/admin/whoami', headers: { authorization: `Bearer ${key}` } })
    t.equal(res.statusCode, 200)
    t.same(res.json(), { data: { name: 'ops-laptop' } })
    const used = await app.database.db.selectFrom('api_keys').select('last_used_at').where('name', '=', 'ops-laptop').executeTakeFirstOrThrow()
    t.ok(used.last_used_at, 'last_used_at recorded')

    const envKey = await app.inject({ url: '/v1/admin/whoami', headers: ADMIN })
    t.equal(envKey.statusCode, 401, 'ADMIN_API_KEY unset: the test key is not accepted')

    t.equal(await keys.revoke('ops-laptop'), true)
    const revoked = await app.inject({ url: '/v1/admin/whoami', headers: { authorization: `Bearer ${key}` } })
    t.equal(revoked.statusCode, 401)
    t.equal(await keys.revoke('ops-laptop'), false, 'nothing left to revoke')
  })

  t.test('an active name cannot be reused, a revoked one can', async (t) => {
    const app = await build(t)
    await app.repositories.keys.create('ci')
    await t.rejects(app.repositories.keys.create('ci'), /already exists/)
    await app.repositories.keys.revoke('ci')
    const again = await app.repositories.keys.create('ci')
    t.ok(again.key)
  })
})
