// Whether a host name is this machine's loopback: localhost (and *.localhost), 127.0.0.0/8, ::1.
// A name that only starts with 127. (127.example.com) is a DNS name, not loopback.
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}
