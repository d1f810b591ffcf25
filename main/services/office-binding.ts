import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type BoundOffice, boundOfficeSchema } from '../../shared/app/app-contract';
import { HostFailure } from '../../shared/host/result';
import type { OfficeProfile } from '../../shared/model/office';
import { readJsonFile, writeJsonFile } from './exchange/json-file';
import type { FileSystem } from './fs/file-system';

/** The file in the data folder that names the office the folder belongs to. */
export const OFFICE_FILE = 'office.json';

export interface OfficeBinding {
  /** The office this data folder belongs to, or null before first-run setup completes. */
  get(): Promise<BoundOffice | null>;
  /** Records the office at the end of first-run setup; refused when the folder already has one. */
  bind(office: OfficeProfile): Promise<BoundOffice>;
}

const day = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

/**
 * One data folder serves one office. The browser keeps the office's records (IndexedDB) per origin and
 * profile, so the folder is what tells a second setup — over a cleared or another browser profile —
 * from the first one, and refuses it.
 */
export function createOfficeBinding(fs: FileSystem, dataDir: string, now: () => Date = () => new Date()) {
  const file = path.join(dataDir, OFFICE_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  const get = () => readJsonFile(fs, file, boundOfficeSchema);
  const binding: OfficeBinding = {
    get,
    bind: (office) =>
      serial(async () => {
        const existing = await get();
        if (existing !== null) {
          throw new HostFailure('notAllowed', 'folderBound', {
            name: existing.name,
            unitCode: existing.unitCode,
            date: day(existing.boundAt),
          });
        }
        const bound = boundOfficeSchema.parse({
          officeId: randomUUID(),
          unitCode: office.unitCode,
          name: office.name,
          role: office.role,
          provinceCode: office.provinceCode,
          boundAt: now().toISOString(),
        });
        await fs.mkdir(dataDir, 0o700);
        await writeJsonFile(fs, file, bound);
        return bound;
      }),
  };
  return binding;
}
