/**
 * The cleaned text (the original with the accepted edits applied) and the ways to take it
 * away: Copy to the clipboard, Download as a UTF-8 .txt file. Nothing leaves the page: the
 * download is a Blob URL, revoked once used.
 */
import { append, clear, el } from './dom.js';
import { t } from './i18n.js';

export interface CleanedState {
  text: string;
  accepted: number;
  total: number;
  /** True when every suggestion is accepted and the text equals the report's `cleaned`. */
  matchesReport: boolean;
  /** The name of the file the article came from, if any, to name the download after it. */
  sourceName: string | null;
}

/** «article.txt» → «article-cleaned.txt»; pasted text → «amana-cleaned.txt». */
export function downloadName(sourceName: string | null): string {
  const base = (sourceName ?? '').replace(/\.[^.]*$/u, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, '_').trim();
  return `${base || 'amana'}-cleaned.txt`;
}

export function downloadText(text: string, name: string): void {
  // No byte-order mark: the file is exactly the cleaned text's UTF-8 bytes.
  const blob = new Blob([text], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: name, hidden: true } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers: give it a moment.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies with the Clipboard API; without it (insecure origin, permission), selects the text. */
async function copyText(area: HTMLTextAreaElement): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    area.focus();
    area.select();
    return false;
  }
}

export function renderCleaned(container: HTMLElement, state: CleanedState): void {
  const s = t();
  clear(container);
  const status = el('p', { class: 'cleaned-status', attrs: { id: 'cleaned-status', 'data-testid': 'cleaned-status' }, text: s.cleanedStatus(state.accepted, state.total) });
  if (state.matchesReport) append(status, [' — ', el('span', { class: 'ok', text: s.cleanedMatches })]);

  const area = el('textarea', {
    class: 'cleaned-text',
    attrs: {
      id: 'cleaned-text',
      readonly: true,
      rows: 8,
      dir: 'auto',
      lang: 'ar',
      spellcheck: 'false',
      'aria-describedby': 'cleaned-status',
      'data-testid': 'cleaned-text',
    },
  });
  area.value = state.text;
  const label = el('label', { class: 'visually-hidden', attrs: { for: 'cleaned-text' }, text: s.cleanedLabel });

  const message = el('p', { class: 'action-message', attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'cleaned-message' } });
  const copy = el('button', { class: 'btn', attrs: { type: 'button', 'data-testid': 'copy-cleaned' } }, [el('img', { attrs: { src: '/copy.svg', alt: '', width: 16, height: 16 } }), s.copy]);
  const download = el('button', { class: 'btn', attrs: { type: 'button', 'data-testid': 'download-cleaned' } }, [el('img', { attrs: { src: '/download.svg', alt: '', width: 16, height: 16 } }), s.download]);
  copy.addEventListener('click', async () => {
    message.textContent = (await copyText(area)) ? s.copied : s.copyFailed;
  });
  download.addEventListener('click', () => {
    const name = downloadName(state.sourceName);
    downloadText(area.value, name);
    message.textContent = s.downloaded(name);
  });
  append(container, [status, label, area, el('div', { class: 'toolbar' }, [copy, download]), message]);
}
