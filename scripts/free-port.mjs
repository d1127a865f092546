import { createServer } from 'node:net';

/** A port free on 127.0.0.1 now (the kernel's choice), so two runners never race for the same default. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
