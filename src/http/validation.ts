// A standalone validator with the same ajv settings and schemas as the routes, for data that does not arrive over HTTP (seed files).
import AjvModule, { type Options as AjvOptions } from 'ajv'
import formatsModule from 'ajv-formats'
import type { TSchema } from '@sinclair/typebox'
import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler'

const validatorPool = AjvCompiler()

const Ajv = AjvModule.default
const addFormats = formatsModule.default

export const AJV_OPTIONS = { allErrors: true, discriminator: true, coerceTypes: false, removeAdditional: false, useDefaults: true, strict: false } as const

export function createValidator<T> (schema: TSchema, references: TSchema[]) {
  const ajv = new Ajv(AJV_OPTIONS)
  addFormats(ajv)
  for (const reference of references) if (reference.$id !== schema.$id) ajv.addSchema(reference)
  const validate = ajv.compile(schema)
  return (value: unknown): { ok: true, value: T } | { ok: false, errors: string[] } => {
    if (validate(value)) return { ok: true, value: value as T }
    return { ok: false, errors: (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`) }
  }
}

/**
 * Fastify's validator factory, with one difference from the default: request bodies are not type-coerced.
 * Query strings and path parameters arrive as strings and need coercion ("20" → 20), but a JSON body that sends
 * `["text"]` or `true` where a string or an integer belongs is a client mistake — coerced, it would skip the
 * plain-text cleaning that runs before validation and be stored as sent.
 */
export const buildValidator: ValidatorFactory = (externalSchemas, serverOptions = {}) => {
  const forBodies = validatorPool(externalSchemas, { ...serverOptions, mode: undefined, customOptions: { ...serverOptions.customOptions as AjvOptions, coerceTypes: false } })
  const forOthers = validatorPool(externalSchemas, serverOptions)
  return (route) => (route.httpPart === 'body' ? forBodies : forOthers)(route)
}
