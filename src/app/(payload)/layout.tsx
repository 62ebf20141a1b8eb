/* Generated shape (Payload's app template); keep in step with @payloadcms/next. */
import '@payloadcms/next/css'
import './custom.css'

import { RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import React from 'react'

import config from '@payload-config'

import { guardedServerFunctions } from '../../guards/serverFunctions'
import { importMap } from './admin/importMap.js'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Payload's server functions, with the district and consent rules applied (src/guards).
  return guardedServerFunctions({ name: args.name, args: args.args, config, importMap })
}

const Layout = ({ children }: { children: React.ReactNode }) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
