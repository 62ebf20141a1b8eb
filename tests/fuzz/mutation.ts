import type { BuildContext } from './buildContext'
import { encBytes, utf8 } from './bytes'
import type { Draft } from './request'
import type { QueryKind, RouteTemplate } from './routes'

/** One way of breaking a request; `kind` names it in reports and in coverage. */
export type Mutation = {
  kind: string
  applies: (template: RouteTemplate) => boolean
  apply: (draft: Draft, build: BuildContext) => void
}

/** Removes query pairs named `name` or `name[…]`. */
export const dropParam = (draft: Draft, name: string) => {
  draft.query = draft.query.filter(([key]) => key !== name && !key.startsWith(`${name}[`))
}

/** Replaces a parameter (and its bracketed forms) with the given pairs. */
export const replaceParam = (draft: Draft, name: string, ...pairs: Array<[string, string | null]>) => {
  dropParam(draft, name)
  draft.query.push(...pairs)
}

export const setHeader = (draft: Draft, name: string, value: string) => {
  draft.headers = draft.headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase())
  draft.headers.push([name, value])
}

export const isWrite = (template: RouteTemplate) => template.method !== 'GET'

export const anyRoute = () => true

/** Routes that read the given kinds of query. */
export const queries =
  (...kinds: QueryKind[]) =>
  (template: RouteTemplate) =>
    kinds.includes(template.query)

/** Non-ASCII and characters a path cannot carry are escaped; existing %-escapes stay as they are. */
export const pathSafe = (text: string) =>
  utf8(text).replace(/[^\x21-\x7e]|[#?"<>`{}|^]/g, (char) => encBytes(char))
