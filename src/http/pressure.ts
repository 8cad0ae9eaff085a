// Load shedding with @fastify/under-pressure: while the event loop lags or memory runs over its limit, requests are
// refused at once with a 503 problem and Retry-After (a client or balancer tries again or elsewhere) instead of
// queueing until they time out. /health still answers (the process is alive); /ready says it is not ready.
import underPressure from '@fastify/under-pressure'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { HttpProblem } from './errors.js'

export interface PressureLimits { maxEventLoopDelayMs: number, maxHeapUsedBytes: number, maxRssBytes: number }

/** Seconds a refused client should wait. */
export const PRESSURE_RETRY_AFTER_SECONDS = 5

const overloaded = (what: string) => new HttpProblem(503, `The server is overloaded (${what}): try again in ${PRESSURE_RETRY_AFTER_SECONDS} seconds.`, {
  type: '/problems/overloaded',
  headers: { 'retry-after': String(PRESSURE_RETRY_AFTER_SECONDS) },
})

const WHAT: Record<string, string> = {
  eventLoopDelay: 'event-loop delay',
  heapUsedBytes: 'heap memory',
  rssBytes: 'resident memory',
  eventLoopUtilization: 'event-loop utilization',
}

/** How often memory and event-loop delay are sampled. */
export const SAMPLE_INTERVAL_MS = 1000

export async function loadShedding (app: FastifyInstance, limits: PressureLimits) {
  // Building the app blocks the loop for a few seconds (schema compilation): the first sample after start-up would
  // shed the first requests for nothing. Pressure counts from the second sample taken once the app is ready.
  let enforcedFrom = Infinity
  app.addHook('onReady', async () => { enforcedFrom = Date.now() + 2 * SAMPLE_INTERVAL_MS })
  await app.register(underPressure, {
    sampleInterval: SAMPLE_INTERVAL_MS,
    ...(limits.maxEventLoopDelayMs > 0 ? { maxEventLoopDelay: limits.maxEventLoopDelayMs } : {}),
    ...(limits.maxHeapUsedBytes > 0 ? { maxHeapUsedBytes: limits.maxHeapUsedBytes } : {}),
    ...(limits.maxRssBytes > 0 ? { maxRssBytes: limits.maxRssBytes } : {}),
    retryAfter: PRESSURE_RETRY_AFTER_SECONDS,
    pressureHandler: (request: FastifyRequest, _reply: unknown, type: string) => {
      if (request.routeOptions.url === '/health' || Date.now() < enforcedFrom) return undefined
      request.log.warn({ pressure: type }, 'under pressure: request refused')
      return Promise.reject(overloaded(WHAT[type] ?? type))
    },
  })
}
