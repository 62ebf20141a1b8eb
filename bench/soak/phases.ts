/**
 * The run's timeline: warm-up (normal traffic, not measured), baseline (normal traffic only),
 * abuse (the same normal traffic plus the abusers), then the end: normal clients finish the
 * request they are waiting for (counted in the phase it was sent in), abusers wind down.
 * The normal clients run through all three phases without a pause, so that the two measured
 * phases differ only by the abusers.
 */
import type { Recorder } from './recorder'
import { busiestProcesses, cpuSnapshot } from './serverProcess'

export type PhasePlan<Normal> = {
  warmupSeconds: number
  durationSeconds: number
  recorder: Recorder
  startNormal: (stop: AbortSignal) => Promise<Normal>
  startAbusers: (stop: AbortSignal) => Promise<unknown>
  /** A line now and then, for the person waiting. */
  progress: () => string
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000))

/** Calls `report` every `seconds` until the returned function is called. */
const every = (seconds: number, report: () => void) => {
  const timer = setInterval(report, seconds * 1000)
  return () => clearInterval(timer)
}

export const runPhases = async <Normal>(plan: PhasePlan<Normal>) => {
  const { recorder } = plan
  const say = (line: string) => process.stderr.write(`[${recorder.now().toFixed(0).padStart(4)} s] ${line}\n`)
  let ending = false
  const stopProgress = every(10, () => say(`${ending ? 'end' : recorder.phase}: ${plan.progress()}`))
  const busiest: Record<string, ReturnType<typeof busiestProcesses>> = {}
  const measure = async (seconds: number) => {
    const before = cpuSnapshot()
    await sleep(seconds)
    busiest[recorder.phase] = busiestProcesses(before, cpuSnapshot(), seconds)
  }

  const stopNormal = new AbortController()
  const stopAbusers = new AbortController()
  say(`warm-up: ${plan.warmupSeconds} s of normal traffic, not measured`)
  const normal = plan.startNormal(stopNormal.signal)
  let abusers: Promise<unknown> = Promise.resolve()
  let failure: unknown
  try {
    await sleep(plan.warmupSeconds)
    recorder.setPhase('baseline')
    say(`baseline: ${plan.durationSeconds} s of normal traffic only`)
    await measure(plan.durationSeconds)
    recorder.setPhase('abuse')
    say(`abuse: ${plan.durationSeconds} s of normal traffic with the abusers`)
    abusers = plan.startAbusers(stopAbusers.signal)
    await measure(plan.durationSeconds)
  } catch (error) {
    failure = error
  }
  stopNormal.abort()
  stopAbusers.abort()
  ending = true
  say('end: waiting for answers still under way (slow bodies: up to a minute for their 408)')
  const ended = await Promise.allSettled([normal, abusers])
  stopProgress()
  if (failure) throw failure
  for (const result of ended) if (result.status === 'rejected') throw result.reason
  return { normal: await normal, busiest }
}
