/** The environment as the helpers read it; a plain record so tests can pass literals. */
export type Env = Record<string, string | undefined>
