/** Set by server.ts from the socket on every request (a client cannot choose it). */
export const CLIENT_ADDRESS_HEADER = "x-disputatio-client-address";
