import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { message } from '../../../src/lib/message'

export const MIN_PASSWORD_LENGTH = 12

/**
 * Whenever a password is set (registration, change, reset): a text of at least 12 characters.
 * Payload 3.90.2 hashes whatever it gets: a number answered 500 from inside its hashing.
 */
export const requireStrongPassword: CollectionBeforeValidateHook = ({ data, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (password !== undefined && password !== null && typeof password !== 'string') {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'password',
          message: message(req, 'Das Passwort muss ein Text sein.', 'The password must be a string.'),
        },
      ],
    })
  }
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'password',
          message: message(
            req,
            `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`,
            `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
          ),
        },
      ],
    })
  }
  return data
}
