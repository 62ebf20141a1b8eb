/**
 * The answer to a request that found no place (admission control): 503, when to come back, never
 * stored by a cache, in the API's error shape. German unless the client asks for English first,
 * as the API's validation messages (message.ts).
 */
export const busyAnswer = (acceptLanguage: string | null | undefined, retryAfterSeconds: number) => ({
  status: 503,
  headers: {
    'Retry-After': String(retryAfterSeconds),
    'Cache-Control': 'no-store',
  },
  body: {
    errors: [
      {
        message: /^\s*en\b/i.test(acceptLanguage ?? '')
          ? `The server is busy. Please try again in ${retryAfterSeconds} s.`
          : `Der Server ist ausgelastet. Bitte in ${retryAfterSeconds} s erneut versuchen.`,
      },
    ],
  },
})
