import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** What a result was measured on, so that numbers from different machines are not compared blindly. */
export const machine = () => ({
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
})

/** The installed version of a package, as it was measured. */
export const versionOf = (pkg: string) =>
  (JSON.parse(fs.readFileSync(path.join('node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version
