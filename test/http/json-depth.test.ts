// JSON bodies nested deeper than any endpoint takes are a 400 problem naming /body: never a 500 (schema validation
// recursing until the stack overflows), never a hang. Bodies as deep as real ones are parsed as before.
import { test } from 'tap'
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../src/http/json-depth.js'
import { ADMIN, build, PROBLEM } from '../helper.js'

/** `levels` block quotes inside one another around a paragraph: two JSON levels each (the quote, its children). */
function quotes (levels: number): string {
  let json = '{"type":"paragraph","text":"x"}'
  for (let i = 0; i < levels; i++) json = `{"type":"blockquote","children":[${json}]}`
  return json
}
const articleWith = (slug: string, block: string) => `{"slug":"${slug}","title":"Deep","sections":[],"intro":[${block}]}`

interface Problem { detail: string, errors?: Array<{ path: string, message: string }> }

test('POST /v1/admin/articles: JSON nested too deep', async (t) => {
  const app = await build(t, { seed: false })
  const post = (payload: string) => app.inject({ method: 'POST', url: '/v1/admin/articles', headers: { ...ADMIN, 'content-type': 'application/json' }, payload })
  const depthProblem = (body: Problem) => body.errors?.some((error) => error.path === '/body' && error.message === `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`)

  t.test('2 MiB of 50,000 block quotes (100,000 levels), or of 1,000,000 nested arrays: a 400 naming /body, nothing stored', async (t) => {
    const bodies = { quotes: articleWith('quotes', quotes(50_000)), arrays: `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}` }
    for (const [name, payload] of Object.entries(bodies)) {
      t.ok(payload.length > 1024 * 1024 && payload.length <= 2 * 1024 * 1024, `${name}: ${payload.length} bytes, within the authoring body limit`)
      const res = await post(payload)
      t.equal(res.statusCode, 400, `${name}: ${res.body.slice(0, 200)}`)
      t.equal(res.headers['content-type'], PROBLEM)
      t.ok(depthProblem(res.json<Problem>()), `${name}: names /body and the depth`)
    }
    t.equal((await app.inject({ url: '/v1/admin/articles/quotes', headers: ADMIN })).statusCode, 404)
  })

  t.test('1,000 nested block quotes (a 500 from schema validation before the guard): a 400', async (t) => {
    const res = await post(articleWith('thousand', quotes(1000)))
    t.equal(res.statusCode, 400)
    t.ok(depthProblem(res.json<Problem>()))
  })

  t.test('at the guard\'s depth the body is parsed, and the model\'s own nesting limit refuses it, naming the path', async (t) => {
    // The article object, the intro array and the paragraph are three levels: the rest are the quotes' (two each).
    const levels = Math.floor((MAX_JSON_DEPTH - 3) / 2)
    const payload = articleWith('at-the-guard', quotes(levels))
    t.notOk(nestsDeeperThan(payload, MAX_JSON_DEPTH))
    t.ok(nestsDeeperThan(payload, MAX_JSON_DEPTH - 2))
    const res = await post(payload)
    t.equal(res.statusCode, 400, res.body.slice(0, 300))
    t.notOk(depthProblem(res.json<Problem>()), 'not refused by the guard')
    t.match(res.json<Problem>().errors?.[0]?.path, /^\/body\/intro\/0(?:\/children\/0)+/)
  })

  t.test('an article as deep as the model allows is created as before', async (t) => {
    const res = await post(articleWith('ten-deep', quotes(10)))
    t.equal(res.statusCode, 201, res.body.slice(0, 300))
  })

  t.test('malformed or poisoned JSON is refused as before', async (t) => {
    for (const payload of ['{"slug": ', '{"slug":"a","__proto__":{"x":1}}', '']) {
      const res = await post(payload)
      t.equal(res.statusCode, 400, JSON.stringify(payload))
      t.equal(res.headers['content-type'], PROBLEM)
    }
  })
})

test('the depth scan', async (t) => {
  t.notOk(nestsDeeperThan('[[1],[2]]', 2))
  t.ok(nestsDeeperThan('[[[1]]]', 2))
  t.notOk(nestsDeeperThan('{"a":"[[[[{{{{"}', 1), 'brackets inside strings do not count')
  t.notOk(nestsDeeperThan('{"a":"\\"[[[["}', 1), 'nor after an escaped quote')
  t.ok(nestsDeeperThan('{"a\\\\":[[1]]}', 2), 'an escaped backslash ends before the closing quote')
  t.notOk(nestsDeeperThan('', 0))
})
