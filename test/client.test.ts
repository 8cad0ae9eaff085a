// The README's typed-client example: compiled against the committed openapi/openapi.d.ts and run against a server.
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import ts from 'typescript'
import { test } from 'tap'
import { openapiTypesFile, projectRoot } from '../src/base/paths.js'
import { databaseEnv, childEnv, startServer, tempDir } from './helper.js'

/** The ```ts block of README.md that starts with `// render.ts`. */
function readmeExample (): string {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8')
  const match = /```ts\n(\/\/ render\.ts[^\n]*\n[\s\S]*?)```/.exec(readme)
  if (!match) throw new Error('README.md has no ```ts block starting with "// render.ts"')
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
    const child = spawn(process.execPath, [join(dir, 'render.js')], { cwd: dir, env: childEnv({}) })
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
