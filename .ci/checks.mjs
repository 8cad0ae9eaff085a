// npm test's checks before the tests: the type-check (which also compiles dist/, the tests' input) and the lint, run
// side by side. Each is one single-threaded process of about half a minute; on two cores, together they take the time
// of the longer one instead of the sum. Each one's output is printed when it ends, whole; the exit code is non-zero
// when either failed.
import { spawn } from 'node:child_process'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// npm puts the project's tools on PATH; so does this script when run on its own.
const BIN = join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules', '.bin')
const env = { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}` }

const CHECKS = [
  ['type-check', 'tsc -p tsconfig.json'],
  ['lint', 'npm run lint --silent'],
]

function run ([name, command]) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('close', (code, signal) => {
      process.stdout.write(Buffer.concat(output))
      if (code !== 0) console.error(`${name} failed (${command}: ${signal ?? `exit code ${code}`})`)
      resolve(code === 0)
    })
  })
}

const passed = await Promise.all(CHECKS.map(run))
process.exitCode = passed.every(Boolean) ? 0 : 1
