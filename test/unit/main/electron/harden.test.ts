import { describe, expect, it } from 'vitest';
import { type GuardedContents, hardenWebContents } from '../../../../main/electron/harden';

interface FakeEvent {
  url: string;
  prevented: boolean;
  preventDefault(): void;
}

function fakeContents() {
  const listeners = new Map<string, (event: FakeEvent) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    on(event: string, listener: (event: FakeEvent) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string): boolean => {
    const event: FakeEvent = {
      url,
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event);
    return event.prevented;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window-open handler');
    return openHandler({ url });
  };
  return { contents, fire, open };
}

describe('webContents guards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: refuses foreign and look-alike origins, lets the app through',
    (name) => {
      const { contents, fire } = fakeContents();
      hardenWebContents(contents, () => {});
      expect(fire(name, 'https://evil.example/')).toBe(true);
      expect(fire(name, 'app://binhan.evil/index.html')).toBe(true);
      expect(fire(name, 'app://evil/index.html')).toBe(true);
      expect(fire(name, 'file:///etc/passwd')).toBe(true);
      expect(fire(name, 'app://binhan/index.html')).toBe(false);
    },
  );

  it('blocks every webview', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, () => {});
    expect(fire('will-attach-webview', 'app://binhan/index.html')).toBe(true);
  });

  it('denies every new window; only an allow-listed link reaches the external opener', () => {
    const { contents, open } = fakeContents();
    const opened: string[] = [];
    hardenWebContents(contents, (url) => opened.push(url));
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('app://binhan/index.html')).toEqual({ action: 'deny' });
    expect(open('https://vbpl.vn/van-ban')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://vbpl.vn/van-ban']);
  });
});
