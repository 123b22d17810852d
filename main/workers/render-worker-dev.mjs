// Development entry of a render worker (sources in TypeScript): registers tsx in this thread,
// then loads the worker. The built app uses dist/render-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
