// GET /v1/articles/{slug}/jsonld: schema.org Article data checked against the rules Google documents for Article
// structured data (developers.google.com/search/docs/appearance/structured-data/article) and for review snippets
// (…/review-snippet: AggregateRating), and against the schema.org vocabulary: each property belongs to the type.
import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { HEADLINE_MAX_LENGTH, shorten } from '../../../src/content/render/jsonld.js'
import { ADMIN, build, SLUG, submitReview } from '../../helper.js'

type Json = Record<string, unknown>

/**
 * schema.org properties of the types used (each type's own plus those inherited from CreativeWork and Thing that we use),
 * with what values the vocabulary expects. Anything else is not schema.org for that type.
 */
const VOCABULARY: Record<string, Record<string, 'Text' | 'URL' | 'DateTime' | 'Integer' | 'Number' | 'Person' | 'WebPage' | 'AggregateRating' | 'Language'>> = {
  Article: {
    headline: 'Text',
    description: 'Text',
    datePublished: 'DateTime',
    dateModified: 'DateTime',
    author: 'Person',
    inLanguage: 'Language',
    wordCount: 'Integer',
    articleBody: 'Text',
    mainEntityOfPage: 'WebPage',
    url: 'URL',
    image: 'URL',
    keywords: 'Text',
    aggregateRating: 'AggregateRating',
  },
  Person: { name: 'Text', url: 'URL' },
  WebPage: {},
  AggregateRating: { ratingValue: 'Number', reviewCount: 'Integer', ratingCount: 'Integer', bestRating: 'Number', worstRating: 'Number' },
}
const ARTICLE_TYPES = ['Article', 'NewsArticle', 'BlogPosting']
/** ISO 8601 date and time with a time zone, as Google asks for datePublished and dateModified. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/

const isAbsoluteUrl = (value: unknown) => {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href.length <= 2048
  } catch {
    return false
  }
}

/** Every rule broken, as "path: what is wrong"; empty when the data would be eligible for an Article rich result. */
function articleRuleViolations (data: Json): string[] {
  const problems: string[] = []
  const check = (ok: boolean, message: string) => { if (!ok) problems.push(message) }

  check(data['@context'] === 'https://schema.org' || data['@context'] === 'http://schema.org', '@context: must be schema.org')
  const type = data['@type'] as string
  check(ARTICLE_TYPES.includes(type), `@type: ${String(type)} is not Article, NewsArticle or BlogPosting`)

  // The vocabulary: each property is one schema.org gives the type, with a value of the expected kind.
  const visit = (node: Json, typeName: string, path: string) => {
    const properties = VOCABULARY[typeName === 'BlogPosting' || typeName === 'NewsArticle' ? 'Article' : typeName]
    if (!properties) { problems.push(`${path}: unknown type ${typeName}`); return }
    for (const [name, value] of Object.entries(node)) {
      if (name === '@context' || name === '@type' || name === '@id') continue
      const expected = properties[name]
      const at = `${path}.${name}`
      if (!expected) { problems.push(`${at}: not a schema.org property of ${typeName}`); continue }
      const values = Array.isArray(value) ? value : [value]
      check(values.length > 0, `${at}: empty`)
      for (const item of values) {
        switch (expected) {
          case 'Text': check(typeof item === 'string' && item.trim() !== '', `${at}: expected non-empty text`); break
          case 'URL': check(isAbsoluteUrl(item), `${at}: expected an absolute URL, got ${JSON.stringify(item)}`); break
          case 'DateTime': check(typeof item === 'string' && ISO_DATE_TIME.test(item) && !Number.isNaN(Date.parse(item)), `${at}: expected an ISO 8601 date-time with a time zone`); break
          case 'Integer': check(Number.isInteger(item) && (item as number) >= 0, `${at}: expected a non-negative integer`); break
          case 'Number': check(typeof item === 'number' && Number.isFinite(item), `${at}: expected a number`); break
          case 'Language': check(typeof item === 'string' && BCP47.test(item), `${at}: expected a BCP 47 language tag`); break
          default: {
            const object = item as Json
            const nested = typeof object === 'object' && object !== null ? object['@type'] : undefined
            const allowed = expected === 'Person' ? ['Person', 'Organization'] : [expected]
            if (expected === 'WebPage' && typeof item === 'string') { check(isAbsoluteUrl(item), `${at}: expected an absolute URL`); break }
            check(typeof nested === 'string' && allowed.includes(nested), `${at}: expected a ${allowed.join(' or ')} with @type`)
            if (typeof nested === 'string' && VOCABULARY[nested === 'Organization' ? 'Person' : nested]) visit(object, nested === 'Organization' ? 'Person' : nested, at)
          }
        }
      }
    }
  }
  visit(data, type, '$')

  // Google's Article guidelines (every property is recommended; these are what it says of their values).
  check(typeof data.headline === 'string' && [...data.headline].length <= HEADLINE_MAX_LENGTH, `headline: at most ${HEADLINE_MAX_LENGTH} characters`)
  check(typeof data.datePublished === 'string', 'datePublished: recommended')
  if (typeof data.dateModified === 'string' && typeof data.datePublished === 'string') {
    check(Date.parse(data.dateModified) >= Date.parse(data.datePublished), 'dateModified: not before datePublished')
  }
  for (const author of data.author === undefined ? [] : Array.isArray(data.author) ? data.author as Json[] : [data.author as Json]) {
    check(typeof author.name === 'string' && author.name.trim() !== '', 'author.name: required for each author')
    check(!/^(by|posted by)\b/i.test(String(author.name)), 'author.name: only the name, no "posted by"')
  }
  const page = data.mainEntityOfPage as Json | string | undefined
  if (page !== undefined) check(isAbsoluteUrl(typeof page === 'string' ? page : page['@id']), 'mainEntityOfPage: the absolute URL of the page')

  // Review snippets (AggregateRating): a rating value within the scale, a positive count of reviews.
  const rating = data.aggregateRating as Json | undefined
  if (rating) {
    const best = (rating.bestRating as number | undefined) ?? 5
    const worst = (rating.worstRating as number | undefined) ?? 1
    check(typeof rating.ratingValue === 'number' && rating.ratingValue >= worst && rating.ratingValue <= best, 'aggregateRating.ratingValue: within worstRating..bestRating')
    const count = (rating.reviewCount ?? rating.ratingCount) as number | undefined
    check(Number.isInteger(count) && count! > 0, 'aggregateRating: reviewCount or ratingCount, positive')
  }
  return problems
}

const jsonLd = async (app: FastifyInstance, slug = SLUG) => {
  const res = await app.inject({ url: `/v1/articles/${slug}/jsonld` })
  return { res, data: res.json<Json>() }
}

test('the rule checks catch what they claim to', async (t) => {
  const valid = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: 'A title',
    datePublished: '2025-01-15T09:00:00.000Z',
    dateModified: '2025-01-16T09:00:00+02:00',
    mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/a' },
    author: { '@type': 'Person', name: 'Ada' },
  }
  t.same(articleRuleViolations(valid), [])
  const broken: Array<[Json, RegExp]> = [
    [{ headline: 'x'.repeat(111) }, /headline: at most 110/],
    [{ datePublished: '15/01/2025' }, /datePublished: expected an ISO 8601/],
    [{ dateModified: '2025-01-15T09:00:00' }, /dateModified: expected an ISO 8601 date-time with a time zone/],
    [{ dateModified: '2024-01-15T09:00:00Z' }, /not before datePublished/],
    [{ mainEntityOfPage: { '@type': 'WebPage', '@id': '/v1/articles/a' } }, /mainEntityOfPage: the absolute URL/],
    [{ image: ['/cover.jpg'] }, /image: expected an absolute URL/],
    [{ author: { name: 'Ada' } }, /author: expected a Person or Organization/],
    [{ author: { '@type': 'Person', name: 'Posted by Ada' } }, /only the name/],
    [{ rating: 5 }, /not a schema.org property of Article/],
    [{ aggregateRating: { '@type': 'AggregateRating', ratingValue: 6, reviewCount: 1, bestRating: 5 } }, /ratingValue: within/],
    [{ aggregateRating: { '@type': 'AggregateRating', ratingValue: 4, reviewCount: 0 } }, /reviewCount or ratingCount, positive/],
    [{ '@type': 'Product' }, /is not Article/],
  ]
  for (const [change, problem] of broken) t.match(articleRuleViolations({ ...valid, ...change }).join('\n'), problem, JSON.stringify(change))
})

test('GET /v1/articles/{slug}/jsonld', async (t) => {
  const app = await build(t, { env: { PUBLIC_BASE_URL: 'https://www.example.org/content/', REVIEW_MODERATION: 'pre' } })

  t.test('the seed article: no author invented, no rating without reviews', async (t) => {
    const { res, data } = await jsonLd(app)
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'application/ld+json; charset=utf-8')
    t.equal(res.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600')
    t.match(res.headers.etag, /^"jsonld\/[A-Za-z0-9+/=]+"$/)
    t.same(articleRuleViolations(data), [])
    const article = (await app.inject({ url: `/v1/articles/${SLUG}` })).json().data as Json
    // The seed holds paragraphs and bullet lists only: its body is their text, each section after its heading.
    type SeedBlock = { type: string, text?: string, items?: Array<{ text: string }> }
    const blockText = (block: SeedBlock) => block.type === 'list' ? block.items!.map((item) => `- ${item.text}`).join('\n') : block.text!
    const seed = article as unknown as { intro: SeedBlock[], sections: Array<{ heading: string, blocks: SeedBlock[] }> }
    const articleBody = [...seed.intro.map(blockText), ...seed.sections.flatMap((section) => [section.heading, ...section.blocks.map(blockText)])].join('\n\n')
    t.same(data, {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: article.title,
      description: article.excerpt,
      datePublished: article.published_at,
      dateModified: article.updated_at,
      inLanguage: 'en',
      wordCount: 646,
      articleBody,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `https://www.example.org/content/v1/articles/${SLUG}` },
      url: `https://www.example.org/content/v1/articles/${SLUG}`,
    }, 'absolute URLs under PUBLIC_BASE_URL (trailing slash dropped)')
    t.equal((await app.inject({ url: `/v1/articles/${SLUG}/jsonld`, headers: { 'if-none-match': res.headers.etag as string } })).statusCode, 304)
  })

  t.test('AggregateRating once there are approved reviews (pending ones do not count)', async (t) => {
    const first = await submitReview(app, { rating: 5, body: 'Great.', clientIp: '198.51.100.7' })
    const second = await submitReview(app, { rating: 4, body: 'Good.', clientIp: '198.51.100.8' })
    t.notOk((await jsonLd(app)).data.aggregateRating, 'pending reviews: no rating')
    for (const review of [first, second]) {
      const moderated = await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${review.review.id}`, headers: ADMIN, payload: { status: 'approved' } })
      t.equal(moderated.statusCode, 200)
    }
    const { data } = await jsonLd(app)
    t.same(data.aggregateRating, { '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 2, bestRating: 5, worstRating: 1 })
    t.same(articleRuleViolations(data), [])
    const html = (await app.inject({ url: `/v1/articles/${SLUG}`, headers: { accept: 'text/html' } })).body
    const embedded = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1]
    t.same(JSON.parse(embedded ?? 'null'), data, 'the HTML representation embeds the same data, rating included')
  })

  t.test('every field the model has: author, cover image, tags, meta title and description, canonical URL', async (t) => {
    await app.inject({
      method: 'POST',
      url: '/v1/admin/articles',
      headers: ADMIN,
      payload: {
        slug: 'rich',
        title: 'Rich',
        status: 'published',
        intro: [{ type: 'paragraph', text: 'Intro.' }],
        sections: [],
        author: { name: 'Dr. Amna Siddiqui' },
        tags: [{ name: 'Careers' }, { name: 'Nursing' }],
        language: 'en-GB',
        meta_title: 'Rich: the search title',
        meta_description: 'For search results.',
        cover_image: { url: 'https://cdn.example.org/cover.jpg', alt: 'A ward' },
        canonical_url: 'https://blog.example.net/rich',
      },
    })
    const { data } = await jsonLd(app, 'rich')
    t.same(articleRuleViolations(data), [])
    t.match(data, {
      headline: 'Rich: the search title',
      description: 'For search results.',
      author: { '@type': 'Person', name: 'Dr. Amna Siddiqui' },
      inLanguage: 'en-GB',
      image: ['https://cdn.example.org/cover.jpg'],
      keywords: 'Careers, Nursing',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://blog.example.net/rich' },
      url: 'https://blog.example.net/rich',
    }, 'the canonical URL is the page the data describes')
  })

  t.test('a long title is shortened to 110 characters at a word', async (t) => {
    const title = `${'Healthcare internships and what they teach '.repeat(5)}in the end`
    const created = await app.inject({
      method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: { slug: 'long', title, status: 'published', intro: [], sections: [] },
    })
    t.equal(created.statusCode, 201)
    const { data } = await jsonLd(app, 'long')
    t.same(articleRuleViolations(data), [])
    t.ok([...data.headline as string].length <= HEADLINE_MAX_LENGTH)
    t.ok((data.headline as string).endsWith('…'))
    t.ok(title.startsWith((data.headline as string).slice(0, -1)), 'a prefix of the title')
    t.notOk(data.description, 'no description when there is neither a meta description nor an excerpt')
  })

  t.test('unknown, draft and renamed articles', async (t) => {
    t.equal((await app.inject({ url: '/v1/articles/nope/jsonld' })).statusCode, 404)
    await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: { slug: 'draft', title: 'Draft', intro: [], sections: [] } })
    t.equal((await app.inject({ url: '/v1/articles/draft/jsonld' })).statusCode, 404)
    await app.inject({ method: 'PATCH', url: '/v1/admin/articles/rich', headers: ADMIN, payload: { slug: 'richer' } })
    const moved = await app.inject({ url: '/v1/articles/rich/jsonld' })
    t.equal(moved.statusCode, 301)
    t.equal(moved.headers.location, 'https://www.example.org/content/v1/articles/richer/jsonld', 'under PUBLIC_BASE_URL')
  })
})

test('shorten', async (t) => {
  t.equal(shorten('short', 10), 'short')
  t.equal(shorten('one two three four', 10), 'one two…')
  t.equal(shorten('abcdefghijklmnop', 10), 'abcdefghi…', 'no space: cut inside the word')
  t.equal([...shorten('é'.repeat(200), 110)].length, 110, 'counted in characters')
})
