/**
 * The two modes as a WAI-ARIA tablist: one tab stop (the selected tab), arrow keys move
 * between tabs in reading order (so ArrowLeft goes forward in the Arabic interface), Home
 * and End jump to the ends; activation follows focus. The mode is kept in the URL hash
 * (#check, #diff) so that a link or a reload opens the same mode.
 */

export function setupTabs(tablist: HTMLElement, onChange?: (id: string) => void): void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute('aria-controls') ?? '');

  const select = (tab: HTMLButtonElement, focus: boolean) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', selected ? 'true' : 'false');
      other.tabIndex = selected ? 0 : -1;
      const panel = panelOf(other);
      if (panel) panel.hidden = !selected;
    }
    if (focus) tab.focus();
    const mode = tab.dataset.mode ?? '';
    if (mode && location.hash !== `#${mode}`) history.replaceState(null, '', `#${mode}`);
    onChange?.(mode);
  };

  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const i = tabs.indexOf(tab);
      const rtl = getComputedStyle(tablist).direction === 'rtl';
      const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      const back = rtl ? 'ArrowRight' : 'ArrowLeft';
      let next: HTMLButtonElement | undefined;
      if (event.key === forward) next = tabs[(i + 1) % tabs.length];
      else if (event.key === back) next = tabs[(i - 1 + tabs.length) % tabs.length];
      else if (event.key === 'Home') next = tabs[0];
      else if (event.key === 'End') next = tabs[tabs.length - 1];
      if (!next) return;
      event.preventDefault();
      select(next, true);
    });
  }

  const fromHash = tabs.find((tab) => `#${tab.dataset.mode}` === location.hash);
  select(fromHash ?? tabs[0], false);
}
