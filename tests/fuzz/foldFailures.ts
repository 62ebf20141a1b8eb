import type { FailureClass } from './tally'

const MAX_EXAMPLES = 3

const covers = (target: FailureClass, candidate: FailureClass) =>
  Object.keys(candidate.collections).every((collection) => collection in target.collections)

/**
 * Merges a failure class into a simpler one on the same route that explains it: a request
 * with several mutations into the class of one of them, and any into the route's own `valid`
 * class (the route fails even unmutated), but only where the simpler class failed for the same
 * collections, so that a different bug on another collection keeps its own class.
 * Returns new classes; the simpler class lists what it absorbed under `folded`.
 */
export const foldFailures = (classes: FailureClass[]): FailureClass[] => {
  const result = new Map(
    classes.map((entry) => [
      entry.signature,
      { ...entry, examples: [...entry.examples], folded: { ...entry.folded } },
    ]),
  )
  const bySignature = new Map(classes.map((entry) => [entry.signature, entry]))
  const ordered = [...classes].sort((a, b) => a.mutations.length - b.mutations.length)
  for (const entry of ordered) {
    if (entry.mutations.length === 0) continue
    const candidates = [
      `${entry.route} · valid`,
      ...(entry.mutations.length > 1 ? entry.mutations.map((kind) => `${entry.route} · ${kind}`) : []),
    ]
      .map((signature) => bySignature.get(signature))
      .filter((target): target is FailureClass =>
        Boolean(target && target !== entry && covers(target, entry)),
      )
      .sort((a, b) => a.mutations.length - b.mutations.length || b.count - a.count)
    const target = candidates.map((candidate) => result.get(candidate.signature)).find(Boolean)
    const own = result.get(entry.signature)
    if (!target || !own) continue
    target.count += own.count
    for (const [label, count] of Object.entries(own.outcomes))
      target.outcomes[label] = (target.outcomes[label] ?? 0) + count
    for (const [name, count] of Object.entries(own.collections)) {
      target.collections[name] = (target.collections[name] ?? 0) + count
    }
    target.folded![entry.signature] = own.count
    for (const [signature, count] of Object.entries(own.folded ?? {})) target.folded![signature] = count
    target.examples.push(...own.examples.slice(0, Math.max(0, MAX_EXAMPLES - target.examples.length)))
    result.delete(entry.signature)
  }
  return [...result.values()].map(({ folded, ...entry }) =>
    folded && Object.keys(folded).length ? { ...entry, folded } : entry,
  )
}
