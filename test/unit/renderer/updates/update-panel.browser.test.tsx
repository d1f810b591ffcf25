import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { SCHEMA_VERSION, StoreProvider } from '../../../../renderer/db';
import { setHostAuthority } from '../../../../renderer/host/authority';
import { call } from '../../../../renderer/host/call';
import { initI18n } from '../../../../renderer/i18n';
import { withAuthority } from '../../../../shared/exchange/authority-client';
import { hostWrappingKeyFrom } from '../../../../shared/exchange/host-wrapping-key';
import { bindHostApi } from '../../../../shared/host/bind';
import { hostContract } from '../../../../shared/host-api';
import { dropDatabase, freshStore } from '../db/helpers';

declare module 'vitest/browser' {
  interface BrowserCommands {
    updateHost(op: string, a?: unknown, b?: unknown): Promise<unknown>;
  }
}

/**
 * Admin → Thông tin ứng dụng → Cập nhật phần mềm in real Chromium, over a real main in Node
 * (update-host-command.ts) reached as Electron's preload reaches it (window.host), with the store in
 * real IndexedDB. The release on the "stick" changes the schema, so installing takes a backup first.
 */
describe('update panel', () => {
  let root: Root | null = null;
  let paths: { stick: string; next: string; backups: string };
  beforeAll(async () => {
    paths = (await commands.updateHost('open', SCHEMA_VERSION + 1)) as typeof paths;
    Object.defineProperty(window, 'host', {
      configurable: true,
      value: bindHostApi(hostContract, (channel, input) =>
        commands.updateHost('call', channel, input === undefined ? null : input),
      ),
    });
  });
  afterAll(async () => {
    root?.unmount();
    await commands.updateHost('remove');
  });

  it('finds the stick’s releases, refuses the tampered one, prepares the good one, backs up, installs on close, and passes it on', async () => {
    const { store, name, recoveryKey } = await freshStore();
    await store.backup.createKey(recoveryKey);
    // As the exchange's key sync does on sign-in: main's guarded calls (a backup) carry the admin's proof.
    const publicKeys = await store.auth.authorityPublicKeys();
    const signer = () => store.auth.session?.authoritySigner() ?? null;
    setHostAuthority({ signer: signer(), publicKeys });
    // Main learns the office's authority keys when the office's exchange keys are made (as at sign-in).
    const session = store.auth.session;
    if (session === null || store.office === null) throw new Error('not signed in');
    const authed = withAuthority(
      bindHostApi(hostContract, (channel, input) =>
        commands.updateHost('call', channel, input === undefined ? null : input),
      ),
      { signer, publicKeys: () => publicKeys },
    );
    await call(
      authed.keys.create({
        unit: store.office.unitCode,
        wrappingKey: await hostWrappingKeyFrom(session.keys().office),
      }),
    );
    const i18n = await initI18n('vi');
    // The host module reads window.host when first loaded: load the panel only now.
    const { UpdatePanel } = await import('../../../../renderer/features/updates/UpdatePanel');
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    root.render(
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          <UpdatePanel />
        </StoreProvider>
      </I18nextProvider>,
    );
    await expect.element(page.getByText('Phiên bản đang chạy: 1.0.0')).toBeVisible();

    await page.getByLabelText('Thư mục chứa bản cập nhật').fill(paths.stick);
    await page.getByRole('button', { name: 'Tìm bản cập nhật' }).click();
    await expect
      .element(page.getByText('Tệp cài đặt có kích thước khác bản đã ký: tệp bị hỏng hoặc bị sửa.'))
      .toBeVisible();
    await expect.element(page.getByText(/^Bản 1\.2\.0 — chữ ký của nhà phát hành hợp lệ/)).toBeVisible();
    // Only the verified release can be used.
    expect(page.getByRole('button', { name: 'Dùng bản này' }).all()).toHaveLength(1);
    await page.getByRole('button', { name: 'Dùng bản này' }).click();

    const release = page.getByTestId('update-release');
    await expect.element(release).toHaveTextContent(`lược đồ ${SCHEMA_VERSION} → ${SCHEMA_VERSION + 1}`);
    await page.getByRole('button', { name: /^Chuẩn bị cài đặt/ }).click();

    const ready = page.getByTestId('update-ready');
    await expect.element(ready).toHaveTextContent('Cập nhật sẵn sàng — cài khi đóng ứng dụng / cài ngay');
    // A schema change: nothing installs until a backup folder is named.
    const onQuit = page.getByRole('button', { name: 'Cài khi đóng ứng dụng' });
    await expect.element(onQuit).toBeDisabled();
    await page.getByLabelText('Thư mục sao lưu trước khi cài').fill(paths.backups);
    await onQuit.click();
    // The backup streams the whole office to main first.
    await expect
      .poll(() => container.querySelector('[role="alert"]')?.textContent ?? container.textContent, {
        timeout: 90_000,
      })
      .toContain('Bản 1.2.0 sẽ được cài khi bạn đóng ứng dụng.');
    expect(await commands.updateHost('installs')).toEqual(['not on quit', 'quit']);
    const backups = (await commands.updateHost('files', paths.backups)) as string[];
    expect(backups.filter((f) => /^binhan-backup-502-\d{8}-\d{6}\.zip$/.test(f))).toHaveLength(1);

    await page.getByLabelText('Chép vào (USB hoặc thư mục)').fill(paths.next);
    await page.getByRole('button', { name: 'Chép sang' }).click();
    await expect.element(page.getByText(/^Đã chép và kiểm tra lại: .*BinhAn-1\.2\.0$/)).toBeVisible();
    expect(await commands.updateHost('files', `${paths.next}/BinhAn-1.2.0`)).toEqual([
      'BinhAn-1.2.0-win-x64.exe',
      'BinhAn-1.2.0-win-x64.exe.blockmap',
      'latest.yml',
      'latest.yml.minisig',
    ]);
    root.unmount();
    root = null;
    await dropDatabase(store, name);
  }, 180_000);
});
