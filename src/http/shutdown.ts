// Graceful shutdown over keep-alive connections: stop listening once the connections the kernel already established
// are accepted, answer every request that still arrives on an open connection with Connection: close, close a
// connection only after it has been idle for a grace period, and give up on whatever is left at a deadline. Clients
// see answers and refused connections, never a reset.
import type { ServerResponse } from 'node:http'
import { Server as NetServer, type Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'

/** How long a connection must stay idle, once shutdown began, before the server closes it. */
export const DRAIN_IDLE_GRACE_MS = 1000
/** Connections still open this long after shutdown began are destroyed, requests in flight included. */
export const DRAIN_TIMEOUT_MS = 8000
/**
 * Longest wait, once shutdown began, for the connections the kernel has queued to be accepted before the listener
 * closes (new ones may keep coming: then whatever is queued at this point is reset, which no server can avoid).
 */
export const DRAIN_ACCEPT_WINDOW_MS = 1000

/** What the idle grace periods are timed with: setTimeout and clearTimeout, unless a test runs them by hand. */
export interface IdleTimers {
  set(callback: () => void, ms: number): unknown
  clear(timer: unknown): void
}

const systemTimers: IdleTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (timer) => { clearTimeout(timer as NodeJS.Timeout | undefined) },
}

export interface DrainOptions {
  idleGraceMs?: number
  timeoutMs?: number
  acceptWindowMs?: number
  idleTimers?: IdleTimers
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Stops listening, after accepting every connection the kernel had already established (see drainOnClose).
     * app.close() does it first if it was not done; call it before app.close() on a signal, so that it happens
     * before Fastify starts answering "Connection: close" (clients that reconnect must find the listener closed).
     */
    stopAccepting(): Promise<void>
  }
}

interface Connection {
  /** The latest response on this connection: in flight until it has finished. */
  response: ServerResponse | undefined
  idleTimer: unknown
  /** socket.bytesRead when the idle timer started: more means a request is arriving. */
  bytesRead: number
}

const finished = (connection: Connection) => !connection.response || connection.response.writableFinished

/**
 * Registers the drain as a preClose hook, so that `app.close()` does it before Fastify closes the server, and decorates
 * the app with stopAccepting, its first step.
 *
 * Why not Node's own: `server.close()` (and Fastify's `forceCloseConnections: 'idle'`) destroys every keep-alive
 * connection idle at that instant, and a client may be writing its next request on one of them right then: that
 * request is reset. No close of an idle connection is free of this race, but a client that keeps using a connection
 * is always answered, and its answer says Connection: close, which ends the connection without one. Only a connection
 * that got nothing for a whole grace period (so its client has gone quiet) is closed by the server.
 *
 * Nor does the listener close at once. The kernel completes the handshake of a new connection by itself and queues it
 * for the server, whose client then sends its request; Node accepts one queued connection per event-loop turn, so
 * under load dozens can wait there for a second. Closing a listener resets every connection still in its queue:
 * each of those requests was sent and is lost. So the listener stays open until an event-loop turn has passed
 * without a connection to accept (at most `acceptWindowMs`), and the connections accepted meanwhile are drained too.
 */
export function drainOnClose (app: FastifyInstance, {
  idleGraceMs = DRAIN_IDLE_GRACE_MS, timeoutMs = DRAIN_TIMEOUT_MS, acceptWindowMs = DRAIN_ACCEPT_WINDOW_MS, idleTimers = systemTimers,
}: DrainOptions = {}) {
  const server = app.server
  const connections = new Map<Socket, Connection>()
  let draining = false
  let drained = () => {}
  /** Connections accepted since start: a turn that adds none found the listen queue empty. */
  let accepted = 0
  let shutdownStartedAt = 0
  let stopped: Promise<void> | undefined

  function stopAccepting (): Promise<void> {
    stopped ??= new Promise<void>((resolve) => {
      shutdownStartedAt = Date.now()
      if (!server.listening) {
        resolve()
        return
      }
      const giveUpAt = shutdownStartedAt + acceptWindowMs
      let before = -1
      // From one check phase to the next, a whole poll phase ran: had a connection been queued, it would have accepted one.
      const turn = () => {
        if (accepted === before || Date.now() >= giveUpAt) {
          // Refuse new connections, but unlike http.Server#close leave the open ones alone.
          NetServer.prototype.close.call(server)
          resolve()
          return
        }
        before = accepted
        setImmediate(turn)
      }
      setImmediate(turn)
    })
    return stopped
  }
  app.decorate('stopAccepting', stopAccepting)

  const closeWhenIdle = (socket: Socket, connection: Connection) => {
    idleTimers.clear(connection.idleTimer)
    connection.bytesRead = socket.bytesRead
    connection.idleTimer = idleTimers.set(() => {
      // A request in flight re-arms this timer when its answer is finished.
      if (!finished(connection)) return
      // Bytes of a request that is not whole yet: wait for it.
      if (socket.bytesRead !== connection.bytesRead) closeWhenIdle(socket, connection)
      else socket.destroy()
    }, idleGraceMs)
  }

  server.on('connection', (socket: Socket) => {
    accepted++
    const connection: Connection = { response: undefined, idleTimer: undefined, bytesRead: 0 }
    connections.set(socket, connection)
    socket.once('close', () => {
      idleTimers.clear(connection.idleTimer)
      connections.delete(socket)
      if (draining && connections.size === 0) drained()
    })
  })
  // First among the request listeners, so that the answer is still unwritten.
  server.prependListener('request', (request, response: ServerResponse) => {
    const connection = connections.get(request.socket)
    if (!connection) return
    connection.response = response
    if (draining) {
      response.shouldKeepAlive = false
      response.once('finish', () => closeWhenIdle(request.socket, connection))
    }
  })

  app.addHook('preClose', async () => {
    if (!stopped && !server.listening) return
    await stopAccepting()
    draining = true
    if (connections.size === 0) return
    app.log.info({ connections: connections.size }, 'draining keep-alive connections')
    for (const [socket, connection] of connections) {
      const response = connection.response
      if (!response || finished(connection)) {
        closeWhenIdle(socket, connection)
      } else {
        // Not written yet: its headers will say Connection: close, and Node closes the connection after it.
        if (!response.headersSent) response.shouldKeepAlive = false
        response.once('finish', () => closeWhenIdle(socket, connection))
      }
    }
    await new Promise<void>((resolve) => {
      const deadline = setTimeout(() => {
        app.log.warn({ connections: connections.size, timeoutMs }, 'connections still open at the drain deadline: destroyed')
        for (const socket of connections.keys()) socket.destroy()
      }, Math.max(0, shutdownStartedAt + timeoutMs - Date.now()))
      drained = () => { clearTimeout(deadline); resolve() }
    })
  })
}
