import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { StoreProvider } from '../../../../../renderer/db';
import type { DestinationPicker as PickerComponent } from '../../../../../renderer/features/exchange/ui/DestinationPicker';
import { call } from '../../../../../renderer/host/call';
import { initI18n } from '../../../../../renderer/i18n';
import type { SentRef } from '../../../../../shared/exchange/common';
import { hostWrappingKeyFrom } from '../../../../../shared/exchange/host-wrapping-key';
import { bindHostApi } from '../../../../../shared/host/bind';
import { hostContract } from '../../../../../shared/host-api';
import { dropDatabase, freshStore } from '../../db/helpers';

declare module 'vitest/browser' {
  interface BrowserCommands {
    hostCall(party: string, channel: string, input: unknown): Promise<unknown>;
    hostsRemove(): Promise<void>;
  }
}

/** The keys page's picker for the bundle made last: a button makes the second bundle the last one. */
function MadeLast({
  first,
  second,
  Picker,
}: {
  first: SentRef;
  second: SentRef;
  Picker: typeof PickerComponent;
}) {
  const [ref, setRef] = useState(first);
  return (
    <>
      <button type="button" onClick={() => setRef(second)}>
        next bundle
      </button>
      <Picker bundleRef={ref} kind="enrollment" />
    </>
  );
}

/**
 * The keys page shows one picker for the bundle made last; the province makes one config bundle after
 * another there. Each must get a fresh picker: the "saved" of the office before must not show for the
 * next one, which nobody saved yet. In real Chromium, over a real main (host-command.ts).
 */
describe('destination picker', () => {
  let root: Root | null = null;
  afterAll(async () => {
    root?.unmount();
    await commands.hostsRemove();
  });

  it('gives the next bundle made on the same page a fresh picker, without the last one’s outcome', async () => {
    const { store, name } = await freshStore();
    const party = `picker-${name}`;
    Object.defineProperty(window, 'host', {
      configurable: true,
      value: bindHostApi(hostContract, (channel, input) =>
        commands.hostCall(party, channel, input === undefined ? null : input),
      ),
    });
    // As at sign-in: main's keys for this office, and the administrator's proofs for what it signs.
    const { setHostAuthority } = await import('../../../../../renderer/host/authority');
    const session = store.auth.session;
    if (session === null || store.office === null) throw new Error('not signed in');
    setHostAuthority({
      signer: session.authoritySigner(),
      publicKeys: await store.auth.authorityPublicKeys(),
    });
    // The host module reads window.host when first loaded: load it and the picker only now.
    const { host } = await import('../../../../../renderer/host/host');
    const { DestinationPicker } = await import(
      '../../../../../renderer/features/exchange/ui/DestinationPicker'
    );
    await call(
      host.keys.create({
        unit: store.office.unitCode,
        wrappingKey: await hostWrappingKeyFrom(session.keys().office),
      }),
    );
    const made: SentRef[] = [];
    for (let i = 0; i < 2; i++) {
      const sent = await call(host.bundles.createEnrollment({ recipientUnit: '49' }));
      made.push({ recipientUnit: '49', sequence: sent.sequence });
    }
    const [first, second] = made;
    if (first === undefined || second === undefined) throw new Error('two bundles');

    const i18n = await initI18n('vi');
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    root.render(
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          <MadeLast first={first} second={second} Picker={DestinationPicker} />
        </StoreProvider>
      </I18nextProvider>,
    );
    await page.getByRole('tab', { name: 'Tải về' }).click();
    await page.getByRole('button', { name: 'Tải tệp gói về máy' }).click();
    await expect.element(page.getByText(/^Đã tải về tệp /)).toBeVisible();

    await page.getByRole('button', { name: 'next bundle' }).click();
    await expect
      .element(page.getByRole('heading', { name: new RegExp(`số ${second.sequence} gửi`) }))
      .toBeVisible();
    expect(container.textContent).not.toContain('Đã tải về tệp');
    root.unmount();
    root = null;
    await dropDatabase(store, name);
  }, 120_000);
});
