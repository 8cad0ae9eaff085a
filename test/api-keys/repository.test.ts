import { test } from 'tap'
import { sha256 } from '../../src/base/hash.js'
import { LAST_USED_RESOLUTION_MS } from '../../src/api-keys/repository.js'
import { build } from '../helper.js'

test('findActiveByHash records last_used_at at most once a minute', async (t) => {
  const app = await build(t, { seed: false })
  const { keys } = app.repositories
  const { key } = await keys.create('ops-laptop')
  const hash = sha256(key)
  const lastUsed = async () => (await keys.list()).find((info) => info.name === 'ops-laptop')!.last_used_at
  const first = new Date('2030-01-01T00:00:00.000Z')
  const at = (ms: number) => new Date(first.getTime() + ms)

  t.equal(LAST_USED_RESOLUTION_MS, 60_000, 'a minute')
  t.equal(await lastUsed(), null, 'never used yet')
  t.equal(await keys.findActiveByHash(hash, first), 'ops-laptop')
  t.equal(await lastUsed(), first.toISOString(), 'the first use is written')

  t.equal(await keys.findActiveByHash(hash, at(1)), 'ops-laptop')
  t.equal(await keys.findActiveByHash(hash, at(LAST_USED_RESOLUTION_MS - 1)), 'ops-laptop')
  t.equal(await lastUsed(), first.toISOString(), 'uses within the minute are not written')

  t.equal(await keys.findActiveByHash(hash, at(LAST_USED_RESOLUTION_MS)), 'ops-laptop')
  t.equal(await lastUsed(), at(LAST_USED_RESOLUTION_MS).toISOString(), 'a use a minute later is written')
  t.equal(await keys.findActiveByHash(hash, at(LAST_USED_RESOLUTION_MS + 30_000)), 'ops-laptop')
  t.equal(await lastUsed(), at(LAST_USED_RESOLUTION_MS).toISOString(), 'and the minute starts again from it')

  t.equal(await keys.findActiveByHash(sha256(`${key}x`), at(2 * LAST_USED_RESOLUTION_MS)), undefined, 'an unknown key is not found')
  await keys.revoke('ops-laptop')
  t.equal(await keys.findActiveByHash(hash, at(3 * LAST_USED_RESOLUTION_MS)), undefined, 'a revoked key is not found')
  t.equal(await lastUsed(), at(LAST_USED_RESOLUTION_MS).toISOString(), 'nor is its use recorded')
})
