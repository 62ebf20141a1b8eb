'use client'
import { TextInput, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import React, { useState } from 'react'

import { phoneForDisplay } from '../lib/phoneDisplay'

/**
 * A phone number as editors write it: the stored E.164 number is shown in national format, and
 * what the editor types is kept as typed until the server normalises it on save.
 */
export const PhoneNumberField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, disabled } = useField<string>({ path })
  const [typed, setTyped] = useState<string | undefined>(undefined)
  return (
    <TextInput
      path={path}
      label={field.label}
      required={field.required}
      description={field.admin?.description}
      readOnly={readOnly || disabled}
      showError={showError}
      value={typed ?? phoneForDisplay(value ?? '')}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
        setTyped(event.target.value)
        setValue(event.target.value)
      }}
    />
  )
}
