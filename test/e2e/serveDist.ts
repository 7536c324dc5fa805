/** A tiny static file server for the built add-in (dist/), on 127.0.0.1 and a free port. */
import { existsSync, readFileSync, statSync } from 'fs';
import { createServer } from 'http';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { extname, join, normalize, sep } from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DistServer {
  url: string;
  close(): Promise<void>;
}

/** Where the build is; E2E_DIST overrides (e.g. a build made elsewhere). */
export function findDist(): string {
  const dist = process.env.E2E_DIST ?? join(__dirname, '..', '..', 'dist');
  if (!existsSync(join(dist, 'preview.html'))) {
    throw new Error(`${dist}/preview.html ontbreekt: voer eerst "npm run build" uit (de e2e-tests draaien op de gebouwde voorbeeldpagina).`);
  }
  return dist;
}

/** Serves `root` until `close()`; paths outside it get 404. */
export async function serveDist(root: string): Promise<DistServer> {
  const server: Server = createServer((request, response) => {
    const pad = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const bestand = normalize(join(root, pad === '/' ? 'preview.html' : pad));
    if (!bestand.startsWith(normalize(root) + sep) || !existsSync(bestand) || !statSync(bestand).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('niet gevonden');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(bestand)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(bestand));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
