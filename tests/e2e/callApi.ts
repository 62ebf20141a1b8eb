import { expect } from 'vitest'

/**
 * A JSON call to the API of the server at `baseUrl`, as the holder of `token` (none or '':
 * anonymous), that must succeed: the test's own setup and checks beside the browser.
 */
export const callApi = async (
  baseUrl: string,
  method: string,
  route: string,
  body?: object,
  token?: string,
) => {
  const response = await fetch(`${baseUrl}/api/${route}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await response.json()
  expect(response.status, JSON.stringify(json)).toBeLessThan(300)
  return json
}
