// The README's typed-client example: compiled against the committed openapi/openapi.d.ts and run against a server.
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import ts from 'typescript'
import { test } from 'tap'
import { openapiTypesFile, projectRoot } from '../src/base/paths.js'
import { databaseEnv, childEnv, plainNode, startServer, tempDir } from './helper.js'

/** The ```ts block of README.md that starts with `// <file>`. */
function readmeExample (file = 'render.ts'): string {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8')
  const match = new RegExp(`\`\`\`ts\\n(// ${file.replace('.', '\\.')}[^\\n]*\\n[\\s\\S]*?)\`\`\``).exec(readme)
  if (!match) throw new Error(`README.md has no \`\`\`ts block starting with "// ${file}"`)
  return match[1]!
}

test('README: the openapi-fetch example compiles against openapi/openapi.d.ts and renders the article', async (t) => {
  const code = readmeExample()
  t.ok(code.split('\n').filter((line) => line.trim() !== '').length <= 12, 'about ten lines')
  const dir = tempDir(t)
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n')
  copyFileSync(openapiTypesFile, join(dir, 'openapi.d.ts'))
  writeFileSync(join(dir, 'render.ts'), code)

  const program = ts.createProgram([join(dir, 'render.ts')], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    outDir: dir,
    types: [],
  })
  const diagnostics = ts.getPreEmitDiagnostics(program).concat(program.emit().diagnostics)
  t.same(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')), [], 'it type-checks against the committed types')

  const server = await startServer(t, { ...(await databaseEnv(t)), PORT: '0' })
  const compiled = readFileSync(join(dir, 'render.js'), 'utf8').replace('http://127.0.0.1:3000', server.origin)
  writeFileSync(join(dir, 'render.js'), compiled)
  const output = await new Promise<{ code: number | null, stdout: string, stderr: string }>((resolve) => {
    const node = plainNode([join(dir, 'render.js')])
    const child = spawn(node.command, node.args, { cwd: dir, env: childEnv({}) })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => { stdout += chunk })
    child.stderr.on('data', (chunk) => { stderr += chunk })
    child.on('close', (exitCode) => resolve({ code: exitCode, stdout, stderr }))
  })
  t.equal(output.code, 0, output.stderr)
  const lines = output.stdout.trim().split('\n')
  t.equal(lines[0], 'From Training to Employment: The Power of Healthcare Internships')
  t.equal(lines[1], '1. Why Training Alone Is No Longer Enough (4 blocks)')
  t.equal(lines.at(-1), '9. Conclusion (2 blocks)')
  t.equal(lines.length, 10)
  t.equal(await server.stop(), 0)
})

test('the typed client narrows blocks and inline nodes by `type` (discriminated unions in openapi/openapi.d.ts)', async (t) => {
  const dir = tempDir(t)
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n')
  copyFileSync(openapiTypesFile, join(dir, 'openapi.d.ts'))
  const check = (code: string) => {
    writeFileSync(join(dir, 'narrow.ts'), `import type { components } from './openapi.js'\ntype Block = components['schemas']['Block']\ntype Inline = components['schemas']['Inline']\n${code}\n`)
    const program = ts.createProgram([join(dir, 'narrow.ts')], {
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true, types: [],
    })
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
  }
  t.same(check(`
export function size (block: Block): number {
  switch (block.type) {
    case 'list': return block.items.length + block.items.reduce((sum, item) => sum + item.children.length, 0)
    case 'code': return block.value.length + (block.lang ?? '').length
    case 'table': return block.children.length * block.align.length
    case 'heading': return block.depth + block.id.length
    case 'image': return block.alt.length
    default: return 0
  }
}
export function links (nodes: Inline[]): string[] {
  return nodes.flatMap((node) => node.type === 'link' ? [node.url] : node.type === 'emphasis' || node.type === 'strong' ? links(node.children) : [])
}`), [], 'each variant has its own fields once narrowed')
  const wrong = check('export const items = (block: Block) => block.items')
  t.ok(wrong.some((message) => message.includes("'items'")), `without narrowing, a list's items are not there: ${wrong.join('; ')}`)
})

test("README: the sync example (an app's offline copy) compiles against openapi/openapi.d.ts", async (t) => {
  const dir = tempDir(t)
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n')
  copyFileSync(openapiTypesFile, join(dir, 'openapi.d.ts'))
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  writeFileSync(join(dir, 'sync.ts'), readmeExample('sync.ts'))
  const program = ts.createProgram([join(dir, 'sync.ts')], {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: true, types: [],
  })
  t.same(ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')), [], 'it type-checks: items narrow by type, tokens are strings')
})
