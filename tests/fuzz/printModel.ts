/**
 * Prints the fuzzer's model of the built Payload config as one JSON line (see loadModel.ts).
 * Its own process: loading the config pulls in the whole editor, and inside vitest's process
 * importing it hangs now and then (tests/setup/prepareDatabase.ts says the same).
 */
import { describeConfig } from './describeConfig'

const MODEL_MARKER = 'FUZZ_MODEL '

const { default: config } = await import('../../payload.config')
process.stdout.write(`${MODEL_MARKER}${JSON.stringify(describeConfig(await config))}\n`)
// The config keeps nothing open that needs closing; the lexical preload may hold timers.
process.exit(0)
