/**
 * Starts the read worker. The one place that names the worker's script: webpack sees
 * `new Worker(new URL(..., import.meta.url))`, builds read-worker.ts as a script of its own and puts
 * its address (on the add-in's own origin) here. Loaded only where workers exist (never in jest,
 * whose CommonJS cannot hold `import.meta`).
 */
export const startReadWorker = (): Worker =>
  new Worker(new URL('./read-worker.ts', import.meta.url), { name: 'baocao-read' });
