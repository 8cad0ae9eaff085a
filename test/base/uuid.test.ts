import { test } from 'tap'
import { createUuidV7Generator, uuidV7 } from '../../src/base/uuid.js'

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const millisecondsOf = (uuid: string) => parseInt(uuid.replace(/-/g, '').slice(0, 12), 16)
const ascending = (ids: string[]) => ids.every((id, index) => index === 0 || ids[index - 1]! < id)

test('uuidV7', async (t) => {
  t.test('a version 7, RFC 9562 variant UUID holding the time in milliseconds', async (t) => {
    const before = Date.now()
    const id = uuidV7()
    t.match(id, UUID_V7)
    t.ok(millisecondsOf(id) >= before && millisecondsOf(id) <= Date.now(), 'its first 48 bits are the Unix time in ms')
  })

  t.test('ids made in one millisecond sort in the order made, past the counter running out', async (t) => {
    const next = createUuidV7Generator(() => 1_767_225_600_000)
    const ids = Array.from({ length: 10_000 }, next)
    t.ok(ids.every((id) => UUID_V7.test(id)), 'every one a UUIDv7')
    t.ok(ascending(ids), 'each greater than the one before, as text')
    t.equal(millisecondsOf(ids[0]!), 1_767_225_600_000, 'the time of the clock')
    t.ok(millisecondsOf(ids.at(-1)!) > 1_767_225_600_000, 'the timestamp moves on once 4096 ids are used in a millisecond')
  })

  t.test('ids sort in the order made when the clock steps back', async (t) => {
    const times = [5_000, 5_001, 4_000, 4_000, 5_001, 6_000]
    const next = createUuidV7Generator(() => times.shift()!)
    const ids = Array.from({ length: 6 }, next)
    t.ok(ascending(ids), 'each greater than the one before')
    t.same(ids.map(millisecondsOf), [5_000, 5_001, 5_001, 5_001, 5_001, 6_000], 'never an earlier millisecond than the last')
  })
})
