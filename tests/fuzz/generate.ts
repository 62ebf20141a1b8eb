import type { GraphQLSchema } from 'graphql'

import { baseline } from './baseline'
import type { BuildContext } from './buildContext'
import type { FuzzContext, FuzzModel } from './model'
import type { Mutation } from './mutation'
import { MUTATIONS } from './mutations'
import { createRandom, hashString, type Random } from './random'
import { finish, type FuzzRequest } from './request'
import { deriveRoutes, type RouteTemplate } from './routes'

export type Generator = {
  seed: string
  routes: RouteTemplate[]
  mutations: Mutation[]
  /** The request at `index`: a pure function of seed, index, model and context. */
  requestAt: (index: number) => FuzzRequest
  /** One valid request per route, sent before fuzzing so that no fuzzed request is a route's first call. */
  warmUp: () => FuzzRequest[]
}

/**
 * Even indexes walk the mutation kinds round robin (each on a random route it applies to),
 * odd indexes walk the routes round robin (each with a random applicable mutation, or none):
 * 2 × max(kinds, routes) requests cover every mutation kind and every route, whatever the
 * seed. Some requests get a second or third mutation on top. Each request has its own PRNG
 * seeded from (seed, index), so any one can be rebuilt alone.
 */
export const createGenerator = ({
  seed,
  model,
  context,
  schema,
}: {
  seed: string
  model: FuzzModel
  context: FuzzContext
  schema: GraphQLSchema
}): Generator => {
  const routes = deriveRoutes(model)
  const collections = new Map(model.collections.map((collection) => [collection.slug, collection]))
  const applicable = new Map(MUTATIONS.map((mutation) => [mutation.kind, routes.filter(mutation.applies)]))
  for (const [kind, list] of applicable) {
    if (list.length === 0) throw new Error(`Mutation ${kind} applies to no route`)
  }
  const offset = hashString(`offset:${seed}`)
  const buildContext = (random: Random, template: RouteTemplate): BuildContext => {
    const collection = template.collection ? collections.get(template.collection) : undefined
    return { random, model, context, schema, ...(collection ? { collection } : {}) }
  }

  const requestAt = (index: number): FuzzRequest => {
    const random = createRandom(`${seed}:${index}`)
    const slot = Math.floor(index / 2) + offset
    let template: RouteTemplate
    const chosen: Mutation[] = []
    if (index % 2 === 0) {
      const mutation = MUTATIONS[slot % MUTATIONS.length]!
      template = random.pick(applicable.get(mutation.kind)!)
      chosen.push(mutation)
    } else {
      template = routes[slot % routes.length]!
      const options = MUTATIONS.filter((mutation) => mutation.applies(template))
      if (options.length && random.chance(0.85)) chosen.push(random.pick(options))
    }
    const extra = random.chance(0.25) ? random.int(1, 2) : 0
    const others = MUTATIONS.filter((mutation) => mutation.applies(template) && !chosen.includes(mutation))
    chosen.push(...random.some(others, extra))

    const build = buildContext(random, template)
    const draft = baseline(template, build)
    for (const mutation of chosen) {
      mutation.apply(draft, build)
      draft.mutations.push(mutation.kind)
    }
    return finish(draft, index)
  }

  const warmUp = () =>
    routes.map((template, index) =>
      finish(baseline(template, buildContext(createRandom(`${seed}:warm-up:${index}`), template)), index),
    )

  return { seed, routes, mutations: MUTATIONS, requestAt, warmUp }
}
