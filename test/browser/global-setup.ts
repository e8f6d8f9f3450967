/**
 * Serves dist/ on a free localhost port for the browser tests, and hands the
 * address to them (inject('baseUrl')). The site must be built first:
 * `npm test` builds before it runs this project.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error('dist/ has no built site: run "npm run build" before the browser tests (npm test does).');
  }
  const { server, url } = (await serveDist({ dir, port: 0 })) as { server: import('node:http').Server; url: string };
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
