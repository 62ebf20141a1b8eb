import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { InputError } from '../lib/inputError'
import { checkId, isId, isPlainObject, refuseNul, shown } from './checkValues'
import { type ResolvedPath, resolvePath } from './resolvePath'

/** Bounds that keep one query's SQL small (PostgreSQL takes at most 65,535 parameters). */
export const WHERE_LIMITS = { depth: 16, conditions: 200, values: 1000 } as const

const TEXT = new Set(['text', 'textarea', 'email', 'code', 'richText', 'json'])
const ORDERED = new Set(['number', 'date', 'text', 'textarea', 'email', 'code'])

type Field = NonNullable<ResolvedPath['field']> & {
  hasMany?: boolean
  relationTo?: string | string[]
  collection?: string | string[]
  options?: Array<string | { value: string }>
}

const optionValues = (field: Field) =>
  (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value))

/** Checks one value compared with `field`: ids are ids, dates dates, options options. */
const checkScalar = (field: Field, last: string, value: unknown, at: string): void => {
  if (value === null) return
  // Payload reports the primary key as a number field named `id`.
  if (field.name === 'id') return checkId(value, at)
  switch (field.type) {
    case 'number': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
      if (typeof number !== 'number' || !Number.isFinite(number) || Math.abs(number) > 1e15) {
        throw new InputError(at, `${shown(value)} is not a number.`)
      }
      return
    }
    case 'date': {
      const valid =
        value instanceof Date
          ? !Number.isNaN(value.getTime())
          : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
      if (!valid) throw new InputError(at, `${shown(value)} is not a date (ISO 8601, e.g. 2026-11-30).`)
      return
    }
    case 'checkbox':
      if (typeof value === 'boolean' || value === 'true' || value === 'false') return
      throw new InputError(at, `${shown(value)} is not true or false.`)
    case 'select': {
      const options = optionValues(field)
      if (typeof value === 'string' && options.includes(value)) return
      throw new InputError(at, `${shown(value)} is not one of ${options.join(', ')}.`)
    }
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        // A polymorphic reference: `document.relationTo`, `document.value`, or both at once.
        if (last === 'relationTo') {
          if (typeof value === 'string' && field.relationTo.includes(value)) return
          throw new InputError(at, `${shown(value)} is not one of ${field.relationTo.join(', ')}.`)
        }
        if (last === 'value') return checkId(value, at)
        if (isPlainObject(value) && field.relationTo.includes(String(value.relationTo)) && isId(value.value))
          return
        throw new InputError(
          at,
          `${shown(value)} is not a reference such as {"relationTo": "…", "value": 1}.`,
        )
      }
      return checkId(value, at, `an id of ${field.relationTo}`)
    }
    case 'join':
      return checkId(value, at)
    case 'point':
      throw new InputError(at, 'point fields take near, within or intersects only.')
    default:
      if (typeof value === 'object') throw new InputError(at, `${shown(value)} is not a plain value.`)
  }
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(',')
      : isPlainObject(value)
        ? Object.values(value)
        : [value]

/** Which operators make sense for a field type, and the values they take. */
const checkOperand = (resolved: ResolvedPath, operator: string, value: unknown, at: string): void => {
  const field = resolved.field as Field | undefined
  if (!field) return
  const many = Boolean(field.hasMany) || field.type === 'join'
  // A polymorphic reference as a whole compares with a reference or a list of them; Payload
  // (3.90.2) answered `exists` and the rest with "Not supported" (500).
  const polymorphic =
    Array.isArray(field.relationTo) && resolved.last !== 'relationTo' && resolved.last !== 'value'
  if (polymorphic && !['equals', 'not_equals', 'in', 'not_in'].includes(operator)) {
    throw new InputError(at, `query ${resolved.last}.relationTo or ${resolved.last}.value with ${operator}.`)
  }
  switch (operator) {
    case 'exists':
      if (typeof value === 'boolean' || value === 'true' || value === 'false') return
      throw new InputError(at, `${shown(value)} is not true or false.`)
    case 'in':
    case 'not_in':
    case 'all': {
      if (operator === 'all' && !many) {
        throw new InputError(
          at,
          `all compares lists; ${field.type} fields hold one value and take equals or in.`,
        )
      }
      const list = asList(value)
      if (list.length > WHERE_LIMITS.values) {
        throw new InputError(at, `lists at most ${WHERE_LIMITS.values} values, got ${list.length}.`)
      }
      list.forEach((item, index) => checkScalar(field, resolved.last, item, `${at}[${index}]`))
      return
    }
    case 'like':
    case 'not_like':
      if (!TEXT.has(field.type))
        throw new InputError(at, `${operator} compares text; ${field.type} fields take equals or in.`)
      if (typeof value !== 'string' && typeof value !== 'number')
        throw new InputError(at, `${shown(value)} is not text.`)
      return
    case 'contains':
      if (TEXT.has(field.type)) {
        if (typeof value !== 'string' && typeof value !== 'number')
          throw new InputError(at, `${shown(value)} is not text.`)
        return
      }
      if (!many)
        throw new InputError(at, `contains compares text or lists; ${field.type} fields take equals or in.`)
      // A nested query on a has-many relationship is validated by Payload against the related collection.
      if (
        isPlainObject(value) &&
        (field.type === 'relationship' || field.type === 'upload' || field.type === 'join')
      )
        return
      return checkScalar(field, resolved.last, value, at)
    case 'near':
    case 'within':
    case 'intersects':
      if (field.type !== 'point') throw new InputError(at, `${operator} applies to point fields only.`)
      return
    case 'greater_than':
    case 'greater_than_equal':
    case 'less_than':
    case 'less_than_equal':
      if (!ORDERED.has(field.type) && !(field.type === 'relationship' && !Array.isArray(field.relationTo))) {
        throw new InputError(at, `${operator} compares numbers, dates or text; not ${field.type} fields.`)
      }
      // `id greater_than 0` pages through a collection: 0 is a fine bound, not an id.
      if ((field.name === 'id' || field.type === 'relationship') && (value === 0 || value === '0')) return
      return checkScalar(field, resolved.last, value, at)
    default:
      return checkScalar(field, resolved.last, value, at)
  }
}

/**
 * Checks a `where` before Payload turns it into SQL: known paths, known operators, and values of
 * the type the field stores. Payload (3.90.2) hands a value such as `district in [x]`, `_status
 * like p` or an id beyond the integer range to PostgreSQL unchecked, which answered 500; here it
 * is a 400 naming the condition (`where[district][in]`). Access scoping of paths stays Payload's.
 */
export const checkWhere = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  where: unknown,
  at = 'where',
): void => {
  let conditions = 0
  const visit = (node: unknown, path: string, depth: number): void => {
    if (depth > WHERE_LIMITS.depth)
      throw new InputError(path, `nests and/or more than ${WHERE_LIMITS.depth} levels deep.`)
    if (!isPlainObject(node))
      throw new InputError(path, 'must be an object of conditions, e.g. where[name][equals]=…')
    for (const [key, value] of Object.entries(node)) {
      const here = `${path}[${key}]`
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
        if (!Array.isArray(value) && !isPlainObject(value))
          throw new InputError(here, 'must be a list of conditions.')
        asList(value).forEach((item, index) => visit(item, `${here}[${index}]`, depth + 1))
        continue
      }
      refuseNul(key, here)
      if (++conditions > WHERE_LIMITS.conditions) {
        throw new InputError(at, `has more than ${WHERE_LIMITS.conditions} conditions.`)
      }
      if (!isPlainObject(value)) throw new InputError(here, 'needs an operator, e.g. where[name][equals]=…')
      const resolved = resolvePath(req, collection, key)
      if (!resolved.valid)
        throw new InputError(here, `${collection.slug} has no field "${key.slice(0, 80)}" to query.`)
      for (const [operator, operand] of Object.entries(value)) {
        const target = `${here}[${operator}]`
        if (!validOperatorSet.has(operator as never)) {
          throw new InputError(target, `unknown operator; use one of ${[...validOperatorSet].join(', ')}.`)
        }
        refuseNul(operand, target)
        checkOperand(resolved, operator, operand, target)
      }
    }
  }
  visit(where, at, 0)
}
