let counter = 0

/** A fresh table alias: shapes nest inside each other's subqueries and must not shadow. */
export const alias = (prefix: string) => `${prefix.replace(/[^a-z]/g, '')}${++counter}`
