import type ExcelJS from 'exceljs';
import type { BinhAnStore } from '../../renderer/db';
import { findHeaderRow } from '../../renderer/features/programme/import/cells';
import { readXlsx } from '../../renderer/features/programme/import/xlsx';
import {
  guessMapping,
  isParticipantHeader,
} from '../../renderer/features/programme/training/participant-columns';
import {
  previewParticipants,
  writeParticipants,
} from '../../renderer/features/programme/training/participant-import';
import { QUANG_NAM_UNITS } from '../../shared/data/quang-nam-units';
import { type PersonInput, unitFieldsSchema } from '../../shared/model';
import { foldVietnamese } from '../../shared/text/fold';
import { deleteDb, rawReadAll } from './raw';
import { freshStore } from './store-steps';

/**
 * The attendance-list import (issue 5 item 8), inside headless Chromium: an .xlsx of N
 * participants — a quarter of them already registered, written without diacritics — read, mapped,
 * matched against a register of M people and written through the repositories, against a raw
 * IndexedDB bulkAdd of the same people and attendance rows.
 */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Thị', 'Văn', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Quốc', 'Xuân', 'Thu'];
const GIVEN = [
  'Hoà',
  'Bình',
  'An',
  'Lan',
  'Mai',
  'Hùng',
  'Dũng',
  'Hương',
  'Thảo',
  'Tuấn',
  'Nga',
  'Phúc',
  'Trâm',
  'Vy',
];
const DISTRICTS = QUANG_NAM_UNITS.filter((u) => u.level === 'district');
const CATEGORIES = [
  'Cán bộ chính quyền',
  'Cán bộ làm công tác bình đẳng giới',
  'Cộng tác viên',
  'Tình nguyện viên',
];
const log = (text: string) => console.log(`[bench] ${text}`);

/** The i-th synthetic person: distinct names (a numbered given name) spread over the districts. */
function person(i: number): PersonInput & { unitName: string } {
  const unit = DISTRICTS[i % DISTRICTS.length] ?? { code: '502', name: 'Tam Kỳ' };
  const given = GIVEN[i % GIVEN.length] ?? 'An';
  return {
    fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / 12) % MIDDLE.length]} ${given} ${i}`,
    sex: i % 3 === 0 ? 'male' : 'female',
    unitCode: unit.code,
    unitName: unit.name,
    category: 'official',
  };
}

let store: BinhAnStore | null = null;
let eventId = '';

// exceljs loads on demand, as in the app (renderer/features/programme/import/xlsx.ts).
const excel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

async function attendanceList(rows: number, registered: number): Promise<ArrayBuffer> {
  const workbook = new (await excel()).Workbook();
  const sheet = workbook.addWorksheet('Điểm danh');
  sheet.addRow(['DANH SÁCH HỌC VIÊN THAM DỰ TẬP HUẤN']);
  sheet.addRow(['STT', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Đơn vị', 'Đối tượng']);
  for (let i = 0; i < rows; i++) {
    // Every 4th row is someone already registered, typed without diacritics.
    const known = i % 4 === 0 && registered > 0;
    const p = known ? person((i * 7) % registered) : person(registered + i);
    sheet.addRow([
      i + 1,
      known ? foldVietnamese(p.fullName) : p.fullName,
      p.sex === 'male' ? 'Nam' : 'Nữ',
      'Cán bộ',
      `UBND huyện ${p.unitName}`,
      CATEGORIES[i % CATEGORIES.length],
    ]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).slice().buffer;
}

function rawBulkAdd(name: string, people: number, attendances: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('people', { keyPath: 'id' }).createIndex('nameFolded', 'nameFolded');
      request.result.createObjectStore('attendances', { keyPath: 'id' }).createIndex('eventId', 'eventId');
    };
    request.onsuccess = () => {
      const db = request.result;
      const t0 = performance.now();
      const tx = db.transaction(['people', 'attendances'], 'readwrite');
      for (let i = 0; i < people; i++) {
        const p = person(i);
        tx.objectStore('people').add({
          ...p,
          id: crypto.randomUUID(),
          nameFolded: foldVietnamese(p.fullName),
        });
      }
      for (let i = 0; i < attendances; i++)
        tx.objectStore('attendances').add({
          id: crypto.randomUUID(),
          eventId: 'e',
          personId: String(i),
          year: 2025,
        });
      tx.oncomplete = () => {
        const ms = performance.now() - t0;
        db.close();
        resolve(ms);
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

export const importSteps = {
  /** A fresh office with a training and `registered` people in the register. */
  async importSetup(args: { name: string; registered: number }): Promise<{ ms: number }> {
    const t0 = performance.now();
    store = await freshStore(args.name);
    const event = await store.programme.events.create({
      title: 'Tập huấn phòng, chống bạo lực trên cơ sở giới',
      organiser: 'Sở LĐ-TB&XH',
      unitCode: '49',
      startDate: '2025-03-12',
    });
    eventId = event.id;
    const people = Array.from({ length: args.registered }, (_, i) => {
      const { unitName: _unit, ...input } = person(i);
      return input;
    });
    await store.programme.createPeople(people, { batchSize: 5000 });
    log(`registered ${args.registered} people`);
    return { ms: performance.now() - t0 };
  },

  /**
   * Parse + map + match + write of an .xlsx of `rows` participants, each phase timed; beside
   * exceljs loading the same file (parse) and a raw getAll() of the register (match).
   */
  async importRun(args: { name: string; rows: number; registered: number }) {
    if (store === null) throw new Error('importSetup first');
    const file = await attendanceList(args.rows, args.registered);
    const workbook = new (await excel()).Workbook();
    const tLoad = performance.now();
    await workbook.xlsx.load(file);
    const rawParse = performance.now() - tLoad;
    const rawMatch = (await rawReadAll(args.name, ['people'])).ms;
    const t0 = performance.now();
    const rows = await readXlsx(file);
    const headerIndex = findHeaderRow(rows, isParticipantHeader);
    const mapping = guessMapping(rows[headerIndex] ?? []);
    const t1 = performance.now();
    const units = QUANG_NAM_UNITS.map((u) => unitFieldsSchema.parse(u));
    const preview = await previewParticipants(store, eventId, rows, headerIndex, mapping, {
      units,
      defaultUnit: '49',
      defaultCategory: 'official',
    });
    const t2 = performance.now();
    const writes = preview.flatMap((row) =>
      row.person === null || row.duplicateOf !== null
        ? []
        : [{ person: row.person, choice: row.match?.choice ?? 'new' }],
    );
    const result = await writeParticipants(store, eventId, writes);
    const t3 = performance.now();
    return {
      parse: t1 - t0,
      match: t2 - t1,
      write: t3 - t2,
      total: t3 - t0,
      rawParse,
      rawMatch,
      bytes: file.byteLength,
      invalid: preview.filter((row) => row.person === null).length,
      matched: writes.filter((w) => w.choice !== 'new').length,
      ...result,
    };
  },

  /** Raw IndexedDB: one transaction adding the same number of people and attendance rows. */
  async importRaw(args: { name: string; people: number; attendances: number }): Promise<{ ms: number }> {
    await deleteDb(args.name);
    const ms = await rawBulkAdd(args.name, args.people, args.attendances);
    await deleteDb(args.name);
    return { ms };
  },
};
