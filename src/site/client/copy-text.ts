/**
 * `<copy-text>`: a read-only field holding a text to copy (a link, an embed
 * code, a citation) and a "Copy" button. Without JavaScript the field is
 * still there to select by hand; the button appears only once this runs.
 * Pages that change the text (the map's filters) set the field's value.
 */
const COPIED_FOR_MS = 2500;

async function writeClipboard(field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    // Clipboard API refused (no permission, insecure origin): select the text for Ctrl+C instead.
    field.focus();
    field.select();
    return false;
  }
}

class CopyText extends HTMLElement {
  connectedCallback(): void {
    const field = this.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-copy-field]');
    const button = this.querySelector<HTMLButtonElement>('[data-copy-button]');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!field || !button || !status || button.dataset.ready) return;
    button.dataset.ready = 'true';
    button.hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    field.addEventListener('focus', () => field.select());
    button.addEventListener('click', async () => {
      const copied = await writeClipboard(field);
      status.textContent = copied ? (this.dataset.copied ?? '') : (this.dataset.select ?? '');
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), COPIED_FOR_MS);
    });
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
