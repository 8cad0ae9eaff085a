// Response serializers: Fastify's own fast-json-stringify compiler, each serializer compiled once per process.
import { SerializerSelector, type SerializerFactory } from '@fastify/fast-json-stringify-compiler'
import { compiledOnce, schemaDigest, sharedSchemasDigest } from './compiled.js'

const defaultFactory = SerializerSelector()

type Schema = Record<string, unknown>

/**
 * A `oneOf` with a `discriminator` (the Block and Inline unions), rewritten for serializing only: a chain of
 * `if` (the discriminating property equals one variant's `const`) / `then` (that variant) / `else` (the next one; the
 * original `oneOf` last). fast-json-stringify picks a `oneOf` branch by validating the value against each variant in
 * turn with Ajv, which validates the whole subtree for every branch tried and again for every child serialized:
 * nearly half the bytes a cache miss allocated. An `if` on one property validates that property only. The answer is
 * the same: a served node's discriminating property names exactly one variant.
 */
function discriminated (schema: Schema, shared: Record<string, Schema>): Schema {
  const oneOf = schema.oneOf as Schema[] | undefined
  const property = (schema.discriminator as { propertyName?: string } | undefined)?.propertyName
  if (!oneOf || !property) return schema
  const values = oneOf.map((option) => {
    const target = typeof option.$ref === 'string' ? shared[option.$ref] : option
    return ((target?.properties as Record<string, Schema> | undefined)?.[property])?.const
  })
  if (values.some((value) => typeof value !== 'string')) return schema
  const { oneOf: _oneOf, discriminator: _discriminator, ...rest } = schema
  let chain: Schema = { oneOf }
  for (let index = oneOf.length - 1; index >= 0; index--) {
    chain = { if: { type: 'object', properties: { [property]: { const: values[index] } }, required: [property] }, then: oneOf[index]!, else: chain }
  }
  return { ...rest, ...chain }
}

/** The shared schemas with every discriminated union rewritten as above. */
const forSerializing = (shared: Record<string, Schema>) =>
  Object.fromEntries(Object.entries(shared).map(([id, schema]) => [id, discriminated(schema, shared)]))

/**
 * Fastify's default serializer factory, with each compiled serializer kept by the text of its schema, the shared
 * schemas it may reference and the serializer options. Compiling the response schemas was most of the time an app took
 * to become ready (about 2 of 2.5 s); a second app in the same process (every test builds one) reuses them.
 */
export const buildSerializer: SerializerFactory = (givenSchemas, options) => {
  const shared = givenSchemas as Record<string, Schema> | undefined
  // Made only when a serializer is not compiled yet: most contexts of an app after the first never need it.
  let compile: ReturnType<SerializerFactory> | undefined
  let context: string | undefined
  return (route) => {
    // Compiled on the first answer that uses it, not at start: most routes' serializers are never needed by a process.
    let serialize: ((data: unknown) => string) | undefined
    return (data: unknown) => {
      if (!serialize) {
        // Named by the schemas as given; the rewrite is made only when a serializer is compiled.
        context ??= schemaDigest([sharedSchemasDigest(shared), options ?? null])
        serialize = compiledOnce(`${context} ${schemaDigest(route.schema)}`, () => (compile ??= defaultFactory(shared && forSerializing(shared), options))(route))
      }
      return serialize(data)
    }
  }
}
