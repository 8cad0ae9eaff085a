// The README's first screen and its table of contents: what a newcomer reads before anything else must be true.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { projectRoot } from '../src/base/paths.js'

const README = readFileSync(join(projectRoot, 'README.md'), 'utf8')
const CI_SCRIPT = readFileSync(join(projectRoot, '.ci', 'run'), 'utf8')
const PACKAGE = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string } }

/** The headings of levels 2 and 3 outside fenced code blocks (an example article's `## ...` is not one). */
function headings (markdown: string): Array<{ level: number, text: string }> {
  const found: Array<{ level: number, text: string }> = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker
    const heading = fence ? undefined : /^(#{2,3}) (.+)$/.exec(line)
    if (heading) found.push({ level: heading[1]!.length, text: heading[2]!.trim() })
  }
  return found
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-')

test('README: the first screen says how to run and test it, on which Node versions, and how long the tests take', async (t) => {
  const firstScreen = README.split('\n').slice(0, 30).join('\n')
  t.match(firstScreen, /```sh\nnpm ci && npm start[^\n]*\nnpm test[^\n]*about \d+ minutes/, 'the two commands, and how long npm test takes')
  const oldest = /^>=(\d+)$/.exec(PACKAGE.engines.node)?.[1]
  t.ok(oldest, `package.json's engines name the oldest supported Node (${PACKAGE.engines.node})`)
  const tested = ['NODE_MAIN_VERSION', 'NODE_OLDEST_VERSION'].map((name) => new RegExp(`^${name}=(\\d+)\\.`, 'm').exec(CI_SCRIPT)?.[1])
  t.equal(tested[1], oldest, 'CI tests the oldest Node that package.json accepts')
  for (const major of tested) t.match(firstScreen, new RegExp(`Node ${major}\\b`), `the first screen names Node ${major}, which CI tests`)
  t.match(firstScreen, new RegExp(`Node\\.js ${oldest}, `), 'and the supported versions start where package.json says')
})

test('README: the table of contents links every section, and every link has a section', async (t) => {
  const contents = /\*\*Contents:\*\*([\s\S]*?)\n\n/.exec(README)?.[1]
  t.ok(contents, 'a Contents paragraph')
  const links = [...(contents ?? '').matchAll(/\[([^\]]+)\]\(#([^)]+)\)/g)].map(([, text, anchor]) => ({ text: text!, anchor: anchor! }))
  const sections = headings(README)
  t.ok(sections.length > 20, `${sections.length} headings found`)
  t.same(sections.map((section) => anchorOf(section.text)).filter((anchor) => !links.some((link) => link.anchor === anchor)), [],
    'every ## and ### heading is in the contents')
  t.same(links.filter((link) => !sections.some((section) => anchorOf(section.text) === link.anchor)).map((link) => link.anchor), [],
    'every link of the contents points at a heading')
  t.same(links.filter((link) => !sections.some((section) => section.text === link.text)).map((link) => link.text), [],
    'each link is worded as its heading')
})
