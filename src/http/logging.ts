// pino settings: JSON lines with request ids, and no personal data — route patterns instead of URLs, no bodies, secrets redacted.
import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import pino from 'pino'

/** Logged instead of a raw URL: the query string (e.g. the inbox search `q`) may carry personal data. */
function routeOf (request: FastifyRequest): string {
  return request.routeOptions?.url ?? '(no route)'
}

const logSerializers = {
  req (request: FastifyRequest) {
    return { method: request.method, route: routeOf(request), id: request.id }
  },
  res (reply: { statusCode: number }) {
    return { statusCode: reply.statusCode }
  },
}

/** Defence in depth: request logs carry no headers or bodies at all (see serializers), but never let these through. */
const REDACT_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'email', '*.email', 'body', '*.body', '*.author_name']

/** Lines are written once this many bytes are waiting, */
const LOG_BUFFER_BYTES = 4096
/** or once the first of them has waited this long. */
const LOG_FLUSH_MS = 200

let stdoutStream: { write(line: string): void } | undefined

/**
 * Standard output, in blocks: lines wait in memory until 4 KB are there or the first has waited 200 ms, then go out in
 * one write system call. A write per line was 9 % of a contact POST's CPU; handing each line to the thread pool
 * instead, 7 % (the thread pool's wake-up, on the same busy core); a write per 4 KB, under 0.5 %. pino flushes what is
 * left when the process exits; a kill -9 loses the lines of the last 200 ms at most. One per process, shared by every
 * app it builds.
 */
function stdout (): { write(line: string): void } {
  if (stdoutStream) return stdoutStream
  const destination = pino.destination({ dest: 1, sync: true, minLength: LOG_BUFFER_BYTES })
  let timer: NodeJS.Timeout | undefined
  const flush = () => {
    timer = undefined
    destination.flush() // synchronous: what waits is written now
  }
  stdoutStream = {
    write (line) {
      destination.write(line)
      timer ??= setTimeout(flush, LOG_FLUSH_MS).unref()
    },
  }
  return stdoutStream
}

/** Production logger settings; `stream` (tests) receives the same JSON lines stdout would. */
export function loggerOptions (level: string, stream?: { write(line: string): void }): FastifyServerOptions['logger'] {
  const pretty = !stream && process.stdout.isTTY && level !== 'silent'
  return {
    level,
    ...(stream ? { stream } : pretty ? {} : { stream: stdout() }),
    serializers: logSerializers,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } } : {}),
  }
}

/**
 * Fastify's request log lines, one per request: nothing when a request arrives (Fastify's default "incoming request"
 * line doubled the logging cost of a cached read), and when it is answered its method, route pattern, status and
 * milliseconds. `enabled` false (LOG_REQUESTS=false) writes neither.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest () {}

  /** Fastify's line quotes the URL, whose path and query may carry personal data: the method only, then. */
  override routeNotFound (request: FastifyRequest) {
    if (this.isLogDisabled(request)) return
    request.log.info({ req: request }, 'route not found')
  }

  override requestCompleted (error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (this.isLogDisabled(request)) return
    const line = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 }
    if (error) reply.log.error({ ...line, err: error }, 'request errored')
    else reply.log.info(line, 'request completed')
  }
}

export const requestLogController = (enabled: boolean): LogController => new OneLinePerRequest({ disableRequestLogging: !enabled })
