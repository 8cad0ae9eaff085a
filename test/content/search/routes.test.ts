import { test } from 'tap'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { sql } from 'kysely'
import { asTsqueryProblem } from '../../../src/content/search/postgres.js'
import { searchFts5 } from '../../../src/content/search/sqlite.js'
import { ADMIN, build, ENGINE, SLUG } from '../../helper.js'

const PROBLEM = 'application/problem+json; charset=utf-8'
const ARTICLES = '/v1/admin/articles'
const PAKISTAN = 'the-importance-of-internships-in-pakistans-healthcare-sector'
const SKILLS = 'building-job-ready-skills-through-hands-on-experience'

interface Hit { slug: string, title: string, section_key: string | null, heading: string | null, snippet: string, url: string, score: number }

function admin (app: FastifyInstance, method: InjectOptions['method'], url: string, payload?: unknown) {
  return app.inject({ method, url, headers: ADMIN, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) })
}

async function search (app: FastifyInstance, q: string, extra = '') {
  const res = await app.inject({ url: `/v1/search?q=${encodeURIComponent(q)}${extra}` })
  return { res, hits: res.statusCode === 200 ? res.json().data as Hit[] : [] }
}

/** Where each hit points: slug, or slug/section. */
const places = (hits: Hit[]) => hits.map((hit) => hit.section_key === null ? hit.slug : `${hit.slug}/${hit.section_key}`)

const second = {
  slug: 'cafe-culture-for-interns',
  title: 'Café Culture for Interns',
  intro: [{ type: 'paragraph', text: 'Where the espresso machine is, the ward gossip is.' }],
  sections: [
    { heading: 'The Night Shift', blocks: [{ type: 'paragraph', text: 'Bring a thermos of barley tea to the radiology department.' }] },
    {
      heading: 'Sharing Notes Safely',
      blocks: [
        { type: 'paragraph', text: 'Never paste <script>alert("x")</script> & friends into the ward\'s shared notes.' },
        { type: 'list', style: 'bullet', items: [{ text: 'Medical coding cheat sheets are fine' }, { text: 'Passwords are not' }] },
      ],
    },
  ],
}

test('GET /v1/search', async (t) => {
  const app = await build(t)

  t.test('the seed article: its best-matching section, a marked snippet and a link to the section', async (t) => {
    const { res, hits } = await search(app, 'medical coding')
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    // "Medical coding" is in two sections: "Building Job-Ready Skills…" has it and "Medical documentation" in fewer
    // words, so it ranks above the Pakistan section ("Medical coding and health information management").
    t.same(places(hits), [`${SLUG}/${SKILLS}`], 'one hit per article, at its best section')
    const [hit] = hits
    t.match(hit, {
      slug: SLUG,
      title: 'From Training to Employment: The Power of Healthcare Internships',
      section_key: SKILLS,
      heading: 'Building Job-Ready Skills Through Hands-On Experience',
      url: `/v1/articles/${SLUG}/sections/${SKILLS}`,
    })
    t.ok(hit!.score > 0, 'a positive score')
    t.match(hit!.snippet, /<mark>Medical<\/mark> documentation and health records management <mark>Medical<\/mark> <mark>coding<\/mark> and billing/)
    t.notMatch(hit!.snippet, /\n/, 'one line: blocks are separated by spaces')
    t.same(res.json().meta, { pagination: { page: 1, limit: 10, pages: 1, total: 1, next: null, prev: null } })

    const section = await app.inject({ url: hit!.url })
    t.equal(section.statusCode, 200, 'the url is the section')
    t.match(JSON.stringify(section.json().data.blocks), /Medical coding and billing processes/)
  })

  t.test('words elsewhere in the article still match; the hit is where most of them are', async (t) => {
    t.same(places((await search(app, 'medical coding pakistan')).hits), [`${SLUG}/${PAKISTAN}`], 'only the Pakistan section has all three')
    t.same(places((await search(app, 'pakistan')).hits), [`${SLUG}/${PAKISTAN}`])
    // "Power" is only in the title, "Pakistan" only in one section: the article has both. Its best part differs by
    // engine: bm25 (SQLite) weighs a word by its rarity, and "pakistan" is in one part, "power" in several, so the
    // Pakistan section wins; ts_rank (PostgreSQL) does not, so the title's weight wins.
    t.same(places((await search(app, 'power pakistan')).hits), [ENGINE === 'sqlite' ? `${SLUG}/${PAKISTAN}` : SLUG])
    t.same((await search(app, 'pakistan zebra')).hits, [], 'every word must be in the article')
  })

  t.test('a match in the title or the intro: section_key null, the article as url', async (t) => {
    const { hits } = await search(app, 'power')
    t.match(hits, [{ section_key: null, heading: null, url: `/v1/articles/${SLUG}`, snippet: 'From Training to Employment: The <mark>Power</mark> of Healthcare Internships' }])
    const intro = (await search(app, 'decisive')).hits
    t.match(intro, [{ section_key: null, url: `/v1/articles/${SLUG}` }], 'a word of the intro')
    t.match(intro[0]!.snippet, /a <mark>decisive<\/mark> role/)
  })

  t.test('a heading weighs more than the text', async (t) => {
    // "Conclusion" is a heading only; "workforce" is in the heading of one section and the text of others.
    t.match((await search(app, 'conclusion')).hits, [{ section_key: 'conclusion', snippet: '<mark>Conclusion</mark>' }])
    t.match((await search(app, 'workforce')).hits, [{ section_key: 'supporting-workforce-development-in-healthcare' }])
  })

  t.test('phrases, prefixes and word forms', async (t) => {
    t.same(places((await search(app, '"medical coding"')).hits), [`${SLUG}/${SKILLS}`])
    t.same((await search(app, '"coding medical"')).hits, [], 'a phrase is these words in this order')
    t.same((await search(app, '"medical billing"')).hits, [], 'and next to each other')
    t.same(places((await search(app, '"medical coding" pakistan')).hits), [`${SLUG}/${PAKISTAN}`], 'a phrase and a word')
    t.same(places((await search(app, '"medical coding')).hits), [`${SLUG}/${SKILLS}`], 'an unclosed quote runs to the end')
    t.same(places((await search(app, 'pakist*')).hits), [`${SLUG}/${PAKISTAN}`], 'a prefix')
    t.match((await search(app, 'pakist*')).hits[0]!.snippet, /<mark>Pakistan<\/mark>/)
    t.same(places((await search(app, '"health information manag"*')).hits), [`${SLUG}/${PAKISTAN}`], 'a phrase ending in a prefix')
    t.equal((await search(app, 'internship')).hits.length, 1, 'the singular finds "internships"')
    t.equal((await search(app, 'codes')).hits.length, 1, '"codes" finds "coding"')
    t.equal((await search(app, 'MEDICAL Coding')).hits.length, 1, 'case does not matter')
    t.same((await search(app, 'zebra')).hits, [])
  })

  t.test('stop words: part of phrases, searched for on SQLite only', async (t) => {
    // The title is "From Training to Employment: The Power of Healthcare Internships".
    t.same(places((await search(app, '"power of healthcare"')).hits), [SLUG], 'a phrase with a stop word in it')
    t.same((await search(app, '"power healthcare"')).hits, [], 'which keeps its place: these words are not next to each other')
    t.same(places((await search(app, '"the power of health"*')).hits), [SLUG], 'also before a prefix')
    // SQLite's porter tokenizer indexes every word; PostgreSQL's english configuration leaves out stop words ("the",
    // "and", "or", ...): there, a query of stop words only finds nothing, and a stop word next to other words is not
    // required.
    const onlyStopWords = await search(app, 'the')
    t.equal(onlyStopWords.res.statusCode, 200)
    t.equal(onlyStopWords.res.json().meta.pagination.total, ENGINE === 'sqlite' ? 1 : 0, 'the')
    t.equal((await search(app, 'the*')).hits.length, ENGINE === 'sqlite' ? 1 : 0, 'the* (a prefix that is a stop word)')
    t.same(places((await search(app, 'the power')).hits), [SLUG])
    t.same((await search(app, 'power then')).hits.length, ENGINE === 'sqlite' ? 0 : 1, '"then" is in no part; a stop word on PostgreSQL')
  })

  t.test("neither engine's query syntax means anything: it is text", async (t) => {
    const medical = places((await search(app, 'medical')).hits)
    t.same(medical, [`${SLUG}/${SKILLS}`])
    for (const q of ['-medical', '!medical', "'medical'", '(medical)', 'medical&', '"medical"', 'medical:']) {
      t.same(places((await search(app, q)).hits), medical, q)
    }
    // If these were operators, they would find the seed article: "zebra" is in no article.
    for (const q of ['medical or zebra', 'medical OR zebra', 'medical | zebra', 'medical|zebra', '-zebra', '!zebra', 'medical -zebra', 'medical !zebra']) {
      t.same((await search(app, q)).hits, [], q)
    }
    t.same(places((await search(app, 'medical<->coding')).hits), [`${SLUG}/${SKILLS}`], 'medical<->coding: the phrase "medical coding"')
    t.same(places((await search(app, 'medical&coding')).hits), [`${SLUG}/${SKILLS}`], 'medical&coding: the phrase "medical coding"')
    t.same((await search(app, 'coding&medical')).hits, [], 'coding&medical: the phrase "coding medical"')
  })

  t.test('public caching: ETag and Cache-Control, 304 while nothing changed', async (t) => {
    const { res } = await search(app, 'pakistan')
    t.equal(res.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600')
    t.match(res.headers.etag, /^"/)
    const again = await app.inject({ url: '/v1/search?q=pakistan', headers: { 'if-none-match': res.headers.etag as string } })
    t.equal(again.statusCode, 304)
  })

  t.test('invalid parameters are a 400 naming them', async (t) => {
    const cases: Array<[string, string, string]> = [
      ['', '/query/q', 'is required'],
      ['?q=', '/query/q', 'must not be empty'],
      ['?q=%22*%22', '/query/q', 'must contain a letter or digit to search for'],
      ['?q=-%20%2B%20%5E', '/query/q', 'must contain a letter or digit to search for'],
      [`?q=${'x'.repeat(201)}`, '/query/q', 'must be at most 200 characters'],
      ['?q=a%20b%20c%20d%20e%20f%20g%20h%20i%20j%20k', '/query/q', 'must have at most 10 words and phrases'],
      ['?q=in*', '/query/q', 'must have at least 3 letters or digits before a * (got "in*")'],
      ['?q=%22a%20b%22*', '/query/q', 'must have at least 3 letters or digits before a * (got "b*")'],
      ['?q=medical&limit=51', '/query/limit', 'must be at most 50'],
      ['?q=medical&limit=0', '/query/limit', 'must be at least 1'],
      ['?q=medical&page=0', '/query/page', 'must be at least 1'],
      ['?q=medical&sort=title', '/query/sort', 'is not a known field or parameter here'],
    ]
    for (const [query, path, message] of cases) {
      const res = await app.inject({ url: `/v1/search${query}` })
      t.equal(res.statusCode, 400, query)
      t.equal(res.headers['content-type'], PROBLEM)
      t.same(res.json().errors, [{ path, message }], `${query}: ${path} ${message}`)
    }
    t.equal((await search(app, 'x'.repeat(200))).res.statusCode, 200, '200 characters are fine')
    t.equal((await search(app, 'a b c d e f g h i j')).res.statusCode, 200, 'so are 10 words')
  })
})

test('search follows every write at once: a second article created, published, edited, unpublished and deleted', async (t) => {
  const app = await build(t)
  const created = await admin(app, 'POST', ARTICLES, second)
  t.equal(created.statusCode, 201)

  t.same((await search(app, 'espresso')).hits, [], 'a draft is not found')
  t.equal((await admin(app, 'POST', `${ARTICLES}/${second.slug}/publish`)).statusCode, 200)
  t.same(places((await search(app, 'espresso')).hits), [second.slug], 'published: found at once (the intro)')
  t.same(places((await search(app, 'barley')).hits), [`${second.slug}/the-night-shift`])

  t.test('accents and case are ignored, both ways', async (t) => {
    for (const q of ['cafe', 'CAFÉ', 'café', 'cafe\u0301']) t.same(places((await search(app, q)).hits), [second.slug], q)
    t.match((await search(app, 'cafe')).hits[0]!.snippet, /<mark>Café<\/mark> Culture/)
  })

  t.test('snippets escape the text and keep the marks', async (t) => {
    if (ENGINE === 'sqlite') {
      const { hits } = await search(app, 'script friends')
      t.same(places(hits), [`${second.slug}/sharing-notes-safely`])
      t.equal(hits[0]!.snippet,
        'Never paste &lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; <mark>friends</mark> into the ward&#39;s shared notes. ' +
        'Medical coding cheat sheets are fine Passwords are not')
      t.equal(hits[0]!.title, 'Café Culture for Interns', 'the title is plain text')
    } else {
      // PostgreSQL's parser takes `<script>…</script>` for HTML: it indexes no word of it. The snippet still shows it.
      t.same((await search(app, 'script')).hits, [], 'a word in <…> is not found')
      t.same((await search(app, 'alert')).hits, [], 'nor one between <script> and </script>')
      const { hits } = await search(app, 'paste friends')
      t.same(places(hits), [`${second.slug}/sharing-notes-safely`])
      t.equal(hits[0]!.snippet,
        'Never <mark>paste</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>friends</mark> into the ward&#39;s shared notes. ' +
        'Medical coding cheat sheets are fine Passwords are not')
      t.equal(hits[0]!.title, 'Café Culture for Interns', 'the title is plain text')
    }
  })

  t.test("snippets: the text around the best match, '…' where it goes on", async (t) => {
    const [hit] = (await search(app, 'pakistan')).hits
    t.match(hit!.snippet, /^In <mark>Pakistan<\/mark>, the demand for skilled healthcare professionals is increasing due to population growth, .* in…$/,
      'from the start of the text: no … before')
    t.equal(hit!.snippet.match(/[\p{L}\p{N}]+/gu)!.length - 2, 24, '24 words (and the two marks)')
    t.match((await search(app, 'decisive')).hits[0]!.snippet, /^….* a <mark>decisive<\/mark> role in shaping successful healthcare careers\.$/,
      'to the end of the text: no … after, the last full stop kept')
  })

  t.test('two articles: ranked by their best part, paged', async (t) => {
    // The new article's "Sharing Notes Safely" has "Medical coding" in far fewer words than the seed's best section.
    const both = await search(app, 'medical coding')
    t.same(places(both.hits), [`${second.slug}/sharing-notes-safely`, `${SLUG}/${SKILLS}`])
    t.ok(both.hits[0]!.score > both.hits[1]!.score, 'best first')
    t.same(places((await search(app, 'radiology')).hits), [`${second.slug}/the-night-shift`], 'only the article that has it')

    const first = await search(app, 'medical coding', '&limit=1')
    t.same(places(first.hits), [`${second.slug}/sharing-notes-safely`])
    t.same(first.res.json().meta.pagination, { page: 1, limit: 1, pages: 2, total: 2, next: 2, prev: null })
    t.equal(first.res.headers.link, '</v1/search?q=medical+coding&limit=1&page=2>; rel="next"')
    const next = await search(app, 'medical coding', '&limit=1&page=2')
    t.same(places(next.hits), [`${SLUG}/${SKILLS}`])
    t.same(next.res.json().meta.pagination, { page: 2, limit: 1, pages: 2, total: 2, next: null, prev: 1 })
    const beyond = await search(app, 'medical coding', '&limit=1&page=3')
    t.same(beyond.hits, [])
    t.same(beyond.res.json().meta.pagination, { page: 3, limit: 1, pages: 2, total: 2, next: null, prev: 2 }, 'the total, past the end too')
  })

  t.test('edits: new words found, old ones gone, renamed sections linked by their new key', async (t) => {
    const url = `${ARTICLES}/${second.slug}/sections/the-night-shift`
    const replaced = await admin(app, 'PUT', url, { heading: 'The Night Shift', blocks: [{ type: 'paragraph', text: 'Bring oat porridge to the pharmacy.' }] })
    t.equal(replaced.statusCode, 200)
    t.same((await search(app, 'barley')).hits, [], 'the old text is gone')
    t.same(places((await search(app, 'porridge')).hits), [`${second.slug}/the-night-shift`])

    t.equal((await admin(app, 'PATCH', url, { key: 'nights', heading: 'Nights on the Ward' })).statusCode, 200)
    t.match((await search(app, 'porridge')).hits, [{ section_key: 'nights', heading: 'Nights on the Ward', url: `/v1/articles/${second.slug}/sections/nights` }])
    t.match((await search(app, 'nights')).hits, [{ section_key: 'nights', snippet: '<mark>Nights</mark> on the Ward' }], 'only the heading matches: the snippet is the heading')

    t.equal((await admin(app, 'PATCH', `${ARTICLES}/${second.slug}`, { title: 'Tea Culture for Interns' })).statusCode, 200)
    t.same((await search(app, 'cafe')).hits, [], 'the old title is gone')
    t.same(places((await search(app, 'tea')).hits), [second.slug])

    t.equal((await admin(app, 'DELETE', url.replace('the-night-shift', 'nights'))).statusCode, 204)
    t.same((await search(app, 'porridge')).hits, [], 'a deleted section is gone')

    t.equal((await admin(app, 'PATCH', `${ARTICLES}/${second.slug}`, { slug: 'tea-culture-for-interns' })).statusCode, 200)
    t.match((await search(app, 'espresso')).hits, [{ slug: 'tea-culture-for-interns', url: '/v1/articles/tea-culture-for-interns' }], 'a renamed article: its new slug')
  })

  t.test('unpublished: gone; published again: back; deleted: gone, and so are its index rows', async (t) => {
    const slug = 'tea-culture-for-interns'
    t.equal((await admin(app, 'POST', `${ARTICLES}/${slug}/unpublish`)).statusCode, 200)
    t.same((await search(app, 'espresso')).hits, [])
    t.same(places((await search(app, 'medical coding')).hits), [`${SLUG}/${SKILLS}`], 'the total counts published articles only')
    t.equal((await search(app, 'medical coding')).res.json().meta.pagination.total, 1)
    t.equal((await admin(app, 'POST', `${ARTICLES}/${slug}/publish`)).statusCode, 200)
    t.same(places((await search(app, 'espresso')).hits), [slug])

    const { id } = await app.database.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()
    t.equal((await admin(app, 'DELETE', `${ARTICLES}/${slug}`)).statusCode, 204)
    t.same((await search(app, 'espresso')).hits, [])
    const parts = await app.database.db.selectFrom('search_parts').select('id').where('article_id', '=', id).execute()
    t.same(parts, [], 'no index rows outlive the article')
    const { sqlite } = app.database
    if (sqlite) t.doesNotThrow(() => sqlite.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')"), 'the FTS index matches its content')
  })
})

test('search marks are configurable (SEARCH_MARK_OPEN, SEARCH_MARK_CLOSE) and not escaped', async (t) => {
  const app = await build(t, { env: { SEARCH_MARK_OPEN: '<em class="hit">', SEARCH_MARK_CLOSE: '</em>' } })
  t.match((await search(app, 'pakistan')).hits[0]!.snippet, /^In <em class="hit">Pakistan<\/em>, the demand/)
})

// Every character FTS5 gives a meaning, alone and in the places it means something, and other awkward input.
const HOSTILE = [
  '"', '""', '"""', '" "', '*', '**', '"*"', '*medical', 'medical**', '^', '^medical', 'medical^', ':', 'title:', 'title:medical',
  'heading : coding', '{title heading}: medical', '{title', '(', ')', '()', '(medical', 'medical)', '(medical OR coding)', 'NEAR', 'NEAR(',
  'NEAR(medical coding)', 'NEAR(medical coding, 2)', 'NEAR("medical" "coding", -1)', 'AND', 'OR', 'NOT', 'medical AND', 'OR coding',
  'medical NOT coding', 'NOT medical', 'and or not near', '+', 'medical + coding', '"medical" + "coding"', '-', '-medical', 'medical -coding',
  ',', 'medical, coding', '.', '\\', "'", "medical's", '%', '_', '%medical%', ';', "'; DROP TABLE articles; --", '\u0000', 'medical\u0000coding',
  '"medical\u0000', '\u0001\u001f\u007f', '\t\r\n', '   ', '\u200b', '\ufeffmedical', '\u202emedical', '\uFDD0',
  '\uFDD0medical\uFDD1', '\uFFFD', '́', 'e\u0301', '🙂', 'medical 🙂 coding', 'علم', '医学', 'x'.repeat(200), `${'"'.repeat(100)}${'*'.repeat(100)}`,
  'rank:', 'rank MATCH', 'search_index', '"a" "b" "c" "d" "e" "f" "g" "h" "i" "j"', 'abc*', 'a*b*c*', '\\"medical\\"', '&lt;', '<mark>',
  // What tsquery syntax and PostgreSQL's text search parser give a meaning.
  "'", "''", "'medical'", "'medical':*", "medical'*", ':*', 'medical:*', 'medical:*A', 'medical:ABCD', '&', '|', '!', '&|!()', '!!medical',
  'medical & coding', 'medical | coding', 'medical & !coding', '!(medical | coding)', '<->', '<2>', 'medical <-> coding', 'medical <0> coding',
  'medical <16385> coding', '"medical <-> coding"*', 'medical\\', '\\medical', "\\'", "\\':*", "'\\'", "it's o'clock*", 'or', 'medical or',
  '-', '-medical -coding', 'the', 'the*', '"the the the"', 'and or not', '"of the"*', 'the of and*', '<script>medical</script>', '<b>medi*',
  '<!-- medical -->', 'http://example.com/medical*', 'user@example.com', '/usr/medical', '3.14*', '1e10', '-1.5', 'job-ready*', 'job-*', 'health-care',
  'medical-coding*', 'é*', 'ééé*', 'ß*', 'ǅ*', '\u00e6ther*', `${'a'.repeat(199)}*`, `"${'word '.repeat(39)}"*`, `${'ab '.repeat(66)}`,
]

/** A small property test: random strings of FTS5 syntax, words and odd characters, from a fixed seed. */
function randomQueries (count: number): string[] {
  const pieces = ['"', '*', '^', ':', '(', ')', '{', '}', ',', '-', '+', ' ', ' ', 'medical', 'coding', 'pak', 'NEAR', 'OR', 'AND', 'NOT',
    'title', '\u0000', 'é', '\u0301', '\\', "'", '\uFDD0', '🙂', 'x', '&', '|', '!', '<', '>', '<->', ':*', 'the', 'or', '.', '/', '@']
  let state = 20260115
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 10) }, () => pieces[Math.floor(random() * pieces.length)]).join(''))
}

test('any query is answered (200) or refused (400 naming q), never a 500', async (t) => {
  const app = await build(t)
  await admin(app, 'POST', ARTICLES, { ...second, status: 'published' })
  let answered = 0
  for (const q of [...HOSTILE, ...randomQueries(400)]) {
    const res = await app.inject({ url: `/v1/search?q=${encodeURIComponent(q)}` })
    if (res.statusCode === 200) {
      answered++
      continue
    }
    const problem = res.json()
    if (res.statusCode !== 400 || problem.errors?.[0]?.path !== '/query/q') t.fail(`${JSON.stringify(q)}: ${res.statusCode} ${res.body}`)
  }
  t.ok(answered > 100, `${answered} of them answered`)
  // The same through a raw URL: broken percent-encoding and bytes that are not UTF-8.
  for (const raw of ['%', '%E0%A4%A', '%FF%FE', '%ED%A0%80', '%00', '%C0%80medical']) {
    const res = await app.inject({ url: `/v1/search?q=${raw}` })
    t.ok([200, 400].includes(res.statusCode), `q=${raw}: ${res.statusCode}`)
  }
  t.same(places((await search(app, 'medical coding')).hits), [`${second.slug}/sharing-notes-safely`, `${SLUG}/${SKILLS}`], 'and search still works')

  t.test('an expression FTS5 refuses (fts5Expressions never makes one) is a 400 all the same', { skip: ENGINE !== 'sqlite' && 'SQLite: FTS5' }, async (t) => {
    const refusal = (any: string) => searchFts5(app.database.db, { any, each: [any] }, { limit: 10, page: 1 }).then(() => undefined, (error: unknown) => error)
    t.match(await refusal('"unterminated'), { statusCode: 400, errors: [{ path: '/query/q', message: /^cannot be searched for/ }] })
    t.match(await refusal('NEAR('), { statusCode: 400 })
  })

  t.test('a tsquery PostgreSQL refuses (termQuery never makes one) is a 400 all the same', { skip: ENGINE !== 'postgres' && 'PostgreSQL: tsquery' }, async (t) => {
    const refusal = (text: string) => sql`SELECT to_tsquery('content_search', ${text})`.execute(app.database.db).then(() => undefined, asTsqueryProblem).then(() => undefined, (error: unknown) => error)
    t.match(await refusal('&|!('), { statusCode: 400, errors: [{ path: '/query/q', message: /^cannot be searched for \(syntax error in tsquery/ }] })
    t.match(await refusal("'medical':*:*"), { statusCode: 400 })
    t.match(await refusal('medical <-> (coding'), { statusCode: 400 })
    t.match(await refusal('medical <16385> coding'), { statusCode: 400 })
    for (const statement of [sql`SELECT 1 / 0`, sql`SELECT to_tsquery('no_such_configuration', 'medical')`]) {
      const other = await statement.execute(app.database.db).then(() => undefined, asTsqueryProblem).then(() => undefined, (error: unknown) => error)
      t.match(other, { code: /^\d{5}$/ }, 'other errors stay server errors')
      t.notOk((other as { statusCode?: number }).statusCode)
    }
  })
})
