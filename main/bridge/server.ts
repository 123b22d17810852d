/**
 * The loopback bridge (tests and `npm run web`, never shipped): the IPC handlers over HTTP on
 * 127.0.0.1 only. It serves decrypted data, so it is locked down even on loopback: a random
 * per-run token (in the printed URL's fragment, sent back as a header); any Host other than
 * 127.0.0.1:port, any foreign Origin, anything but application/json is refused — that stops
 * other web pages in the same browser and DNS rebinding.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { contract, type Channel, type Handlers } from '../api.ts';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../csp.ts';
import { resolveStaticPath } from '../static-files.ts';

export interface Bridge {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

// A restored backup travels in one request; the contract caps its content at 64 MiB.
const MAX_BODY = 65 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function serveStatic(root: string, url: string, res: ServerResponse): Promise<void> {
  const file = resolveStaticPath(root, url);
  if (file === null) return send(res, 404, { error: 'not found' });
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': contentTypeOf(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(body);
  } catch {
    send(res, 404, { error: 'not found' });
  }
}

export interface BridgeOptions {
  readonly port?: number;
  /** The built renderer (dist/renderer), served at / for `npm run web` and the browser tests. */
  readonly staticDir?: string;
}

export async function startBridge(
  handlers: Handlers,
  options: BridgeOptions = {},
): Promise<Bridge> {
  const token = randomBytes(24).toString('base64url');
  let port = 0;
  const server: Server = createServer(async (req, res) => {
    const host = req.headers.host ?? '';
    const origin = req.headers.origin;
    if (host !== `127.0.0.1:${port}`) return send(res, 421, { error: 'wrong host' });
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}`)
      return send(res, 403, { error: 'foreign origin' });
    // The app's own files are not secret; the API behind them is.
    if (req.method === 'GET' && options.staticDir && !(req.url ?? '').startsWith('/api/'))
      return serveStatic(options.staticDir, req.url ?? '/', res);
    const given = Buffer.from(String(req.headers['x-refuge-token'] ?? ''));
    const expected = Buffer.from(token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return send(res, 401, { error: 'token required' });
    const match = /^\/api\/([a-z]+:[a-z]+)$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return send(res, 404, { error: 'not found' });
    if (!/^application\/json(;|$)/.test(req.headers['content-type'] ?? ''))
      return send(res, 415, { error: 'application/json only' });
    const channel = match[1] as Channel;
    if (!Object.hasOwn(contract, channel)) return send(res, 404, { error: 'unknown channel' });
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, { error: 'bad json' });
    }
    send(res, 200, await handlers[channel](payload));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
