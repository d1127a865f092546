import type { FastifyInstance } from 'fastify';
import attendanceRoutes from '../routes/attendance.js';
import claimRoutes from '../routes/claims.js';
import myPayRoutes from '../routes/my-pay.js';
import missingSessionRoutes from '../routes/missing-sessions.js';
import { purgePay } from '../repositories/receipts.js';
import type { PayContext } from './context.js';

/**
 * Valued and paid (issue 16): attendance (staff `attendance`), the claims queue and export
 * (staff `finance`), and the person's own pay (their `/me` token); plus the hourly retention
 * of paid and refused claims and of receipts no claim named.
 */
export default async function payRoutes(app: FastifyInstance, pay: PayContext): Promise<void> {
  await app.register(attendanceRoutes, pay);
  await app.register(claimRoutes, pay);
  await app.register(myPayRoutes, pay);
  await app.register(missingSessionRoutes, pay);
  const months = pay.settings.retentionMonths;
  if (months === false) return;
  const run = () => void purgePay(app.db, months).catch((error: unknown) => app.log.warn({ errName: (error as Error)?.name }, 'The pay retention job failed'));
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, 60 * 60 * 1000);
  first.unref();
  timer.unref();
  app.addHook('onClose', async () => {
    clearTimeout(first);
    clearInterval(timer);
  });
}
