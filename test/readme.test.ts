// README.md, run: its examples are a session against a real server (child process), each answer compared with the one
// the README prints; the webhook receiver it shows verifies real deliveries; its layout and layers match src/.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { basename, join, relative } from 'node:path'
import { test } from 'tap'
import { Webhook } from 'standardwebhooks'
import { projectRoot } from '../src/base/paths.js'
import { CreateContactMessageSchema } from '../src/contact/schemas.js'
import { SIGNATURE_SCHEME } from '../src/webhooks/signature.js'
import { waitFor } from './fixtures/webhook-receiver.js'
import { build, childEnv, plainNode, runScript, startServer, tempDir, WEBHOOK_SECRET, type ServerProcess } from './helper.js'

const README = readFileSync(join(projectRoot, 'README.md'), 'utf8')

/** The addresses the README's examples use, replaced by those of the processes the test starts. */
const API_ORIGIN = 'http://127.0.0.1:3000'
const RECEIVER_ORIGIN = 'http://127.0.0.1:4000'

/** Shell commands shown in ```sh blocks, which only document: none is an HTTP request, and each is covered elsewhere. */
const NOT_RUN: Array<[RegExp, string]> = [
  [/^npm ci && npm start$/, 'installs and serves on port 3000; the session below starts the same server on a free port'],
  [/^npm test$/, 'runs the tests, this one included'],
  [/^DATABASE_URL=postgres:\/\/\S+ npm start$/, 'a PostgreSQL server elsewhere; the suite runs on PostgreSQL with TEST_DATABASE_URL, and test/db/multi-instance.test.ts starts servers with DATABASE_URL'],
  [/^npm run keys -- create --name [\w.@-]+$/, 'runs in the Try it session (a console block)'],
  [/^npm run keys -- (list|revoke [\w.@-]+)$/, 'tested in test/admin/auth.test.ts; revoking would end the session'],
  [/^npm run cli -- import path\/to\/content\/posts( --dry-run)?$/, 'a blog folder of your own; test/cli.test.ts imports the blog in test/fixtures/blog/ the same way, dry run and real'],
]

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
const TIMESTAMPS = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g

interface Block { lang: string, lines: string[], line: number }

/** Fenced code blocks; `line` is the README line of the first line inside. */
function fencedBlocks (markdown: string): Block[] {
  const blocks: Block[] = []
  let open: Block | undefined
  markdown.split('\n').forEach((text, index) => {
    if (open) {
      if (/^```\s*$/.test(text)) {
        blocks.push(open)
        open = undefined
      } else {
        open.lines.push(text)
      }
      return
    }
    const fence = /^```(\S*)\s*$/.exec(text)
    if (fence) open = { lang: fence[1]!, lines: [], line: index + 2 }
  })
  if (open) throw new Error(`README line ${open.line - 1}: unclosed code block`)
  return blocks
}

/**
 * Words as sh splits them: single and double quotes (newlines allowed inside), backslash-newline continuations,
 * $NAME and ${NAME} expanded (not inside single quotes), # comments. Pipes, redirections and the like are refused.
 */
function shellWords (text: string, expand: (name: string) => string): { words: string[], complete: boolean } {
  const words: string[] = []
  let word = ''
  let inWord = false
  let i = 0
  const variable = () => {
    const match = /^\$(?:(\w+)|\{(\w+)\})/.exec(text.slice(i))
    if (!match) return false
    word += expand(match[1] ?? match[2]!)
    i += match[0].length
    inWord = true
    return true
  }
  while (i < text.length) {
    const c = text[i]!
    if (c === '\\') {
      if (i === text.length - 1) return { words, complete: false }
      if (text[i + 1] !== '\n') { word += text[i + 1]; inWord = true }
      i += 2
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(word)
      word = ''
      inWord = false
      i++
    } else if (c === '#' && !inWord) {
      const end = text.indexOf('\n', i)
      i = end === -1 ? text.length : end
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1)
      if (end === -1) return { words, complete: false }
      word += text.slice(i + 1, end)
      inWord = true
      i = end + 1
    } else if (c === '"') {
      i++
      inWord = true
      for (;;) {
        if (i >= text.length) return { words, complete: false }
        const d = text[i]!
        if (d === '"') { i++; break }
        if (d === '\\' && '"\\$`'.includes(text[i + 1] ?? '')) { word += text[i + 1]; i += 2; continue }
        if (d === '$' && variable()) continue
        word += d
        i++
      }
    } else if (c === '$' && variable()) {
      continue
    } else if ('|&;<>()`*?'.includes(c)) {
      throw new Error(`unquoted "${c}": a shell would not pass it to the command as written`)
    } else {
      word += c
      inWord = true
      i++
    }
  }
  if (inWord) words.push(word)
  return { words, complete: true }
}

const isComplete = (command: string) => shellWords(command, () => '').complete

interface Entry { command: string, output: string[], line: number }

/** A console block: `$ command` (continued while quotes are open or a line ends with \), then what it prints. */
function consoleEntries (block: Block): Entry[] {
  const entries: Entry[] = []
  let current: Entry | undefined
  let continuing = false
  block.lines.forEach((text, index) => {
    if (continuing && current) {
      current.command += `\n${text}`
      continuing = !isComplete(current.command)
    } else if (text.startsWith('$ ')) {
      current = { command: text.slice(2), output: [], line: block.line + index }
      entries.push(current)
      continuing = !isComplete(current.command)
    } else if (!current) {
      throw new Error(`README line ${block.line + index}: a console block starts with a "$ " command`)
    } else {
      current.output.push(text)
    }
  })
  if (continuing) throw new Error(`README line ${current!.line}: the command never ends (an open quote?)`)
  for (const entry of entries) while (entry.output.length > 0 && entry.output.at(-1)!.trim() === '') entry.output.pop()
  return entries
}

// JSON as the README prints it: JSON, plus `…` for "anything" (a value, the rest of an array or of an object).
type Pattern =
  | { kind: 'any' }
  | { kind: 'scalar', value: string | number | boolean | null }
  | { kind: 'array', items: Pattern[], open: boolean }
  | { kind: 'object', members: Array<[string, Pattern]>, open: boolean }

function parsePattern (text: string): Pattern {
  let i = 0
  const fail = (what: string): never => {
    throw new Error(`${what} at "${text.slice(Math.max(0, i - 40), i)}⟨here⟩${text.slice(i, i + 40)}"`)
  }
  const space = () => { while (i < text.length && /\s/.test(text[i]!)) i++ }
  const string = (): string => {
    const match = /^"(?:[^"\\\n]|\\.)*"/.exec(text.slice(i))
    if (!match) return fail('expected a string')
    i += match[0].length
    return JSON.parse(match[0]) as string
  }
  const list = <T>(close: string, item: () => T | 'open'): { items: T[], open: boolean } => {
    const items: T[] = []
    let open = false
    space()
    if (text[i] === close) { i++; return { items, open } }
    for (;;) {
      space()
      if (open) fail('`…` must come last')
      const next = item()
      if (next === 'open') open = true
      else items.push(next)
      space()
      if (text[i] === ',') { i++; continue }
      if (text[i] === close) { i++; return { items, open } }
      fail(`expected "," or "${close}"`)
    }
  }
  const value = (): Pattern => {
    space()
    const c = text[i]
    if (c === '…') { i++; return { kind: 'any' } }
    if (c === '{') {
      i++
      const { items, open } = list('}', () => {
        if (text[i] === '…') { i++; return 'open' as const }
        const key = string()
        space()
        if (text[i] !== ':') fail('expected ":"')
        i++
        const member = value()
        return key === '…' ? 'open' as const : [key, member] as [string, Pattern]
      })
      return { kind: 'object', members: items, open }
    }
    if (c === '[') {
      i++
      const { items, open } = list(']', () => {
        if (text[i] === '…') { i++; return 'open' as const }
        return value()
      })
      return { kind: 'array', items, open }
    }
    if (c === '"') return { kind: 'scalar', value: string() }
    const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i))
    if (!match) return fail('expected a JSON value')
    i += match[0].length
    return { kind: 'scalar', value: JSON.parse(match[0]) as string | number | boolean | null }
  }
  const result = value()
  space()
  if (i !== text.length) fail('text after the JSON value')
  return result
}

/** The plain value of a pattern without `…` in structure (strings may still contain it). */
function patternValue (pattern: Pattern): unknown {
  switch (pattern.kind) {
    case 'any': return undefined
    case 'scalar': return pattern.value
    case 'array': return pattern.items.map(patternValue)
    case 'object': return Object.fromEntries(pattern.members.map(([key, member]) => [key, patternValue(member)]))
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** `…` matches any text. */
const wildcard = (shown: string) => new RegExp(`^${shown.split('…').map(escapeRegExp).join('[\\s\\S]*')}$`)

/** What a session knows: the README's values for ids and placeholders, and what they turned out to be here. */
class Session {
  readonly vars = new Map<string, string>()
  readonly exported: Record<string, string> = {}
  /** README id (a string id in a response) → the id this run got. */
  readonly ids = new Map<string, string>()
  /** README placeholder printed by a command (`cak_…`) → what the command printed this time. */
  readonly tokens = new Map<string, string>()
  readonly origins = new Map<string, string>()

  constructor (readonly databasePath: string) {}

  localize (text: string): string {
    let result = text
    for (const [shown, actual] of this.origins) result = result.split(shown).join(actual)
    return result
  }

  expand = (name: string): string => {
    const value = this.vars.get(name)
    if (value === undefined) throw new Error(`$${name} is used before the README sets it`)
    return value
  }

  /** A value the README assigns or passes in the environment: placeholders and ids become this run's values. */
  resolve (value: string): string {
    const known = this.tokens.get(value) ?? this.ids.get(value)
    if (known !== undefined) return known
    if (value.includes('…')) throw new Error(`"${value}": no command before printed a value for this placeholder`)
    if (UUID.test(value)) throw new Error(`"${value}" is an id no response before returned`)
    return this.localize(value)
  }
}

/** Compares JSON with the README's pattern: same keys, same values except ids, timestamps, request ids, measurements. */
function matchJson (pattern: Pattern, actual: unknown, path: string, key: string, session: Session, newIds: Map<string, string>, newTokens = new Map<string, string>()): string[] {
  const here = path || '/'
  if (pattern.kind === 'any') return []
  if (pattern.kind === 'object') {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [`${here}: expected an object, got ${JSON.stringify(actual)}`]
    const record = actual as Record<string, unknown>
    const problems = pattern.members.flatMap(([name, member]) => name in record
      ? matchJson(member, record[name], `${path}/${name}`, name, session, newIds, newTokens)
      : [`${here}: no "${name}"`])
    const extra = Object.keys(record).filter((name) => !pattern.members.some(([shown]) => shown === name))
    if (!pattern.open && extra.length > 0) problems.push(`${here}: not in the README: ${extra.map((name) => `"${name}"`).join(', ')}`)
    return problems
  }
  if (pattern.kind === 'array') {
    if (!Array.isArray(actual)) return [`${here}: expected an array, got ${JSON.stringify(actual)}`]
    const problems = pattern.open
      ? actual.length < pattern.items.length ? [`${here}: ${actual.length} items, the README shows at least ${pattern.items.length}`] : []
      : actual.length !== pattern.items.length ? [`${here}: ${actual.length} items, the README shows ${pattern.items.length}`] : []
    pattern.items.forEach((item, index) => { if (index < actual.length) problems.push(...matchJson(item, actual[index], `${path}/${index}`, key, session, newIds, newTokens)) })
    return problems
  }
  const shown = pattern.value
  const mismatch = [`${here}: ${JSON.stringify(actual)}, the README shows ${JSON.stringify(shown)}`]
  if (shown !== null && typeof shown !== typeof actual) return mismatch
  if (key === 'id' || key.endsWith('_id') || key.endsWith('_token')) {
    // Ids (and sync tokens) differ from run to run, but one README id stands for one id throughout the session.
    if (typeof shown !== 'string' || shown.includes('…')) return []
    const known = session.ids.get(shown) ?? newIds.get(shown)
    if (known !== undefined) return known === actual ? [] : [`${here}: ${JSON.stringify(actual)}, but the README's ${shown} was ${known} before`]
    const taken = [...session.ids, ...newIds].find(([, value]) => value === actual)
    if (taken) return [`${here}: ${JSON.stringify(actual)} is the README's ${taken[0]}, not ${shown}`]
    newIds.set(shown, actual as string)
    return []
  }
  if (key.endsWith('_at') || key === 'cutoff') {
    if (shown === null) return actual === null ? [] : mismatch
    return typeof actual === 'string' && TIMESTAMP.test(actual) && TIMESTAMP.test(shown as string) ? [] : mismatch
  }
  if (key === 'instance' && typeof shown === 'string' && shown.startsWith('urn:request:')) {
    return typeof actual === 'string' && /^urn:request:\S+$/.test(actual) ? [] : mismatch
  }
  if (key === 'uptime_seconds' || key === 'duration_ms') return typeof actual === 'number' ? [] : mismatch
  if (typeof shown === 'string') {
    if (!wildcard(session.localize(shown)).test(actual as string)) return mismatch
    // A URL or token with a placeholder (a preview link's) stands for this run's value when a later command uses it.
    if ((key === 'url' || key === 'token' || key.endsWith('_token')) && shown.includes('…') && shown !== '…') newTokens.set(shown, actual as string)
    return []
  }
  return shown === actual ? [] : mismatch
}

/** Lines a program printed against the README's: ids and placeholders mapped, timestamps aside, `…` for anything. */
function matchLines (shown: string[], printed: string[], session: Session, tokens: Map<string, string>): string[] {
  const actual = printed.map((line) => line.trimEnd())
  while (actual.length > 0 && actual.at(-1) === '') actual.pop()
  if (actual.length !== shown.length) return [`printed ${actual.length} lines, the README shows ${shown.length}:\n${actual.join('\n')}`]
  return shown.flatMap((line, index) => {
    const want = line.trim().replace(TIMESTAMPS, '⟨time⟩').split(/\s+/)
    const got = actual[index]!.trim().replace(TIMESTAMPS, '⟨time⟩').split(/\s+/)
    const ok = want.length === got.length && want.every((token, position) => {
      const expected = session.localize(session.ids.get(token) ?? token)
      if (!expected.includes('…')) return expected === got[position]
      if (!wildcard(expected).test(got[position]!)) return false
      tokens.set(token, got[position]!)
      return true
    })
    return ok ? [] : [`line ${index + 1}: "${actual[index]!.trim()}", the README shows "${line.trim()}"`]
  })
}

interface Shown { status: number, reason: string, headers: Array<[string, string]>, body: string }

/** What `curl -i` prints, as the README shows it: the status line, some headers, a blank line, the body. */
function shownResponse (output: string[]): Shown {
  const [statusLine, ...rest] = output
  const status = /^HTTP\/1\.1 (\d{3}) (.+)$/.exec(statusLine ?? '')
  if (!status) throw new Error(`the answer must follow, starting with a status line such as "HTTP/1.1 200 OK" (got ${JSON.stringify(statusLine ?? '')})`)
  const blank = rest.findIndex((line) => line.trim() === '')
  const headers = (blank === -1 ? rest : rest.slice(0, blank)).map((line): [string, string] => {
    const header = /^([\w-]+): (.*)$/.exec(line)
    if (!header) throw new Error(`"${line}" is not a header line (a blank line separates the body)`)
    return [header[1]!.toLowerCase(), header[2]!]
  })
  const body = blank === -1 ? '' : rest.slice(blank + 1).join('\n').trim()
  if (body && !headers.some(([name]) => name === 'content-type')) throw new Error('an answer with a body shows its content-type')
  return { status: Number(status[1]), reason: status[2]!, headers, body }
}

interface CurlRequest { method: string, url: string, headers: Array<[string, string]>, body: string | FormData | undefined, include: boolean }

/** Files the README uploads (`curl -F file=@name`): test/fixtures/media/ holds them. */
const FORM_FILES = join(projectRoot, 'test', 'fixtures', 'media')

/** The request curl would send for these arguments (the options the README uses). */
function curlRequest (args: string[]): CurlRequest {
  let method: string | undefined
  let url: string | undefined
  let include = false
  const headers: Array<[string, string]> = []
  const data: string[] = []
  let form: FormData | undefined
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    const value = () => {
      const next = args[++index]
      if (next === undefined) throw new Error(`curl ${arg} needs a value`)
      return next
    }
    if (/^-[siS]+$/.test(arg)) {
      include ||= arg.includes('i')
      continue
    }
    switch (arg) {
      case '--include': include = true; break
      case '-I': case '--head': include = true; method = 'HEAD'; break
      case '-F': case '--form': {
        // name=value, or name=@file (a file of test/fixtures/media/, sent under its own name)
        const text = value()
        const equals = text.indexOf('=')
        if (equals < 1) throw new Error(`curl -F "${text}" is not "name=value"`)
        form ??= new FormData()
        const [name, field] = [text.slice(0, equals), text.slice(equals + 1)]
        if (field.startsWith('@')) form.append(name, new Blob([readFileSync(join(FORM_FILES, basename(field.slice(1))))]), basename(field.slice(1)))
        else form.append(name, field)
        break
      }
      case '--silent': break
      case '-X': case '--request': method = value(); break
      case '-H': case '--header': {
        const header = value()
        const colon = header.indexOf(':')
        if (colon < 1) throw new Error(`curl -H "${header}" is not "Name: value"`)
        headers.push([header.slice(0, colon).trim(), header.slice(colon + 1).trim()])
        break
      }
      case '-d': case '--data': case '--data-raw': {
        const text = value()
        if (arg !== '--data-raw' && text.startsWith('@')) throw new Error('curl -d @file is not supported here')
        data.push(text)
        break
      }
      case '--data-urlencode': {
        const text = value()
        const equals = text.indexOf('=')
        data.push(equals === -1 ? encodeURIComponent(text) : `${text.slice(0, equals)}=${encodeURIComponent(text.slice(equals + 1))}`)
        break
      }
      default:
        if (arg.startsWith('-')) throw new Error(`curl option ${arg} is not supported by this test: add it to curlRequest`)
        if (url !== undefined) throw new Error(`two URLs: ${url} and ${arg}`)
        url = arg
    }
  }
  if (url === undefined) throw new Error('curl without a URL')
  if (data.length > 0 && !headers.some(([name]) => name.toLowerCase() === 'content-type')) {
    headers.push(['content-type', 'application/x-www-form-urlencoded'])
  }
  if (form && data.length > 0) throw new Error('curl -F and -d together')
  const body = form ?? (data.length > 0 ? data.join('&') : undefined)
  return { method: method ?? (body !== undefined ? 'POST' : 'GET'), url, headers, body, include }
}

interface Received { status: number, reason: string, headers: Headers, text: string }

function compareResponse (shown: Shown, received: Received, session: Session, newIds: Map<string, string>, newTokens = new Map<string, string>()): string[] {
  const problems: string[] = []
  if (received.status !== shown.status || received.reason !== shown.reason) {
    problems.push(`status ${received.status} ${received.reason}, the README shows ${shown.status} ${shown.reason}`)
  }
  for (const [name, value] of shown.headers) {
    const actual = received.headers.get(name)
    const known = session.tokens.get(value)
    if (actual === null) problems.push(`no ${name} header`)
    else if (known !== undefined) { if (known !== actual) problems.push(`${name}: ${actual}, but the README's ${value} was ${known} before`) } else if (!wildcard(session.localize(value)).test(actual)) problems.push(`${name}: ${actual}, the README shows ${value}`)
    // A header value with a placeholder (an ETag, say) stands for this run's value when a later request sends it.
    else if (value.includes('…') && value !== '"…"') newTokens.set(value, actual)
  }
  if (!shown.body) {
    if (received.text !== '') problems.push(`a body the README does not show: ${received.text.slice(0, 300)}`)
  } else if ((received.headers.get('content-type') ?? '').includes('json')) {
    let actual: unknown
    try { actual = JSON.parse(received.text) } catch { return [...problems, `not JSON: ${received.text.slice(0, 300)}`] }
    problems.push(...matchJson(parsePattern(shown.body), actual, '', '', session, newIds, newTokens))
  } else if (!wildcard(session.localize(shown.body)).test(received.text.trim())) {
    problems.push(`body ${received.text.slice(0, 300)}, the README shows ${shown.body}`)
  }
  if (problems.length > 0) problems.push(`(the answer: ${received.status} ${received.text.slice(0, 2000)})`)
  return problems
}

interface Tap { teardown(fn: () => unknown): void }

/** A program left running by the session (the webhook receiver): what it printed, and the lines the README says it prints. */
interface Background { name: string, line: number, shown: string[], stdout(): string }

/** Runs the README's receiver.mjs as a reader would: in a directory where `standardwebhooks` resolves, with its environment. */
async function startReceiver (t: Tap, code: string, env: Record<string, string>, firstLine: string): Promise<{ origin: string, stdout(): string }> {
  const dir = tempDir(t)
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  writeFileSync(join(dir, 'receiver.mjs'), code)
  const node = plainNode([join(dir, 'receiver.mjs')])
  const child = spawn(node.command, node.args, { cwd: dir, env: childEnv({ ...env, PORT: '0' }), stdio: ['ignore', 'pipe', 'pipe'] })
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => { stdout += chunk })
  child.stderr.on('data', (chunk) => { stderr += chunk })
  // The README's first line, with its port 4000 standing for whichever port the receiver was given.
  const listening = new RegExp(`^${escapeRegExp(firstLine.trim()).replace(escapeRegExp(RECEIVER_ORIGIN), '(http://127\\.0\\.0\\.1:\\d+)')}$`, 'm')
  const match = await waitFor(() => listening.exec(stdout) ?? (child.exitCode !== null ? 'exited' : null), { what: 'the receiver to listen' })
  if (match === 'exited' || !match[1]) throw new Error(`receiver.mjs did not print "${firstLine}":\n${stdout}${stderr}`)
  return { origin: match[1], stdout: () => stdout }
}

test('README: every example is a request the running service answers as shown', async (t) => {
  const blocks = fencedBlocks(README)
  const session = new Session(join(tempDir(t), 'data', 'content.db'))
  const receiverCode = blocks.find((block) => block.lang === 'js' && block.lines[0]?.startsWith('// receiver.mjs'))
  let server: ServerProcess | undefined
  const background: Background[] = []
  let requests = 0
  let starts = 0

  for (const block of blocks) {
    if (block.lang === 'sh') {
      // Documentation only: every command must be one the test knows not to be an HTTP request.
      let text = ''
      let start = 0
      block.lines.forEach((line, index) => {
        if (!text) start = index
        text += line.replace(/\\$/, ' ')
        if (line.endsWith('\\')) return
        const command = text.replace(/(^|\s+)#.*$/, '').trim()
        text = ''
        if (!command) return
        const where = `README line ${block.line + start}`
        const reason = NOT_RUN.find(([pattern]) => pattern.test(command))?.[1]
        if (/\bcurl\b/.test(command)) t.fail(`${where}: "${command}" is a request without an answer: show it in a console block with what it prints`)
        else t.ok(reason, `${where}: "${command}" is not run (${reason ?? 'unknown: run it in a console block, or list it in NOT_RUN with the reason'})`)
      })
      continue
    }
    if (block.lang !== 'console') continue

    let entries: Entry[]
    try {
      entries = consoleEntries(block)
    } catch (error) {
      t.fail((error as Error).message)
      continue
    }
    for (const entry of entries) {
      const where = `README line ${entry.line}`
      try {
        const { words } = shellWords(entry.command, session.expand)
        const env: Record<string, string> = {}
        while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) {
          const [name, ...value] = words.shift()!.split('=')
          env[name!] = session.resolve(value.join('='))
        }
        const [program, ...args] = words

        if (program === undefined || (program === 'export' && args.length === 1 && args[0]!.includes('='))) {
          // NAME=value or export NAME=value: a variable for the commands that follow.
          const assignments = program === undefined ? Object.entries(env) : [[args[0]!.split('=')[0]!, session.resolve(args[0]!.split('=').slice(1).join('='))]]
          for (const [name, value] of assignments) {
            session.vars.set(name!, value!)
            if (program === 'export') session.exported[name!] = value!
          }
          t.strictSame(entry.output, [], `${where}: ${assignments.map(([name]) => name).join(', ')} set; an assignment prints nothing`)
        } else if (program === 'npm' && args.join(' ') === 'start') {
          // Stops the server a reader has running (Ctrl-C), starts it with this environment on the same database.
          if (server) t.equal(await server.stop(), 0, `${where}: the previous server stops cleanly`)
          server = await startServer(t, { ...session.exported, ...env, PORT: '0', DATABASE_PATH: session.databasePath, MEDIA_PATH: join(session.databasePath, '..', 'media') })
          session.origins.set(API_ORIGIN, server.origin)
          starts++
          t.strictSame(entry.output, [], `${where}: server started with ${Object.keys(env).join(', ') || 'defaults'}`)
        } else if (program === 'npm' && args[0] === 'run' && (args[1] === 'keys' || args[1] === 'cli') && args[2] === '--') {
          const cliArgs = args[1] === 'keys' ? ['keys', ...args.slice(3)] : args.slice(3)
          const result = await runScript('cli', cliArgs, { ...session.exported, ...env, DATABASE_PATH: session.databasePath, MEDIA_PATH: join(session.databasePath, '..', 'media') })
          t.equal(result.code, 0, `${where}: ${args.join(' ')} exits 0 ${result.stderr}`)
          const tokens = new Map<string, string>()
          const problems = matchLines(entry.output, result.stdout.split('\n'), session, tokens)
          for (const [shown, actual] of tokens) session.tokens.set(shown, actual)
          t.strictSame(problems, [], `${where}: npm ${args.join(' ')} prints what the README shows`)
        } else if (program === 'node' && args.join(' ') === 'receiver.mjs') {
          if (!receiverCode) {
            t.fail(`${where}: no \`\`\`js block starting with "// receiver.mjs"`)
            continue
          }
          const receiver = await startReceiver(t, receiverCode.lines.join('\n'), { ...session.exported, ...env }, entry.output[0] ?? '')
          session.origins.set(RECEIVER_ORIGIN, receiver.origin)
          background.push({ name: 'receiver.mjs', line: entry.line, shown: entry.output, stdout: () => receiver.stdout() })
          // It listens where it says, and does what its comment says: a delivery without a valid signature is refused.
          const unsigned = await fetch(`${receiver.origin}/hooks`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message.received"}' })
          t.equal(unsigned.status, 401, `${where}: receiver.mjs listens on ${receiver.origin} and refuses an unsigned delivery`)
        } else if (program === 'curl') {
          let request: CurlRequest
          let shown: Shown
          try {
            request = curlRequest(args.map((arg) => session.localize(arg)))
            // Header values the README shows as placeholders (If-Match: "2-1-…") are what an earlier answer sent.
            request.headers = request.headers.map(([name, value]) => [name, session.tokens.get(value) ?? value] as [string, string])
            shown = shownResponse(entry.output)
          } catch (error) {
            t.fail(`${where}: ${(error as Error).message}`)
            continue
          }
          if (!request.include) t.fail(`${where}: use curl -i, so that what the README shows (status line, headers) is what curl prints`)
          if (request.url.includes('127.0.0.1:3000') || request.url.includes('127.0.0.1:4000')) {
            t.fail(`${where}: nothing is listening yet at ${request.url}`)
            continue
          }
          requests++
          // Reads may be retried until they answer as shown (a minute is the safety net): deliveries happen in the
          // background, as late as a loaded machine makes them. Writes are sent once.
          const deadline = Date.now() + (request.method === 'GET' ? 60_000 : 0)
          for (;;) {
            const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body ?? null, redirect: 'manual' })
            const received = { status: response.status, reason: response.statusText, headers: response.headers, text: await response.text() }
            const newIds = new Map<string, string>()
            const newTokens = new Map<string, string>()
            let problems: string[]
            try {
              problems = compareResponse(shown, received, session, newIds, newTokens)
            } catch (error) {
              problems = [`the README's answer: ${(error as Error).message}`]
            }
            if (problems.length === 0) for (const [readmeId, id] of newIds) session.ids.set(readmeId, id)
            if (problems.length === 0) for (const [placeholder, value] of newTokens) session.tokens.set(placeholder, value)
            if (problems.length === 0 || Date.now() > deadline) {
              t.strictSame(problems, [], `${where}: ${request.method} ${new URL(request.url).pathname} answers ${shown.status} as shown`)
              break
            }
            await new Promise((resolve) => setTimeout(resolve, 100))
          }
        } else {
          t.fail(`${where}: "${program}" is not a command this test knows how to run`)
        }
      } catch (error) {
        // A README mistake the session cannot get past (an unknown placeholder, a malformed answer): named by its line.
        t.fail(`${where}: ${(error as Error).message}`)
      }
    }
  }

  // What the background programs print arrives in its own time; by now every line the README shows should be there.
  for (const program of background) {
    let problems: string[] = []
    const deadline = Date.now() + 60_000 // a safety net: lines are compared as soon as they are there
    do {
      problems = matchLines(program.shown, program.stdout().split('\n'), session, new Map())
      if (problems.length > 0) await new Promise((resolve) => setTimeout(resolve, 100))
    } while (problems.length > 0 && Date.now() < deadline)
    t.strictSame(problems, [], `README line ${program.line}: ${program.name} prints what the README shows`)
  }
  if (server) t.equal(await server.stop(), 0, 'the server stops cleanly')

  t.ok(starts >= 1, `the session starts the server (${starts} times)`)
  t.ok(requests >= 30, `${requests} requests checked`)
  t.ok(background.length > 0, 'the webhook receiver the README shows ran, and verified the deliveries it printed')
})

test('README: the webhook delivery it shows is what a receiver gets, and verifies as it says', async (t) => {
  t.ok(README.includes(SIGNATURE_SCHEME), 'the README states the signature scheme in the words of the code that signs (SIGNATURE_SCHEME)')

  const blocks = fencedBlocks(README).filter((block) => block.lang === 'http')
  t.equal(blocks.length, 1, 'one example delivery')
  const [requestLine, ...rest] = blocks[0]!.lines
  const blank = rest.findIndex((line) => line.trim() === '')
  const shownHeaders = rest.slice(0, blank).map((line) => /^([\w-]+): (.*)$/.exec(line)!).map((match) => [match[1]!.toLowerCase(), match[2]!] as const)
  const shownBody = parsePattern(rest.slice(blank + 1).join('\n').trim())
  const [method, path] = requestLine!.split(' ')

  const received: Array<{ method: string, url: string, headers: IncomingHttpHeaders, body: string }> = []
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => receiver.close(resolve)))
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}${path}`

  const app = await build(t, { env: { WEBHOOK_URLS: url, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_SECRET } })
  // The message the example carries, sent as a reader would.
  const { data } = patternValue(shownBody) as { data: Record<string, string | null> }
  const fields = Object.fromEntries(['name', 'email', 'subject', 'message', 'article_slug'].map((name) => [name, data[name]]))
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: fields })).statusCode, 202)
  const delivery = await waitFor(() => received[0], { what: 'a delivery' })

  t.equal(`${delivery.method} ${delivery.url}`, `${method} ${path}`)
  const formats: Record<string, RegExp> = {
    'webhook-id': UUID,
    'webhook-timestamp': /^\d{10}$/,
    'webhook-signature': /^v1,[A-Za-z0-9+/]{43}=$/,
  }
  for (const [name, value] of shownHeaders) {
    const actual = delivery.headers[name]
    if (formats[name]) {
      t.match(value, formats[name], `the README's ${name} has the right format`)
      t.match(actual, formats[name], `${name} as the README shows it`)
    } else {
      t.equal(actual, value, `${name}: ${value}`)
    }
  }
  const body = JSON.parse(delivery.body) as { id: string }
  t.strictSame(matchJson(shownBody, body, '', '', new Session(''), new Map()), [], 'the body has the shape the README shows')
  t.equal(delivery.headers['webhook-id'], body.id, 'webhook-id is the event id')
  t.strictSame(new Webhook(WEBHOOK_SECRET).verify(delivery.body, delivery.headers as Record<string, string>), body,
    'standardwebhooks verifies it, as the README receiver does')
})

test('README: first screen, configuration, forms, layout and layers match the code', async (t) => {
  const firstScreen = README.split('\n').slice(0, 15).join('\n')
  t.match(firstScreen, /npm ci && npm start/, 'the first screen shows how to run it')
  t.match(firstScreen, /npm test/, 'and how to test it')
  t.notMatch(README, /TRUST_PROXY=true/, 'TRUST_PROXY=true is refused by the server, so never suggested')
  t.match(README, /\| `WEBHOOK_SECRET` \|[^\n]*whsec_[^\n]*comma-separated/, 'WEBHOOK_SECRET: whsec_ secrets, comma-separated while rotating')

  const blocks = fencedBlocks(README)
  const known = new Set(['sh', 'console', 'http', 'js', 'ts', 'html', ''])
  for (const block of blocks) t.ok(known.has(block.lang), `README line ${block.line - 1}: a \`\`\`${block.lang} block is something this test checks`)
  t.equal(blocks.filter((block) => block.lang === 'json').length, 0, 'no bare ```json answers: each answer follows its request in a console block')

  const form = blocks.find((block) => block.lang === 'html')!.lines.join('\n')
  const accepted = Object.keys(CreateContactMessageSchema.properties)
  for (const [, name] of form.matchAll(/\sname="([^"]+)"/g)) t.ok(accepted.includes(name!), `the HTML form's field "${name}" is one the API accepts`)

  const layout = blocks.find((block) => block.lines[0] === 'src/')
  const listed = new Set<string>()
  for (const line of layout?.lines.slice(1) ?? []) {
    const entry = /^ {2}(\S+)/.exec(line)
    if (!entry) break
    listed.add(entry[1]!.replace(/\/$/, ''))
  }
  const src = join(projectRoot, 'src')
  const entries = readdirSync(src).filter((name) => !name.endsWith('.json'))
  t.strictSame([...listed].sort(), entries.sort(), 'the layout lists exactly what src/ holds')

  // The layers the Architecture section describes: features use other features' types only; http/, db/ and base/ no feature.
  const features = entries.filter((name) => !name.includes('.') && !['http', 'db', 'base'].includes(name))
  const violations: string[] = []
  const visit = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, name.name)
      if (name.isDirectory()) visit(file)
      if (!name.name.endsWith('.ts')) continue
      const [folder] = relative(src, file).split('/')
      const text = readFileSync(file, 'utf8')
      for (const [statement, typeOnly, target] of text.matchAll(/^(?:import|export)(\s+type)?\s[^;'"]*?from\s+'(\.\.?\/[^']+)'/gm)) {
        const [targetFolder] = relative(src, join(dir, target!)).split('/')
        if (targetFolder === folder || targetFolder?.startsWith('..')) continue
        const layer = ['http', 'db', 'base'].includes(folder!) ? folder : features.includes(folder!) ? 'feature' : 'root'
        if (layer === 'root') continue
        const allowed = layer === 'base'
          ? false
          : layer === 'http' || layer === 'db'
            ? targetFolder === 'base'
            : ['http', 'db', 'base'].includes(targetFolder!) || Boolean(typeOnly)
        if (!allowed) violations.push(`${relative(projectRoot, file)}: ${statement.split('\n')[0]}`)
      }
    }
  }
  visit(src)
  t.strictSame(violations, [], 'no import points up or across features')
})
