/**
 * Runs async steps one at a time, in call order: each store reads, changes and writes its JSON file
 * inside one step, so two calls at once cannot both take the same sequence number.
 */
export type Serial = <T>(step: () => Promise<T>) => Promise<T>;

export function createSerial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = tail.then(step, step);
    tail = run.catch(() => undefined);
    return run;
  };
}
