/**
 * Entry point (/js/main.js): the language, the mode tabs, one shared popover and the two
 * views. Everything else is in one module per job (see web/README.md).
 */
import { CheckView } from './check-view.js';
import { DiffView } from './diff-view.js';
import { byId } from './dom.js';
import { initLang, nextLang, onLangChange, setLang } from './i18n.js';
import { STRINGS } from './strings.js';
import { Popover } from './popover.js';
import { setupTabs } from './tabs.js';

function setupLangToggle(): void {
  const button = byId<HTMLButtonElement>('lang-toggle');
  // The toggle names the language it switches to, in that language.
  const label = () => {
    const next = nextLang();
    button.textContent = STRINGS[next].langName;
    button.lang = next;
    button.setAttribute('aria-label', STRINGS[next].switchTo);
  };
  label();
  button.addEventListener('click', () => setLang(nextLang()));
  onLangChange(label);
}

function main(): void {
  initLang();
  setupLangToggle();
  const popover = new Popover('popover');
  setupTabs(byId('mode-tabs'), () => popover.hide());
  new CheckView(popover);
  new DiffView(popover);
}

main();
