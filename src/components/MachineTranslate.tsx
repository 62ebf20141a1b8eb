import type { Payload } from 'payload'
import React from 'react'

import { MachineTranslateButton } from './MachineTranslateButton'
import { machineTranslateOptions } from './machineTranslateOptions'

/**
 * The machine translation's button in the sidebar of district content (a server component: it
 * reads the provider from the built config, `integrationNetworks({ machineTranslation })`, and
 * hands the browser only the provider's name and the locales it serves). Without a provider it
 * renders nothing.
 */
export const MachineTranslate = ({ payload }: { payload?: Payload }) => {
  const options = payload ? machineTranslateOptions(payload.config) : null
  return options ? <MachineTranslateButton {...options} /> : null
}
