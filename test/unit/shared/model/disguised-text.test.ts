import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/i18n/en';
import { vi } from '../../../../renderer/i18n/vi';
import { bundleSourceSchema, localPathSchema } from '../../../../shared/exchange/common';
import {
  caseInputSchema,
  fileName,
  personFieldsSchema,
  schoolFieldsSchema,
  unitFieldsSchema,
  userInputSchema,
  V,
} from '../../../../shared/model';
import { validCaseInput } from './case-fixture';

/** "Lan ‮gnp.exe" displays as "Lan exe.png": the right-to-left override reverses what follows. */
const RLO_NAME = 'Lan \u202Egnp.exe';
const DISGUISES = [
  RLO_NAME,
  'Lan\u202A',
  'Lan\u202B',
  'Lan\u202C',
  'Lan\u202D',
  '\u2066Lan\u2069',
  'Lan\u2067',
  'Lan\u2068',
  'La\u200Bn',
  'La\u200Cn',
  'La\u200Dn',
  'La\u2060n',
  'La\uFEFFn',
  'La\u200Fn',
];

const caseInput = (fullName: string) => validCaseInput(fullName);

function messageAt(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('text that cannot disguise itself', () => {
  it('refuses a survivor name with a right-to-left override, with a clear Vietnamese message', () => {
    const result = caseInputSchema.safeParse(caseInput(RLO_NAME));
    expect(result.success).toBe(false);
    expect(messageAt(result)['identity.fullName']).toBe(V.disguisedText);
    expect(vi.store.validation.disguisedText).toMatch(/ký tự ẩn/);
    expect(en.store.validation.disguisedText).toMatch(/hidden characters/);
    // The same name typed plainly passes.
    expect(caseInputSchema.safeParse(caseInput('Lan exe.png')).success).toBe(true);
  });

  it('refuses every bidirectional control and zero-width character in names', () => {
    for (const name of DISGUISES) {
      expect(messageAt(caseInputSchema.safeParse(caseInput(name)))['identity.fullName'], name).toBe(
        V.disguisedText,
      );
      const person = personFieldsSchema.safeParse({
        fullName: name,
        sex: 'female',
        unitCode: '502',
        category: 'official',
      });
      expect(messageAt(person).fullName, name).toBe(V.disguisedText);
      expect(messageAt(schoolFieldsSchema.safeParse({ name, level: 'primary', unitCode: '502' })).name).toBe(
        V.disguisedText,
      );
    }
  });

  it('refuses them in codes, user names and optional lines of text', () => {
    const unit = unitFieldsSchema.safeParse({
      code: '502\u200B',
      name: 'Xã \u202Eạn',
      level: 'commune',
      kind: 'commune',
      parentCode: null,
      validFrom: null,
      validTo: null,
    });
    expect(messageAt(unit)).toMatchObject({ code: V.invalidCode, name: V.disguisedText });
    const user = userInputSchema.safeParse({
      username: 'lan\u200b',
      displayName: 'Lan\u2066',
      passphrase: 'correct horse battery',
      roles: ['viewer'],
    });
    expect(messageAt(user).displayName).toBe(V.disguisedText);
    expect(messageAt(user).username).toBeDefined();
    const address = caseInputSchema.safeParse({
      ...caseInput('Trần Thị Mai'),
      identity: { fullName: 'Trần Thị Mai', address: 'Thôn \u202E1' },
    });
    expect(messageAt(address)['identity.address']).toBe(V.disguisedText);
  });

  it('refuses them in file names, at the model and at main’s door', () => {
    expect(fileName().safeParse('danh-sach.xlsx').success).toBe(true);
    expect(fileName().safeParse('danh-sach\u202Exslx.exe').error?.issues[0]?.message).toBe(V.disguisedText);
    expect(fileName().safeParse('a\u0000b.csv').success).toBe(false);
    expect(localPathSchema.safeParse('/media/usb/goi\u202Epiz.exe').success).toBe(false);
    expect(localPathSchema.safeParse('/media/usb/Gói dữ liệu.zip').success).toBe(true);
    const upload = (name: string) =>
      bundleSourceSchema.safeParse({ from: 'upload', fileName: name, base64: '' });
    expect(upload('49-502-0001.zip').success).toBe(true);
    expect(upload('49-502-0001\u200B.zip').success).toBe(false);
  });

  it('lets a narrative keep emoji joined by a zero-width joiner (prose, not a name)', () => {
    const result = caseInputSchema.safeParse({
      ...caseInput('Trần Thị Mai'),
      identity: { fullName: 'Trần Thị Mai', narrative: 'Tin nhắn: 👩\u200D👧' },
    });
    expect(result.success).toBe(true);
  });
});
