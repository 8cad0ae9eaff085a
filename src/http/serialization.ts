// Response serializers: Fastify's own fast-json-stringify compiler, each serializer compiled once per process.
import { SerializerSelector, type SerializerFactory } from '@fastify/fast-json-stringify-compiler'
import { compiledOnce, schemaDigest, sharedSchemasDigest } from './compiled.js'

const defaultFactory = SerializerSelector()

/**
 * Fastify's default serializer factory, with each compiled serializer kept by the text of its schema, the shared
 * schemas it may reference and the serializer options. Compiling the response schemas was most of the time an app took
 * to become ready (about 2 of 2.5 s); a second app in the same process (every test builds one) reuses them.
 */
export const buildSerializer: SerializerFactory = (externalSchemas, options) => {
  // Made only when a serializer is not compiled yet: most contexts of an app after the first never need it.
  let compile: ReturnType<SerializerFactory> | undefined
  let context: string | undefined
  return (route) => {
    // Compiled on the first answer that uses it, not at start: most routes' serializers are never needed by a process.
    let serialize: ((data: unknown) => string) | undefined
    return (data: unknown) => {
      if (!serialize) {
        context ??= schemaDigest([sharedSchemasDigest(externalSchemas as Record<string, unknown> | undefined), options ?? null])
        serialize = compiledOnce(`${context} ${schemaDigest(route.schema)}`, () => (compile ??= defaultFactory(externalSchemas, options))(route))
      }
      return serialize(data)
    }
  }
}
