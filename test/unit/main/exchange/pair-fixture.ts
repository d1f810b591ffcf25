import path from 'node:path';
import { expect } from 'vitest';
import type { Clock } from '../../../../main/services/exchange/exchange-deps';
import type { PublicKeyInfo } from '../../../../shared/exchange/keys-contract';
import { makeHost, type TestHost, upload, value } from './host-fixture';

export const OFFICE = '49201';
export const PROVINCE = '49';

export interface Pair {
  office: TestHost;
  province: TestHost;
  officeKeys: PublicKeyInfo;
  provinceKeys: PublicKeyInfo;
}

/** Downloads a sent bundle as the renderer would, to hand it to the other side as an upload. */
export async function carry(from: TestHost, recipientUnit: string, sequence: number) {
  const file = await value(from.api.bundles.download({ ref: { recipientUnit, sequence } }));
  return upload(file.fileName, file.base64);
}

/**
 * An office and its province that have done the whole key exchange through the API: enrollment
 * imported, fingerprint confirmed, approved, opened and committed; config back the same way.
 */
export async function enrolledPair(root: string, clock?: Clock): Promise<Pair> {
  const opts = clock ? { clock } : {};
  const office = await makeHost(path.join(root, 'office'), opts);
  const province = await makeHost(path.join(root, 'province'), opts);
  const officeKeys = await value(office.api.keys.create({ unit: OFFICE, wrappingKey: office.wrappingKey }));
  const provinceKeys = await value(
    province.api.keys.create({ unit: PROVINCE, wrappingKey: province.wrappingKey }),
  );

  const enrollment = await value(
    office.api.bundles.createEnrollment({ recipientUnit: PROVINCE, unitName: 'Phòng LĐ-TB&XH Tam Kỳ' }),
  );
  expect(enrollment.sequence).toBe(1);
  const enrollmentFile = await carry(office, PROVINCE, 1);
  const imported = await value(province.api.trust.importKeys({ source: enrollmentFile }));
  if (!imported.ok) throw new Error(`${imported.rejection.code}: ${imported.rejection.detail}`);
  expect(imported.peer.status).toBe('pending');
  expect(imported.peer.signingFingerprint).toBe(officeKeys.signingFingerprint);
  await value(
    province.api.trust.approve({
      keyId: imported.peer.keyId,
      signingFingerprint: officeKeys.signingFingerprint,
    }),
  );
  const openedEnrollment = await value(province.api.bundles.open({ source: enrollmentFile }));
  if (!openedEnrollment.ok)
    throw new Error(`${openedEnrollment.rejection.code}: ${openedEnrollment.rejection.detail}`);
  await value(province.api.bundles.commit({ manifestSha256: openedEnrollment.manifestSha256 }));

  await value(
    province.api.bundles.createConfig({
      recipientUnit: OFFICE,
      records: { plan: [{ id: 'qn-2021', year: 2025 }] },
    }),
  );
  const configFile = await carry(province, OFFICE, 1);
  const config = await value(office.api.trust.importKeys({ source: configFile }));
  if (!config.ok) throw new Error(`${config.rejection.code}: ${config.rejection.detail}`);
  expect(config.peer.introducedBy).toBe('config');
  await value(
    office.api.trust.approve({
      keyId: config.peer.keyId,
      signingFingerprint: provinceKeys.signingFingerprint,
    }),
  );
  const openedConfig = await value(office.api.bundles.open({ source: configFile }));
  if (!openedConfig.ok) throw new Error(`${openedConfig.rejection.code}: ${openedConfig.rejection.detail}`);
  expect(openedConfig.records.plan).toEqual([{ id: 'qn-2021', year: 2025 }]);
  await value(office.api.bundles.commit({ manifestSha256: openedConfig.manifestSha256 }));
  return { office, province, officeKeys, provinceKeys };
}

/**
 * A data bundle's records as the sharing rule builds them (shared/exchange/sharing): counter rows of
 * `n` months of one commune, no case-level row. `total` varies a revision's figures.
 */
export const sharedCounters = (n: number, total = 1) => ({
  aggregates: Array.from({ length: n }, (_, i) => {
    const period = `2025-${String((i % 12) + 1).padStart(2, '0')}`;
    return {
      key: `case|20314|${period}`,
      kind: 'case' as const,
      unit: '20314',
      period,
      counts: { total, gbv: total, soughtHelp: total, breakdownWithheld: total },
    };
  }),
});
