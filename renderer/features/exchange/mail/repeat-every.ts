/**
 * Runs `task` now and then `everyMs` after each run ends (never two at once, however long one takes);
 * a run that fails is passed to `onError` and the next still comes. Returns the stop.
 */
export function repeatEvery(
  everyMs: number,
  task: () => Promise<void>,
  onError: (error: unknown) => void = () => {},
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const tick = () => {
    timer = null;
    void task()
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs);
      });
  };
  tick();
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
  };
}
