import type { Page } from '@playwright/test';

/** A control the keyboard could not reach, or a Tab stop a sighted keyboard user cannot see. */
export type KeyboardProblem = {
  page: string;
  problem: 'unreachable' | 'invisibleStop' | 'trap' | 'mouseOnly';
  target: string;
};

/** Tab presses beyond the number of controls shown, per step of the walk (the browser's own stops). */
const SLACK = 20;
/** Stops a walk may meet beyond the controls shown at its start (rows a virtualised list adds). */
const MAX_UNSEEN = 300;

/**
 * Issue 12 ("every page works by keyboard"): walks what is shown now with the Tab key alone, as a user
 * without a mouse does, from the top of the document until the focus comes round again. It reports every
 * visible control the walk never reached (a roving group such as radios or tabs counts once: one stop is
 * the keyboard's way in), every stop on something not visible (focus lost in a hidden menu or an
 * off-screen field), a walk that never comes round (a trap), and anything that looks clickable but no
 * key can reach.
 */
export async function keyboardWalk(page: Page, name: string): Promise<KeyboardProblem[]> {
  const expected = await page.evaluate(() => {
    const FOCUSABLE =
      'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex], [contenteditable="true"]';
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
    };
    const nameOf = (el: Element) => {
      const label =
        el.getAttribute('aria-label') ??
        el.getAttribute('name') ??
        (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id === '' ? '' : `#${el.id}`} "${label}"`;
    };
    const groups = new Map<string, string[]>();
    let n = 0;
    for (const el of document.querySelectorAll(FOCUSABLE)) {
      if (!(el instanceof HTMLElement)) continue;
      if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert], [aria-hidden="true"]') !== null)
        continue;
      if (!shown(el)) continue;
      n += 1;
      el.dataset.kw = String(n);
      // A radio group and a tab list (roving tabindex) are one Tab stop; a plain control is its own group.
      const radio = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : undefined;
      const key = radio ?? `el:${n}`;
      groups.set(key, [...(groups.get(key) ?? []), String(n)]);
      el.dataset.kwGroup = key;
      el.dataset.kwName = nameOf(el);
    }
    // Start at the top: a blurred control would stay the starting point of the next Tab.
    // Something that looks clickable (a pointer cursor) with no control in it or around it: a mouse
    // user can act on it, a keyboard user cannot even reach it.
    const mouseOnly: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (getComputedStyle(el).cursor !== 'pointer' || !shown(el)) continue;
      if (el.closest(`${FOCUSABLE}, label`) !== null || el.querySelector(FOCUSABLE) !== null) continue;
      if (el.parentElement !== null && getComputedStyle(el.parentElement).cursor === 'pointer') continue;
      mouseOnly.push(nameOf(el));
    }
    (window as unknown as { __kwMouseOnly: string[] }).__kwMouseOnly = mouseOnly;
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.collapse(document.body, 0);
    return [...groups.entries()].map(([group, ids]) => ({
      group,
      ids,
      target: document.querySelector(`[data-kw="${ids[0]}"]`)?.getAttribute('data-kw-name') ?? group,
    }));
  });

  // The page notes every stop itself, so the walk is one key press per stop and one read at the end.
  await page.evaluate(() => {
    const log: { id: string; visible: boolean; target: string }[] = [];
    (window as unknown as { __kw: typeof log }).__kw = log;
    document.addEventListener('focusin', (event) => {
      const el = event.target;
      if (!(el instanceof HTMLElement)) return;
      // A modal's focus-trap sentinels (MUI) take the focus only to hand it on at once: not a stop.
      if (/^sentinel(Start|End)$/.test(el.dataset.testid ?? '')) return;
      // The Tab key never lands on tabindex="-1": script put the focus there. A modal's focus trap does
      // so, 50 ms after the walk blurs the page, on its own container; counted as the first stop, that
      // container never came round again and the walk reported a trap (or not) by timing luck.
      if (el.tabIndex < 0) return;
      const r = el.getBoundingClientRect();
      log.push({
        id: el.dataset.kw ?? `other:${el.tagName}:${el.id}:${el.getAttribute('aria-label') ?? ''}`,
        visible: r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true }),
        target:
          el.dataset.kwName ?? `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      });
    });
  });
  // Past the last control the focus leaves the document (the browser's own stops) and then comes back
  // to the first. A virtualised list renders rows as the focus reaches them, so the walk goes on in
  // steps until it has come round, up to a bound that only a trap would pass.
  type Stop = { id: string; visible: boolean; target: string };
  const readLog = () => page.evaluate(() => (window as unknown as { __kw: Stop[] }).__kw);
  const controls = expected.reduce((n, g) => n + g.ids.length, 0);
  const bound = Math.max(2 * controls, controls + MAX_UNSEEN);
  let log: Stop[] = [];
  let round = -1;
  for (let presses = 0; round < 0 && presses < bound; ) {
    const step = Math.min(controls + SLACK, bound - presses);
    for (let i = 0; i < step; i += 1) await page.keyboard.press('Tab');
    presses += step;
    log = await readLog();
    const first = log[0]?.id;
    round = log.findIndex((stop, i) => i > 0 && stop.id === first);
  }

  const problems: KeyboardProblem[] = [];
  const walked = round < 0 ? log : log.slice(0, round);
  const reached = new Set(walked.map((stop) => stop.id));
  for (const stop of walked)
    if (!stop.visible) problems.push({ page: name, problem: 'invisibleStop', target: stop.target });
  if (round < 0)
    problems.push({ page: name, problem: 'trap', target: `no way round after ${bound} presses` });
  const mouseOnly = await page.evaluate(
    () => (window as unknown as { __kwMouseOnly: string[] }).__kwMouseOnly,
  );
  for (const target of mouseOnly) problems.push({ page: name, problem: 'mouseOnly', target });
  for (const g of expected)
    if (!g.ids.some((id) => reached.has(id)))
      problems.push({ page: name, problem: 'unreachable', target: g.target });
  return problems;
}
