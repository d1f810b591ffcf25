import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_AFTER_DELIVERY_MS } from '../../../../main/services/exchange/sent-store';
import { failure, removeRoot, tempRoot, value } from './host-fixture';
import { carry, enrolledPair, OFFICE, PROVINCE, sharedCounters } from './pair-fixture';

describe('retention of sent bundles', () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => removeRoot(root));

  it('keeps a file until a receipt covers it and 30 days more, then deletes it at the next receipt; the line stays', async () => {
    let now = Date.parse('2025-06-01T08:00:00.000Z');
    const { office, province } = await enrolledPair(root, { now: () => new Date(now) });
    const data = await value(
      office.api.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(1) }),
    );
    const opened = await value(province.api.bundles.open({ source: await carry(office, PROVINCE, 2) }));
    if (!opened.ok) throw new Error(`${opened.rejection.code}: ${opened.rejection.detail}`);
    await value(province.api.bundles.commit({ manifestSha256: opened.manifestSha256 }));
    await value(office.api.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(2) }));

    await value(province.api.bundles.createReceipt({ officeUnit: OFFICE }));
    await value(office.api.bundles.importReceipt({ source: await carry(province, OFFICE, 2) }));
    const file = path.join(office.dataDir, 'sent', data.fileName);
    expect(existsSync(file)).toBe(true);

    now += KEEP_AFTER_DELIVERY_MS + 1000;
    await value(province.api.bundles.createReceipt({ officeUnit: OFFICE }));
    await value(office.api.bundles.importReceipt({ source: await carry(province, OFFICE, 3) }));
    expect(existsSync(file)).toBe(false);
    const sent = (await value(office.api.bundles.listSent({}))).bundles;
    expect(sent.map((b) => [b.sequence, b.fileKept, b.deliveredAt !== null])).toEqual([
      [1, false, true],
      [2, false, true],
      [3, true, false],
    ]);
    const gone = await failure(
      office.api.bundles.download({ ref: { recipientUnit: PROVINCE, sequence: 2 } }),
    );
    expect(gone).toMatchObject({ code: 'notFound', reason: 'sentPruned' });
  });
});
