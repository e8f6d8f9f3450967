/**
 * The web editor's page script (/admin/admin.js, bundled at build by
 * src/editor/integration.ts): loads Decap CMS from /admin/decap/, adds the
 * site's own checks before each save, and starts it with /admin/config.yml.
 * Loaded by /admin/ only: no content page carries any of it.
 */
import { formProblems } from '../form-checks.ts';

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}

interface DecapCms {
  init(options?: unknown): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableLike }) => unknown }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

/** The page's message before the problems, from the dictionary (written into the page by the integration). */
const heading = document.documentElement.dataset.formProblems ?? '';

/**
 * Inside another page's frame, the editor does not start: a page on another site could lay its
 * own buttons over the editor's and have a signed-in editor publish what it wants (clickjacking).
 * frame-ancestors forbids framing only as a header, which some hosts cannot send (GitHub Pages):
 * this holds everywhere. It says so, with a link to the editor's own address.
 */
function refuseInFrame(): void {
  const message = document.createElement('p');
  message.textContent = `${document.documentElement.dataset.framed ?? ''} `;
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = location.href;
  message.append(link);
  document.body.replaceChildren(message);
}

/** Loads Decap CMS from /admin/decap/, with the site's checks before each save. */
function start(): void {
  window.CMS_MANUAL_INIT = true;
  const script = document.createElement('script');
  script.src = new URL('decap/decap-cms.js', import.meta.url).href;
  script.addEventListener('load', () => {
    const cms = window.CMS!;
    cms.registerEventListener({
      name: 'preSave',
      handler: ({ entry }) => {
        const data = (entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>;
        const problems = formProblems(String(entry.get('collection')), data);
        // Throwing stops the save: Decap shows the message, the entry stays open to be fixed.
        if (problems.length > 0) throw new Error(`${heading} ${problems.join(' · ')}`);
        return undefined;
      },
    });
    // On localhost, `npm run edit` serves Decap's local proxy beside the site: same origin, so the
    // editor's policy needs no other host. Elsewhere Decap ignores it and signs in to GitHub.
    cms.init({ config: { local_backend: { url: new URL('/api/v1', location.href).href } } });
  });
  document.head.append(script);
}

if (window.self !== window.top) refuseInFrame();
else start();
