/**
 * The only search code every page loads eagerly: it makes "/" focus the
 * header's search box and, the first time the box is used, loads the code
 * that lists results as you type. Kept tiny on purpose.
 */

/** Whether a key press is aimed at a field the reader is typing in (then "/" is just a slash). */
function isTypingTarget(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !/^(checkbox|radio|button|submit|reset)$/.test(target.type);
  return target instanceof HTMLElement && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName));
}

export function attachSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./live-results.ts').then((m) => m.attachLiveResults(form, input));
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
}
