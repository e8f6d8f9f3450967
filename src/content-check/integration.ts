/**
 * Runs every content check before Astro reads the content, so a mistake fails
 * `npm run build` with the same one-line messages as `npm run check:content`,
 * all of them at once, before Astro's own (less specific) schema errors; then
 * the notice of site-wide facts still empty, which never fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentNotices, formatProblem, loadContent } from './index.ts';
import { escapeForLog } from '../util/hidden-characters.ts';

export function contentChecks(): AstroIntegration {
  return {
    name: 'medicen:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const start = performance.now();
        const content = loadContent(root);
        const { problems } = content;
        if (problems.length === 0) {
          logger.info(`content checks passed in ${Math.round(performance.now() - start)} ms`);
          // Not a failure: the site-wide facts still empty, as `npm run check:content` lists them.
          for (const line of contentNotices(content)) logger.info(escapeForLog(line));
          return;
        }
        const lines = problems.map(formatProblem).join('\n');
        const summary = `${problems.length} content problem${problems.length > 1 ? 's' : ''} found. Each line names the file, the field and the fix:\n${lines}`;
        if (command === 'dev') {
          logger.warn(summary);
          return;
        }
        throw new Error(summary);
      },
    },
  };
}
