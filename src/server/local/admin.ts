/**
 * Test controls: fault injection (POST/GET/DELETE /local/admin/faults) and request counters
 * (GET/DELETE /local/admin/stats).
 */
import { parseFaultConfig } from '../faults';
import { type LocalRouter, localError } from './context';

export function adminRoutes(router: LocalRouter): void {
  router.add('GET', '/local/admin/faults', ({ services }) => ({ status: 200, body: { faults: services.faults.current() } }));
  router.add('POST', '/local/admin/faults', ({ body, services }) => {
    try {
      const config = parseFaultConfig(body);
      services.faults.set(config);
      return { status: 200, body: { faults: config } };
    } catch (e) {
      return localError(400, 'invalidRequest', (e as Error).message);
    }
  });
  router.add('DELETE', '/local/admin/faults', ({ services }) => {
    services.faults.set(null);
    return { status: 204 };
  });
  router.add('GET', '/local/admin/stats', ({ services }) => ({ status: 200, body: services.stats.read() }));
  router.add('DELETE', '/local/admin/stats', ({ services }) => {
    services.stats.reset();
    return { status: 204 };
  });
}
