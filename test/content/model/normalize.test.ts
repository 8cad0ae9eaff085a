// Written blocks settled into served ones (src/content/model/normalize.ts): pure functions, no app needed.
import { test } from 'tap'
import type { BlockInput } from '../../../src/content/model/blocks.js'
import { AUTHORING_LIMITS } from '../../../src/content/model/limits.js'
import { normalizeArticleBlocks, safeUrl } from '../../../src/content/model/normalize.js'
import { inlineText } from '../../../src/content/model/plain-text.js'
import { sanitizeHtml } from '../../../src/content/model/sanitize.js'

const LIMITS = { blocks: AUTHORING_LIMITS.blocks, listItems: AUTHORING_LIMITS.listItems, textLength: AUTHORING_LIMITS.textLength }
const PATHS = { intro: '/intro', section: (index: number) => `/sections/${index}/blocks` }

/** The intro blocks settled, and the problems. */
function settle (intro: BlockInput[], sections: Array<{ key: string, blocks: BlockInput[] }> = []) {
  return normalizeArticleBlocks(intro, sections, PATHS, LIMITS)
}

test('a block written with text only means plain text; children alone give the text; both differing: text wins', async (t) => {
  const { intro, problems } = settle([
    { type: 'paragraph', text: 'Plain *not emphasis*' },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Read ' },
        { type: 'link', url: 'https://www.who.int/', title: null, children: [{ type: 'emphasis', children: [{ type: 'text', value: 'the WHO' }] }] },
        { type: 'text', value: ', run ' },
        { type: 'inlineCode', value: 'npm start' },
        { type: 'break' },
        { type: 'image', url: '/chart.png', alt: 'a chart', title: null },
        { type: 'footnoteReference', identifier: '1', label: '1' },
      ],
    },
    { type: 'paragraph', text: 'Edited by an old client', children: [{ type: 'strong', children: [{ type: 'text', value: 'Stale' }] }] },
  ])
  t.same(problems, [])
  t.same(intro[0], { type: 'paragraph', text: 'Plain *not emphasis*', children: [{ type: 'text', value: 'Plain *not emphasis*' }] }, 'Markdown characters in text are text')
  t.equal(intro[1]!.type === 'paragraph' && intro[1].text, 'Read the WHO, run npm start\na chart', 'link text, code, a break as a newline, an image as its alt; no footnote marker')
  t.same(intro[2], { type: 'paragraph', text: 'Edited by an old client', children: [{ type: 'text', value: 'Edited by an old client' }] }, 'an edit of text alone is kept')
})

test('subheadings get ids unique within the article, apart from section keys; a given id that is taken is a problem', async (t) => {
  const heading = (text: string, id?: string): BlockInput => ({ type: 'heading', depth: 3, text, ...(id ? { id } : {}) })
  const { intro, sections, problems } = settle([heading('Setup'), heading('Setup')], [
    { key: 'setup-2', blocks: [heading('Setup'), heading('Own', 'custom-anchor')] },
    { key: 'other', blocks: [heading('Again', 'custom-anchor'), heading('Résumé tips!')] },
  ])
  const ids = [...intro, ...sections.flat()].map((block) => block.type === 'heading' ? block.id : null)
  t.same(ids, ['setup', 'setup-3', 'setup-4', 'custom-anchor', 'custom-anchor', 'resume-tips'], 'setup-2 is a section key, so skipped')
  t.same(problems, [{ path: '/sections/1/blocks/0/id', message: '"custom-anchor" is already the id of a section or subheading of this article' }])
})

test('lists: text-only items become a paragraph each; nested lists, task items and defaults', async (t) => {
  const { intro, problems } = settle([
    { type: 'list', style: 'bullet', items: [{ text: 'One' }, { checked: true, children: [{ type: 'paragraph', text: 'Done' }, { type: 'list', style: 'ordered', start: 3, items: [{ text: 'Three' }] }] }] },
    { type: 'list', style: 'bullet', start: 5, items: [{ text: 'start is for numbered lists only' }] },
  ])
  t.same(problems, [])
  const [list, bullets] = intro
  t.match(list, {
    type: 'list',
    style: 'bullet',
    start: null,
    spread: false,
    items: [
      { text: 'One', checked: null, spread: false, children: [{ type: 'paragraph', text: 'One' }] },
      { text: 'Done\n\nThree', checked: true, children: [{ type: 'paragraph', text: 'Done' }, { type: 'list', style: 'ordered', start: 3, items: [{ text: 'Three' }] }] },
    ],
  })
  t.equal(bullets!.type === 'list' && bullets.start, null)
})

test('raw HTML is sanitized when written: unsafe elements, attributes and URLs go; a block left empty goes too', async (t) => {
  const { intro } = settle([
    { type: 'html', value: '<script>alert(1)</script>' },
    { type: 'html', value: '<details><summary>More</summary><img src="x.png" onerror="alert(1)"><a href="javascript:alert(1)">x</a></details>' },
    { type: 'paragraph', children: [{ type: 'text', value: 'Press ' }, { type: 'html', value: '<kbd>' }, { type: 'text', value: 'Ctrl' }, { type: 'html', value: '</kbd>' }, { type: 'html', value: '<span onclick="x()">' }, { type: 'html', value: '<style>' }] },
  ])
  t.equal(intro.length, 2, 'the script block is gone')
  t.same(intro[0], { type: 'html', value: '<details><summary>More</summary><img src="x.png"><a>x</a></details>' })
  t.same(intro[1]!.type === 'paragraph' && intro[1].children, [
    { type: 'text', value: 'Press ' }, { type: 'html', value: '<kbd>' }, { type: 'text', value: 'Ctrl' }, { type: 'html', value: '</kbd>' }, { type: 'html', value: '<span>' },
  ], 'lone tags kept when allowed (attributes filtered), dropped when not')
  for (const value of ['<kbd>', '</kbd>', '<details><summary>More</summary><img src="x.png"><a>x</a></details>', '<p>a<br>b</p>', '']) {
    t.equal(sanitizeHtml(sanitizeHtml(value)), sanitizeHtml(value), `idempotent: ${value}`)
  }
})

test('unsafe URLs, over-deep nesting, over-long text and duplicate footnotes are refused, every one listed', async (t) => {
  let quote: BlockInput = { type: 'paragraph', text: 'deep' }
  for (let n = 0; n < AUTHORING_LIMITS.depth + 1; n++) quote = { type: 'blockquote', children: [quote] }
  const { problems } = settle([
    { type: 'paragraph', children: [{ type: 'link', url: 'java\tscript:alert(1)', title: null, children: [{ type: 'text', value: 'x' }] }] },
    { type: 'image', url: 'data:image/svg+xml;base64,AAAA', alt: '' },
    quote,
    { type: 'paragraph', text: 'x'.repeat(AUTHORING_LIMITS.textLength + 1) },
    { type: 'footnoteDefinition', identifier: 'a', children: [{ type: 'paragraph', text: 'one' }] },
    { type: 'footnoteDefinition', identifier: 'a', children: [{ type: 'paragraph', text: 'two' }] },
  ])
  t.same(problems.map((problem) => problem.path), [
    '/intro/0/children/0/url',
    '/intro/1/url',
    `/intro/2${'/children/0'.repeat(AUTHORING_LIMITS.depth)}/children`,
    '/intro/3/text',
    '/intro/5/identifier',
  ])
  t.ok(['https://x.org/a', 'http://x.org', 'mailto:a@b.org', 'tel:+441234', '/relative', './img.png', '../up', '#anchor', 'page.html', 'a/b?c#d'].every(safeUrl), 'http(s), mailto, tel and relative URLs are safe')
  t.notOk(['javascript:alert(1)', ' JAVASCRIPT:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd'].some(safeUrl), 'other schemes are not')
})

test('a served block written back is settled to itself (idempotent), so re-sending an article changes nothing', async (t) => {
  const first = settle([
    { type: 'heading', depth: 4, text: 'Steps' },
    { type: 'list', style: 'ordered', start: 2, spread: true, items: [{ text: 'a' }, { children: [{ type: 'code', lang: 'sh', value: 'npm ci' }] }] },
    { type: 'table', align: ['right'], children: [{ type: 'tableRow', children: [{ type: 'tableCell', text: 'h1' }, { type: 'tableCell', text: 'h2' }] }, { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'inlineCode', value: 'x' }] }] }] },
    { type: 'blockquote', children: [{ type: 'paragraph', text: 'q' }, { type: 'thematicBreak' }] },
    { type: 'footnoteDefinition', identifier: 'n', children: [{ type: 'paragraph', text: 'note' }] },
  ])
  t.same(first.problems, [])
  t.match(first.intro[2], { align: ['right', null], children: [{ children: [{ text: 'h1' }, { text: 'h2' }] }, { children: [{ text: 'x' }] }] }, 'alignment given per column')
  const again = settle(first.intro)
  t.same(again.intro, first.intro)
  t.equal(inlineText([{ type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'text', value: 'nested' }] }] }]), 'nested')
})
