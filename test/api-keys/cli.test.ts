// `npm run keys` (the keys commands of src/cli.ts): how operators create, list and revoke admin API keys.
// Apart from test/cli.test.ts so the two sets of child processes run side by side. A real process creates a key and
// refuses a duplicate (exit codes, output); the other checks run the command in this process (runCliInProcess).
import { test } from 'tap'
import { databaseEnv, runCliInProcess, runScript } from '../helper.js'

test('npm run keys: create, list, revoke', async (t) => {
  const env = await databaseEnv(t, 'keys.db')
  const created = await runScript('cli', ['keys', 'create', '--name', 'deploy-bot'], env)
  t.equal(created.code, 0, created.stderr)
  const key = /(cak_[A-Za-z0-9_-]{43})/.exec(created.stdout)?.[1]
  t.ok(key, 'prints the key once')

  const listed = await runCliInProcess(['keys', 'list'], env)
  t.equal(listed.code, 0)
  t.match(listed.stdout, /^deploy-bot\tcak_\S{4}…\tcreated \S+\tlast used never\tactive$/m)
  t.notOk(listed.stdout.includes(key!), 'list never shows the key')

  const duplicate = await runScript('cli', ['keys', 'create', '--name', 'deploy-bot'], env)
  t.equal(duplicate.code, 1)
  t.match(duplicate.stderr, /An active key named "deploy-bot" already exists/)

  const revoked = await runCliInProcess(['keys', 'revoke', 'deploy-bot'], env)
  t.equal(revoked.code, 0)
  t.match((await runCliInProcess(['keys', 'list'], env)).stdout, /deploy-bot.*revoked/)

  const unknown = await runCliInProcess(['keys', 'revoke', 'nobody'], env)
  t.equal(unknown.code, 1)
  t.match(unknown.stderr, /No active key named "nobody"/)

  const usage = await runCliInProcess(['keys', 'create'], env)
  t.equal(usage.code, 1)
  t.match(usage.stderr, /keys create needs --name NAME/)
})
