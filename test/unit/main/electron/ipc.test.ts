import { describe, expect, it, vi } from 'vitest';
import { createHostHandlers } from '../../../../main/handlers';
import { type InvokeEventLike, type IpcMainLike, registerHostIpc } from '../../../../main/ipc';
import { channelsOf } from '../../../../shared/host/contract';
import { createDispatcher, type Dispatch } from '../../../../shared/host/dispatch';
import type { Result } from '../../../../shared/host/result';
import { hostContract } from '../../../../shared/host-api';

type Listener = (event: InvokeEventLike, input: unknown) => Promise<Result<unknown>>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`twice: ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const invoke = (channel: string, event: InvokeEventLike, input?: unknown) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, input);
  };
  return { ipcMain, listeners, invoke };
}

const mainFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: null } });
const subFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: { url } } });

function setup(dispatch?: Dispatch) {
  const opened: string[] = [];
  const handlers = createHostHandlers({
    info: {
      name: 'Bình An',
      version: '0.1.0',
      transport: 'electron',
      dataDir: '/data',
      platform: 'linux',
      electronBinaryPresent: true,
    },
    openExternal: async (url) => {
      opened.push(url);
    },
  });
  const real = createDispatcher(hostContract, handlers);
  const spy = vi.fn<Dispatch>(dispatch ?? real);
  const fake = fakeIpcMain();
  registerHostIpc(fake.ipcMain, hostContract, spy);
  return { ...fake, spy, opened };
}

describe('IPC door', () => {
  it('registers exactly one handler per contract channel and nothing generic', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(
      channelsOf(hostContract)
        .map((c) => c.channel)
        .sort(),
    );
    expect([...listeners.keys()].every((channel) => /^[a-z]\w*:[a-z]\w*$/i.test(channel))).toBe(true);
  });

  it('answers the app page in the main frame through the shared dispatcher', async () => {
    const { invoke } = setup();
    const result = await invoke('app:info', mainFrame('app://binhan/index.html'));
    expect(result).toMatchObject({ ok: true, value: { transport: 'electron', electronBinaryPresent: true } });
  });

  it.each([
    ['a foreign page', mainFrame('https://evil.example/')],
    ['a look-alike origin', mainFrame('app://binhan.evil/index.html')],
    ['a subframe of the app', subFrame('app://binhan/index.html')],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s before any work', async (_name, event) => {
    const { invoke, spy, opened } = setup();
    const result = await invoke('app:openExternal', event, { url: 'https://tongdai111.vn/' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', reason: 'foreignOrigin', message: expect.any(String) },
    });
    expect(spy).not.toHaveBeenCalled();
    expect(opened).toEqual([]);
  });

  it('validates input with zod at the door', async () => {
    const { invoke, opened } = setup();
    const event = mainFrame('app://binhan/index.html');
    expect(await invoke('app:openExternal', event, { url: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    expect(
      await invoke('app:openExternal', event, { url: 'https://tongdai111.vn/', extra: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    expect(await invoke('app:openExternal', event, { url: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    });
    expect(opened).toEqual([]);
    expect(await invoke('app:openExternal', event, { url: 'https://tongdai111.vn/' })).toEqual({
      ok: true,
      value: null,
    });
    expect(opened).toEqual(['https://tongdai111.vn/']);
  });
});
