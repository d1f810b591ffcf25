/** This computer by name or address: the only place a password may travel without TLS. */
export const isLoopbackHost = (host: string): boolean =>
  host === 'localhost' || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
