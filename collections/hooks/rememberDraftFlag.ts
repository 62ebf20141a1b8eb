import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Access functions see the data but not whether it is saved as a draft; updateContent needs
 * to know (an author may save a draft of a published document, not change it in place).
 */
export const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    req.context.draftSave = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}
