/** The id of a relationship value, whether it arrives populated (an object) or as the bare id. */
export const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
