// What a reader types becomes search terms (src/content/search/query.ts): pure functions, no app needed.
import { test } from 'tap'
import { parseSearchQuery, searchTerms } from '../../../src/content/search/query.js'

test('control characters are stripped from search terms: they separate words like a space', async (t) => {
  t.same(parseSearchQuery('medical\u0001coding\u007f'), [{ text: 'medical', phrase: false, prefix: false }, { text: 'coding', phrase: false, prefix: false }])
  t.same(parseSearchQuery('\u0000"health\u001finformation\u0085"*'), [{ text: 'health information', phrase: true, prefix: true }], 'inside a phrase too (C0 and C1)')
  t.same(parseSearchQuery('medi\u009bcal\ud800'), [{ text: 'medi', phrase: false, prefix: false }, { text: 'cal', phrase: false, prefix: false }], 'and unpaired surrogates')
  for (const q of ['medical\u0007', '\u0002medical', 'med\u0000*']) {
    for (const term of parseSearchQuery(q)) t.notMatch(term.text, /[\p{Cc}\p{Cs}]/u, `${JSON.stringify(q)}: no control character left in ${JSON.stringify(term.text)}`)
  }
  t.throws(() => searchTerms(Array.from({ length: 11 }, (_, n) => `word${n}`).join('\u0001')), { statusCode: 400, errors: [{ path: '/query/q', message: 'must have at most 10 words and phrases' }] },
    'eleven words separated by controls are eleven terms')
})
