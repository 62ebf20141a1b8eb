import { BODY_AND_UPLOAD_MUTATIONS } from './bodyMutations'
import { GRAPHQL_GET, GRAPHQL_MUTATIONS } from './graphqlMutations'
import { HEADER_MUTATIONS, METHOD_MUTATIONS } from './headerMutations'
import type { Mutation } from './mutation'
import { PARAM_MUTATIONS, PATH_MUTATIONS } from './pathMutations'
import {
  NUMBER_MUTATIONS,
  QUERY_MUTATIONS,
  SHAPE_MUTATIONS,
  SORT_MUTATIONS,
  WHERE_MUTATIONS,
} from './queryMutations'

/**
 * Every mutation kind the generator applies, in a fixed order (the generator walks it round
 * robin, so a run of 2 × this many requests uses each at least once).
 */
export const MUTATIONS: Mutation[] = [
  ...PATH_MUTATIONS,
  ...PARAM_MUTATIONS,
  ...WHERE_MUTATIONS,
  ...SORT_MUTATIONS,
  ...NUMBER_MUTATIONS,
  ...SHAPE_MUTATIONS,
  ...QUERY_MUTATIONS,
  ...HEADER_MUTATIONS,
  ...METHOD_MUTATIONS,
  ...BODY_AND_UPLOAD_MUTATIONS,
  ...GRAPHQL_MUTATIONS,
  GRAPHQL_GET,
]

export const MUTATION_KINDS: string[] = MUTATIONS.map((mutation) => mutation.kind)

const duplicates = MUTATION_KINDS.filter((kind, index) => MUTATION_KINDS.indexOf(kind) !== index)
if (duplicates.length) throw new Error(`Mutation kinds defined twice: ${duplicates.join(', ')}`)
