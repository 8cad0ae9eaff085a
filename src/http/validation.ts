// A standalone validator with the same ajv settings and schemas as the routes, for data that does not arrive over HTTP (seed files).
import AjvModule from 'ajv'
import formatsModule from 'ajv-formats'
import type { TSchema } from '@sinclair/typebox'

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
