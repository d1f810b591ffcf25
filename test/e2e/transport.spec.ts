import path from 'node:path';
import { createHostHandlers } from '../../main/handlers';
import { channelsOf } from '../../shared/host/contract';
import { createDispatcher } from '../../shared/host/dispatch';
import { hostContract } from '../../shared/host-api';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { setUpOffice } from './pages/office';
import { ShellPage } from './pages/shell-page';

/**
 * The same renderer build must work with either transport without knowing which. Here the page gets a
 * `window.host` shaped exactly as Electron's preload exposes it (one method per contract call, each
 * invoking its channel), answered by main's real dispatcher — the IPC path minus Electron itself.
 */
test('the renderer uses a preload-provided host when there is one', async ({
  appContext,
  webHost,
  workDir,
}) => {
  const dispatch = createDispatcher(
    hostContract,
    createHostHandlers({
      info: {
        name: 'Bình An',
        version: '0.0.0-ipc',
        transport: 'electron',
        // Its own folder: main writes here (the office it belongs to, keys) as it would in Electron.
        dataDir: path.join(workDir, 'ipc-data'),
        platform: 'linux',
        electronBinaryPresent: true,
      },
      openExternal: async () => {},
    }),
  );
  await appContext.exposeFunction('__binhanInvoke', (channel: string, input: unknown) =>
    dispatch(channel, input),
  );
  const areas: Record<string, string[]> = {};
  for (const { area, verb } of channelsOf(hostContract)) areas[area] = [...(areas[area] ?? []), verb];
  await appContext.addInitScript((table: Record<string, string[]>) => {
    const invoke = (window as unknown as { __binhanInvoke: (c: string, i: unknown) => Promise<unknown> })
      .__binhanInvoke;
    const api = Object.fromEntries(
      Object.entries(table).map(([area, verbs]) => [
        area,
        Object.fromEntries(
          verbs.map((verb) => [verb, (input?: unknown) => invoke(`${area}:${verb}`, input)]),
        ),
      ]),
    );
    Object.defineProperty(window, 'host', { value: Object.freeze(api) });
  }, areas);

  const page = appContext.pages()[0] ?? (await appContext.newPage());
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/')) apiCalls.push(request.url());
  });
  await page.goto(webHost.url);
  await setUpOffice(page);
  await new AdminPage(page).open('about');
  const shell = new ShellPage(page);
  await expect(shell.infoValue('Cách chạy')).toHaveText('Ứng dụng máy tính (Electron)');
  await expect(shell.infoValue('Phiên bản')).toHaveText('0.0.0-ipc');
  expect(apiCalls).toEqual([]);
});
