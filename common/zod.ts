/**
 * Zod, configured once for the app, the CLI and the renderer: schemas are interpreted, never
 * compiled to code with `new Function` (the no-eval rule; the renderer's CSP forbids it anyway),
 * which also spares every process compiling each schema on its first use.
 */
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the one place zod is imported
import { z } from 'zod';

z.config({ jitless: true });

export { z };
