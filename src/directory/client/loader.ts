/**
 * The directory's eager script (/members/), a few hundred bytes: it shows the
 * filter form, which needs JavaScript and stays hidden without it, and loads
 * the filtering code (./directory.ts) only when the form is first used or
 * when the address already holds filters or an order. A plain visit to
 * /members/ loads nothing more, and its download links give the open-data
 * files, which hold exactly the organizations listed.
 */

/** Wide screens show the filters without their summary (CSS), like the map's. */
const WIDE = '(min-width: 52rem)';

export function watchDirectory(): void {
  const root = document.querySelector<HTMLElement>('[data-directory]');
  const box = root?.querySelector<HTMLDetailsElement>('[data-filters-box]');
  if (!root || !box) return;
  // Open on wide screens for browsers without ::details-content, which show the summary.
  if (matchMedia(WIDE).matches) box.open = true;
  box.hidden = false;
  let started: Promise<void> | undefined;
  const start = () => {
    started ??= import('./directory.ts')
      .then((m) => m.startDirectory(root))
      .catch((err: unknown) => {
        root.dataset.directoryState = 'error';
        console.warn('directory:', err);
      });
  };
  if (location.search.length > 1) start();
  for (const type of ['focusin', 'pointerdown', 'input'] as const) box.addEventListener(type, start, { once: true });
}
