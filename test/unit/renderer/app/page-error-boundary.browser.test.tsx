import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PageErrorBoundary } from '../../../../renderer/app/PageErrorBoundary';
import { initI18n } from '../../../../renderer/i18n';

// React only runs act() synchronously in an environment that says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let failing = true;
function Flaky() {
  if (failing) throw new Error('bảng vụ việc không đọc được');
  return <p>Trang đã hiện lại</p>;
}

describe('PageErrorBoundary', () => {
  let root: Root | null = null;
  let i18n: Awaited<ReturnType<typeof initI18n>>;
  beforeAll(async () => {
    i18n = await initI18n('vi');
  });
  afterEach(() => {
    act(() => root?.unmount());
    document.body.innerHTML = '';
  });

  it('shows the error in Vietnamese instead of a blank page, and retry brings the page back', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host, { onCaughtError: () => {} });
    act(() =>
      root?.render(
        <I18nextProvider i18n={i18n}>
          <PageErrorBoundary>
            <Flaky />
          </PageErrorBoundary>
        </I18nextProvider>,
      ),
    );
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Trang này gặp lỗi');
    expect(alert?.textContent).toContain('Dữ liệu đã lưu không bị ảnh hưởng');
    expect(alert?.textContent).toContain('bảng vụ việc không đọc được');

    failing = false;
    const retry = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Thử lại');
    act(() => retry?.click());
    expect(host.textContent).toContain('Trang đã hiện lại');
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });
});
