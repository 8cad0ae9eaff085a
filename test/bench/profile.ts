// Reads a V8 CPU profile (node --cpu-prof) and names where the time went: self time per function and per package.
import { readFileSync } from 'node:fs'

interface CpuProfile {
  nodes: Array<{ id: number, callFrame: { functionName: string, url: string, lineNumber: number } }>
  samples: number[]
  timeDeltas: number[]
}

export interface ProfileEntry { name: string, where: string, ms: number, percent: number }
export interface ProfileSummary { file: string, busyMs: number, idleMs: number, functions: ProfileEntry[], packages: ProfileEntry[] }

/** Where a script lives, short: a package name, `src/…`, `node:…`, or a V8 pseudo-frame such as (garbage collector). */
function shortPlace (url: string): { file: string, group: string } {
  if (url === '') return { file: '', group: '(native)' }
  const modules = url.lastIndexOf('/node_modules/')
  if (modules !== -1) {
    const rest = url.slice(modules + '/node_modules/'.length)
    const parts = rest.split('/')
    const name = rest.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
    return { file: rest, group: name }
  }
  if (url.startsWith('node:')) return { file: url, group: 'node: (core)' }
  const project = url.match(/\/dist\/((?:src|test|seed)\/.*)$/)
  if (project) return { file: project[1]!, group: project[1]!.split('/').slice(0, 2).join('/') }
  return { file: url, group: url }
}

const IDLE = new Set(['(idle)', '(program)'])

export function summarizeProfile (file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const byFunction = new Map<string, { name: string, where: string, us: number }>()
  const byPackage = new Map<string, number>()
  let busy = 0
  let idle = 0
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id)
    const delta = profile.timeDeltas[index] ?? 0
    if (!node) return
    const { functionName, url, lineNumber } = node.callFrame
    const name = functionName || '(anonymous)'
    if (IDLE.has(name)) { idle += delta; return }
    busy += delta
    const place = shortPlace(url)
    const where = place.file ? `${place.file}:${lineNumber + 1}` : ''
    const key = `${name} ${where}`
    const entry = byFunction.get(key) ?? { name, where, us: 0 }
    entry.us += delta
    byFunction.set(key, entry)
    const group = name.startsWith('(') && !url ? name : place.group
    byPackage.set(group, (byPackage.get(group) ?? 0) + delta)
  })
  const percent = (us: number) => busy === 0 ? 0 : Math.round(us / busy * 1000) / 10
  return {
    file,
    busyMs: Math.round(busy / 1000),
    idleMs: Math.round(idle / 1000),
    functions: [...byFunction.values()].sort((a, b) => b.us - a.us).slice(0, top)
      .map(({ name, where, us }) => ({ name, where, ms: Math.round(us / 1000), percent: percent(us) })),
    packages: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)
      .map(([name, us]) => ({ name, where: '', ms: Math.round(us / 1000), percent: percent(us) })),
  }
}

export function formatProfile ({ file, busyMs, idleMs, functions, packages }: ProfileSummary): string {
  return [
    `CPU profile ${file}: ${busyMs} ms busy, ${idleMs} ms idle`,
    '',
    '| Self time | % of busy | Function | Where |',
    '|---:|---:|---|---|',
    ...functions.map((entry) => `| ${entry.ms} ms | ${entry.percent.toFixed(1)} | ${entry.name} | ${entry.where} |`),
    '',
    '| Self time | % of busy | Package or folder |',
    '|---:|---:|---|',
    ...packages.map((entry) => `| ${entry.ms} ms | ${entry.percent.toFixed(1)} | ${entry.name} |`),
  ].join('\n')
}
