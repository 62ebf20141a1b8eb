import type { RelationshipFieldSingleValidation } from 'payload'
import { relationship } from 'payload/shared'

/**
 * A field's own `validate` replaces Payload's relationship validation, and with it the check of
 * `filterOptions` (the same-district rule): a goal could name another district's network and
 * showed up on that district's public page. Runs Payload's check first, then the field's own.
 */
export const keepRelationshipValidation =
  (validate: RelationshipFieldSingleValidation): RelationshipFieldSingleValidation =>
  async (value, options) => {
    const base = await relationship(value as never, options as never)
    return base === true ? validate(value, options) : base
  }
