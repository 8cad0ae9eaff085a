// A realistic rich article, written as JSON through the admin API with every block and inline type, then read in every
// representation: HTML (parsed with a real HTML parser: semantic elements, well-formedness, the sanitizer's
// guarantees), plain text, a section as HTML and text, the JSON-LD and the Atom feed.
import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import type { Element } from 'hast'
import { DOMParser } from '@xmldom/xmldom'
import { build } from '../../helper.js'
import { elements, parseHtml, publish, textContent, unsafeParts } from './html-check.js'

const t_ = (value: string) => ({ type: 'text', value })
const p = (...children: unknown[]) => ({ type: 'paragraph', children })

const RICH = {
  slug: 'rotations-explained',
  title: 'Clinical rotations, explained',
  cover_image: { url: 'https://cdn.example.org/images/rotation.jpg', alt: 'A ward at dawn' },
  intro: [
    p(t_('Rotations are where '), { type: 'emphasis', children: [t_('theory')] }, t_(' meets '), { type: 'strong', children: [t_('practice')] },
      t_('. Read the '), { type: 'link', url: 'https://www.who.int/health-topics/health-workforce', title: 'WHO', children: [t_('WHO workforce data')] },
      t_(' first'), { type: 'footnoteReference', identifier: 'who', label: 'WHO' }, t_('.')),
  ],
  sections: [
    {
      key: 'schedule',
      heading: 'The schedule',
      blocks: [
        { type: 'heading', depth: 3, text: 'Week by week' },
        { type: 'list', style: 'ordered', start: 3, items: [{ text: 'Orientation' }, { children: [p(t_('Ward rounds')), { type: 'list', style: 'bullet', items: [{ text: 'Mornings' }, { text: 'Evenings' }] }] }] },
        { type: 'list', style: 'bullet', items: [{ text: 'Get a badge', checked: true }, { text: 'Meet the mentor', checked: false }] },
        p(t_('Was '), { type: 'delete', children: [t_('six')] }, t_(' eight weeks; run '), { type: 'inlineCode', value: 'rota --week' }, t_('.'), { type: 'break' },
          t_('Press '), { type: 'html', value: '<kbd>' }, t_('Ctrl'), { type: 'html', value: '</kbd>' }, t_(' to print '),
          { type: 'image', url: 'https://cdn.example.org/icons/printer.svg', alt: 'printer icon', title: null }, t_(' it.')),
        { type: 'heading', depth: 4, children: [t_('Hours '), { type: 'emphasis', children: [t_('per')] }, t_(' field')] },
        {
          type: 'table',
          align: ['left', 'right', 'center'],
          children: [
            { type: 'tableRow', children: [{ type: 'tableCell', text: 'Field' }, { type: 'tableCell', text: 'Weeks' }, { type: 'tableCell', text: 'Night shifts' }] },
            { type: 'tableRow', children: [{ type: 'tableCell', text: 'Nursing' }, { type: 'tableCell', text: '12' }, { type: 'tableCell', children: [{ type: 'strong', children: [t_('yes')] }] }] },
          ],
        },
      ],
    },
    {
      key: 'tools',
      heading: 'Tools & habits',
      blocks: [
        { type: 'code', lang: 'sh', meta: 'title="setup"', value: 'npm install\nnpm start -- --port=<PORT> && echo "ok"' },
        { type: 'blockquote', children: [p(t_('Write everything down.')), p(t_('Then read it again'), { type: 'footnoteReference', identifier: 'who', label: 'WHO' }, t_('.'))] },
        { type: 'image', url: 'https://cdn.example.org/images/ward-round.jpg', alt: 'Interns on a ward round', title: 'Ward round' },
        { type: 'thematicBreak' },
        { type: 'html', value: '<details><summary>Sources</summary><p>WHO, 2024.</p></details>' },
        { type: 'footnoteDefinition', identifier: 'who', label: 'WHO', children: [p(t_('World Health Organization, '), { type: 'emphasis', children: [t_('Health workforce')] }, t_(', 2024.'))] },
      ],
    },
  ],
}

const get = (app: FastifyInstance, url: string, accept: string) => app.inject({ url, headers: { accept } })
const attribute = (element: Element, name: string) => element.properties[name]
const only = (list: Element[], what: string) => {
  if (list.length !== 1) throw new Error(`expected one ${what}, found ${list.length}`)
  return list[0]!
}

test('a rich article in every representation', async (t) => {
  const app = await build(t, { env: { PUBLIC_BASE_URL: 'https://www.example.org' } })
  await publish(app, RICH)
  const url = `/v1/articles/${RICH.slug}`

  t.test('HTML: semantic elements, well-formed, nothing unsafe', async (t) => {
    const res = await get(app, url, 'text/html')
    t.equal(res.statusCode, 200)
    const tree = parseHtml(res.body)
    t.same(unsafeParts(tree, 1), [], 'only the JSON-LD script')
    const article = only(elements(tree, 'article'), 'article')
    t.equal(attribute(article, 'lang'), 'en')
    t.equal(textContent(only(elements(tree, 'h1'), 'h1')), RICH.title)
    const sections = elements(article, 'section').filter((section) => attribute(section, 'ariaLabelledBy'))
    t.same(sections.map((section) => attribute(section, 'ariaLabelledBy')), [['schedule'], ['tools']], 'a section per section, labelled by its key')

    const link = elements(tree, 'a').find((a) => textContent(a) === 'WHO workforce data')!
    t.same([attribute(link, 'href'), attribute(link, 'title'), attribute(link, 'rel'), attribute(link, 'target')],
      ['https://www.who.int/health-topics/health-workforce', 'WHO', undefined, undefined], 'a link as written: no rel, no target')
    t.equal(textContent(only(elements(tree, 'em').filter((em) => textContent(em) === 'theory'), 'em')), 'theory')
    t.equal(textContent(only(elements(tree, 'strong').filter((strong) => textContent(strong) === 'practice'), 'strong')), 'practice')
    t.equal(textContent(only(elements(tree, 'del'), 'del')), 'six')
    t.equal(textContent(only(elements(tree, 'kbd'), 'kbd')), 'Ctrl', 'inline raw tags pair up across nodes')
    t.ok(elements(tree, 'br').length === 1, 'a hard break')
    t.same(elements(tree, 'h3').map((h) => [attribute(h, 'id'), textContent(h)]), [['week-by-week', 'Week by week']], 'h3 with its id, unprefixed')
    t.same(elements(tree, 'h4').map((h) => [attribute(h, 'id'), textContent(h)]), [['hours-per-field', 'Hours per field']])
    t.equal(textContent(only(elements(only(elements(tree, 'h4'), 'h4'), 'em'), 'em in h4')), 'per')

    const ordered = elements(tree, 'ol').find((ol) => attribute(ol, 'start') === 3)
    t.ok(ordered, 'an ordered list starting at 3')
    t.equal(elements(ordered!, 'ul').length, 1, 'with a nested bullet list')
    const tasks = elements(tree, 'li').filter((li) => (attribute(li, 'className') as string[] | undefined)?.includes('task-list-item'))
    t.same(tasks.map((li) => { const box = only(elements(li, 'input'), 'checkbox'); return [attribute(box, 'type'), attribute(box, 'checked') === true, attribute(box, 'disabled')] }),
      [['checkbox', true, true], ['checkbox', false, true]], 'task boxes, disabled')

    const code = only(elements(only(elements(tree, 'pre'), 'pre'), 'code'), 'pre > code')
    t.same(attribute(code, 'className'), ['language-sh'])
    t.equal(textContent(code), 'npm install\nnpm start -- --port=<PORT> && echo "ok"\n', 'code verbatim')
    const images = elements(tree, 'img')
    t.same(images.map((img) => [attribute(img, 'src'), attribute(img, 'alt'), attribute(img, 'title')]), [
      ['https://cdn.example.org/icons/printer.svg', 'printer icon', undefined],
      ['https://cdn.example.org/images/ward-round.jpg', 'Interns on a ward round', 'Ward round'],
    ])
    const quote = only(elements(tree, 'blockquote'), 'blockquote')
    t.equal(elements(quote, 'p').length, 2, 'a quote holds blocks')
    const table = only(elements(tree, 'table'), 'table')
    t.same(elements(only(elements(table, 'thead'), 'thead'), 'th').map((th) => [textContent(th), attribute(th, 'align')]), [['Field', 'left'], ['Weeks', 'right'], ['Night shifts', 'center']])
    t.same(elements(only(elements(table, 'tbody'), 'tbody'), 'td').map(textContent), ['Nursing', '12', 'yes'])
    t.equal(elements(tree, 'hr').length, 1)
    t.equal(textContent(only(elements(tree, 'summary'), 'summary')), 'Sources', 'raw HTML kept where allowed')

    const references = elements(tree, 'a').filter((a) => attribute(a, 'dataFootnoteRef') !== undefined)
    t.same(references.map((a) => [attribute(a, 'href'), attribute(a, 'id'), textContent(a)]),
      [['#user-content-fn-who', 'user-content-fnref-who', '1'], ['#user-content-fn-who', 'user-content-fnref-who-2', '1']], 'two references to footnote 1, in the intro and a section')
    const footnotes = only(elements(tree, 'section').filter((section) => attribute(section, 'dataFootnotes') !== undefined), 'footnotes section')
    t.equal(elements(article, 'section').at(-1), footnotes, 'the footnotes come after the last section')
    const note = only(elements(footnotes, 'li'), 'footnote')
    t.equal(attribute(note, 'id'), 'user-content-fn-who')
    t.match(textContent(note), /^\s*World Health Organization, Health workforce, 2024\. ↩ ↩2\s*$/)
    t.same(elements(note, 'a').map((a) => attribute(a, 'href')), ['#user-content-fnref-who', '#user-content-fnref-who-2'], 'back-references to each reference')
    const ids = elements(tree).map((element) => attribute(element, 'id')).filter((id) => id !== undefined)
    t.equal(new Set(ids).size, ids.length, 'ids are unique')
  })

  t.test('a section\'s HTML lists the footnotes it refers to, defined elsewhere or not', async (t) => {
    const schedule = parseHtml((await get(app, `${url}/sections/schedule`, 'text/html')).body)
    t.equal(elements(schedule, 'section').filter((section) => attribute(section, 'dataFootnotes') !== undefined).length, 0, 'no references, no footnotes')
    t.same(unsafeParts(schedule), [])
    const tools = parseHtml((await get(app, `${url}/sections/tools`, 'text/html')).body)
    const reference = only(elements(tools, 'a').filter((a) => attribute(a, 'dataFootnoteRef') !== undefined), 'reference')
    t.same([attribute(reference, 'id'), textContent(reference)], ['user-content-fnref-who-2', '1'], 'numbered and identified as in the article')
    const note = only(elements(tools, 'li').filter((li) => attribute(li, 'id') === 'user-content-fn-who'), 'footnote')
    t.same(elements(note, 'a').map((a) => attribute(a, 'href')), ['#user-content-fnref-who-2'], 'back to the reference in this section')
  })

  t.test('plain text: every block readable', async (t) => {
    const text = (await get(app, url, 'text/plain')).body
    t.ok(text.startsWith(`${RICH.title}\n${'='.repeat(RICH.title.length)}\n\n`))
    t.match(text, 'Read the WHO workforce data (https://www.who.int/health-topics/health-workforce) first[1].', 'links as text (url), references as [1]')
    t.match(text, '\n\n### Week by week\n\n')
    t.match(text, '\n3. Orientation\n4. Ward rounds\n   - Mornings\n   - Evenings\n', 'list markers from start, nested items indented')
    t.match(text, '\n- [x] Get a badge\n- [ ] Meet the mentor\n', 'task boxes')
    t.match(text, 'Was six eight weeks; run rota --week.\nPress Ctrl to print printer icon it.')
    t.match(text, '\nField    Weeks  Night shifts\n-------  -----  ------------\nNursing     12      yes\n', 'an aligned table')
    t.match(text, '\n    npm install\n    npm start -- --port=<PORT> && echo "ok"\n', 'code indented, verbatim')
    t.match(text, '\n> Write everything down.\n>\n> Then read it again[1].\n', 'quotes prefixed')
    t.match(text, '\n\nInterns on a ward round\n\n* * *\n\nSources WHO, 2024.\n\n')
    t.ok(text.endsWith('\n\nFootnotes\n---------\n\n[1] World Health Organization, Health workforce, 2024.\n'), 'footnotes at the end')
    const section = (await get(app, `${url}/sections/tools`, 'text/plain')).body
    t.ok(section.startsWith('Tools & habits\n--------------\n\n'))
    t.ok(section.endsWith('\n\n[1] World Health Organization, Health workforce, 2024.\n'), 'the section\'s footnotes at its end')
  })

  t.test('JSON-LD: articleBody, the cover image and the images', async (t) => {
    const data = (await app.inject({ url: `${url}/jsonld` })).json()
    t.same(data.image, [RICH.cover_image.url, 'https://cdn.example.org/icons/printer.svg', 'https://cdn.example.org/images/ward-round.jpg'])
    t.match(data.articleBody, /^Rotations are where theory meets practice\. Read the WHO workforce data first\[1\]\.\n\nThe schedule\n\n### Week by week\n/)
    t.notMatch(data.articleBody, /https?:/, 'links as their text')
    t.match(data.articleBody, /\n\n\[1\] World Health Organization, Health workforce, 2024\.$/)
    const html = (await get(app, url, 'text/html')).body
    const script = only(elements(parseHtml(html), 'script'), 'script')
    t.same(JSON.parse(textContent(script)), data, 'the HTML embeds the same')
  })

  t.test('the Atom feed carries the full HTML, escaped', async (t) => {
    const feed = await app.inject({ url: '/feed.atom' })
    t.equal(feed.statusCode, 200)
    const xml = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`) } }).parseFromString(feed.body, 'application/xml')
    const entry = Array.from(xml.getElementsByTagName('entry')).find((candidate) => candidate.getElementsByTagName('title')[0]!.textContent === RICH.title)!
    const content = entry.getElementsByTagName('content')[0]!
    t.equal(content.getAttribute('type'), 'html')
    const html = content.textContent!
    const article = (await get(app, url, 'text/html')).body
    t.equal(html, article.replace(/<script type="application\/ld\+json">[^<]*<\/script>\n/, ''), 'the article\'s HTML without the JSON-LD')
    const tree = parseHtml(html)
    t.same(unsafeParts(tree), [])
    for (const name of ['table', 'pre', 'blockquote', 'kbd', 'h3', 'img', 'del']) t.ok(elements(tree, name).length > 0, `<${name}> in the feed`)
  })

  t.test('the JSON keeps the blocks as written, with their text', async (t) => {
    const data = (await app.inject({ url })).json().data
    t.equal(data.sections[1].blocks[0].value, (RICH.sections[1]!.blocks[0] as { value: string }).value)
    t.equal(data.intro[0].text, 'Rotations are where theory meets practice. Read the WHO workforce data first.')
  })
})
