/**
 * A Chromium trace over CDP: starts recording the given categories and returns `stop()`, which
 * ends the trace and resolves with every event collected (as a DevTools trace's `traceEvents`).
 */
export async function startTracing(cdp, includedCategories) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories, excludedCategories: ['*'] } });
  return async () => {
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}
