// The CommonMark specification's examples (commonmark-spec 0.31.2: 652 examples), each imported as the body of a post:
// it either imports, and then export → import gives the identical stored article and export is idempotent, or it is
// refused with a clear error (a path and a message). Counts when written: 641 import and round-trip, 11 are refused —
// 6 links with an empty destination (`[link]()`) or an empty `##` heading ("must not be empty"), 5 autolinks with schemes
// a reader cannot follow safely (irc:, made-up schemes). The refused examples are listed: any other example that stops
// importing fails this test.
import { createRequire } from 'node:module'
import { test } from 'tap'
import { importDocument, roundTrip } from './pipeline.js'

interface SpecExample { markdown: string, html: string, section: string, number: number }
const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] }

/** Refused, with the reason: nothing else may be. */
const REFUSED = new Map<number, RegExp>([
  [79, /must not be empty/], // `## ` — an empty section heading
  [200, /must not be empty/], [485, /must not be empty/], [486, /must not be empty/], [487, /must not be empty/], [567, /must not be empty/], // empty link URLs
  [500, /http\(s\), mailto or tel URL/], [596, /http\(s\), mailto or tel URL/], [598, /http\(s\), mailto or tel URL/], [599, /http\(s\), mailto or tel URL/], [601, /http\(s\), mailto or tel URL/],
])
const IMPORTED_AT_LEAST = 641

test('CommonMark spec examples: each imports and round-trips, or is refused with a clear error', async (t) => {
  t.equal(spec.tests.length, 652, 'the examples of commonmark-spec 0.31.2')
  let imported = 0
  for (const example of spec.tests) {
    // A title and slug in front matter: examples are bodies, and most have no `#` title.
    const result = importDocument(`---\ntitle: Example ${example.number}\nslug: example\n---\n${example.markdown}`)
    if (!result.ok) {
      const expected = REFUSED.get(example.number)
      t.ok(expected, `example ${example.number} (${example.section}) is refused only if known to be: ${JSON.stringify(result.errors)}`)
      t.ok(result.errors.length > 0 && result.errors.every((error) => error.path !== undefined && error.message !== ''), `example ${example.number}: each error has a path and a message`)
      if (expected) t.match(result.errors[0]!.message, expected, `example ${example.number}: the reason`)
      continue
    }
    const trip = roundTrip(result.document)
    if (trip.ok) imported++
    else t.fail(`example ${example.number} (${example.section}) round-trips: ${trip.reason.slice(0, 2000)}`)
  }
  t.ok(imported >= IMPORTED_AT_LEAST, `at least ${IMPORTED_AT_LEAST} examples import and round-trip (${imported})`)
  t.equal(imported + REFUSED.size, spec.tests.length, 'every example either round-trips or is a known refusal')
})
