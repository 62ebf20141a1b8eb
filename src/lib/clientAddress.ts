/**
 * The request header in which the express server passes the client's address (as express
 * determines it, with TRUST_PROXY) on to Payload. The server removes any value a client sends
 * itself, so that nobody can pick the address their attempts are counted under.
 */
export const CLIENT_ADDRESS_HEADER = 'x-cms-client-address'
