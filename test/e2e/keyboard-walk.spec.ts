import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { keyboardWalk } from './keyboard-walk';

/**
 * The keyboard walk that a11y.spec runs on every page finds what it is meant to find: a page written
 * with each fault once, beside one without any.
 */
test('the keyboard walk reports a mouse-only control, a hidden stop and a trap, and nothing on a sound page', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.setContent(`
    <button>Lưu</button> <a href="#x">Mở</a> <input aria-label="Tên">
    <label><input type="radio" name="g"> A</label><label><input type="radio" name="g"> B</label>`);
  expect(await keyboardWalk(page, 'sound')).toEqual([]);

  // A modal whose focus trap puts the focus on its own container (tabindex -1) once, as MUI's does after
  // the page is blurred: not a Tab stop, and no trap.
  await page.setContent(`
    <div role="dialog" aria-label="Hộp thoại" tabindex="-1" id="d"><button>Một</button><button>Hai</button></div>
    <script>
      let held = false;
      document.addEventListener('keydown', (event) => {
        if (event.key !== 'Tab' || held || document.activeElement !== document.body) return;
        held = true;
        event.preventDefault();
        document.getElementById('d').focus();
      });
    </script>`);
  expect(await keyboardWalk(page, 'modal')).toEqual([]);

  await page.setContent(`
    <button>Lưu</button>
    <div style="cursor:pointer" onclick="void 0">Mở vụ việc</div>
    <button style="position:absolute;width:0;height:0;overflow:hidden;padding:0;border:0">Ẩn</button>
    <input aria-label="Bẫy" onkeydown="if (event.key === 'Tab') event.preventDefault()">`);
  const problems = (await keyboardWalk(page, 'faulty')).map((p) => `${p.problem} ${p.target}`);
  expect(problems).toEqual([
    'invisibleStop button "Ẩn"',
    expect.stringMatching(/^trap no way round/),
    'mouseOnly div "Mở vụ việc"',
  ]);
  await browser.close();
});
