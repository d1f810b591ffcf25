import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExchangePage } from './pages/exchange-page';
import { setUpOffice } from './pages/office';

/** What a script on the page (DevTools, any role) can send: the cookie, and no proof. */
const post = (page: Page, call: string, input: unknown) =>
  page.evaluate(
    async ([c, body]) => {
      const response = await fetch(`/api/${c}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; error?: { code: string } };
    },
    [call, input] as const,
  );

const changes = async (dataDir: string) => {
  try {
    const text = await readFile(path.join(dataDir, 'authority', 'changes.jsonl'), 'utf8');
    return text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { verb: string; username: string; role: string });
  } catch {
    return [];
  }
};

test('main refuses trust changes sent with only the cookie; the app’s own, signed by the administrator, pass and are logged', async ({
  appPage,
  webHost,
}) => {
  const { admin } = await setUpOffice(appPage);
  const exchange = new ExchangePage(appPage);
  await exchange.open('keys');
  await exchange.ownFingerprint();

  for (const [call, input] of [
    ['trust/approve', { keyId: '0123456789ABCDEF', signingFingerprint: '1111 2222 3333 4444 5555' }],
    ['trust/reject', { keyId: '0123456789ABCDEF' }],
    ['bundles/createEnrollment', { recipientUnit: '49' }],
    [
      'mail/saveSettings',
      {
        settings: {
          host: 'smtp.evil.test',
          port: 25,
          security: 'none',
          user: '',
          from: 'a@b.vn',
          to: ['x@evil.test'],
        },
      },
    ],
  ] as const) {
    const result = await post(appPage, call, input);
    expect(result, call).toMatchObject({ ok: false, error: { code: 'authorityRequired' } });
  }
  expect(await changes(webHost.dataDir)).toEqual([]);

  await appPage.getByRole('button', { name: 'Tạo gói đăng ký khoá' }).click();
  await expect(appPage.getByRole('region', { name: /^Chọn nơi lưu gói/ }).last()).toBeVisible();
  await expect
    .poll(() => changes(webHost.dataDir))
    .toMatchObject([{ verb: 'bundles:createEnrollment', role: 'admin', username: admin.username }]);
});
