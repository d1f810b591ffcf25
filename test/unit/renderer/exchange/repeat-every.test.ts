import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeatEvery } from '../../../../renderer/features/exchange/mail/repeat-every';

const MINUTE = 60_000;

describe('the periodic mailbox check (repeatEvery, on a fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks at once, then every 15 minutes, and not in between', async () => {
    const task = vi.fn(async () => {});
    const stop = repeatEvery(15 * MINUTE, task);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(15 * MINUTE - 1);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(task).toHaveBeenCalledTimes(4);
    stop();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(task).toHaveBeenCalledTimes(4);
  });

  it('a check that fails (offline) is reported and the next one still comes', async () => {
    const errors: unknown[] = [];
    const task = vi.fn(async () => {
      throw new Error('offline');
    });
    const stop = repeatEvery(15 * MINUTE, task, (e) => errors.push(e));
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(task).toHaveBeenCalledTimes(2);
    expect(errors).toHaveLength(2);
    stop();
  });

  it('a slow check is never overlapped: the next waits 15 minutes after it ends', async () => {
    let finish = () => {};
    let running = 0;
    let most = 0;
    const task = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          running += 1;
          most = Math.max(most, running);
          finish = () => {
            running -= 1;
            resolve();
          };
        }),
    );
    const stop = repeatEvery(15 * MINUTE, task);
    await vi.advanceTimersByTimeAsync(40 * MINUTE);
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(15 * MINUTE - 1);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    stop();
    finish();
  });

  it('stopped while a check runs: no check follows it', async () => {
    let finish = () => {};
    const task = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = repeatEvery(15 * MINUTE, task);
    stop();
    finish();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
