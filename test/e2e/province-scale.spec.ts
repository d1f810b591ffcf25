import { copyFile, mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import {
  bundleFromUnknownKey,
  cutShort,
  editManifest,
  flipPayloadByte,
  otherZip,
} from '../support/bundle-files';
import { type DovecotUser, smtpIntoDovecot, startDovecot, subjectsIn } from '../support/dovecot';
import { expect, test } from './fixtures';
import { allRows } from './pages/data-table';
import { closeSides, enrollAll, openSide, type Side } from './pages/exchange-pair';
import { MailPage } from './pages/mail-page';
import { logIn, logOut, setUpOffice } from './pages/office';

/** Đà Nẵng city and three of its 94 wards and communes (codes from shared/data/da-nang-2025-communes.csv). */
const CITY = '48';
const HAI_CHAU = '20242';
const SON_TRA = '20263';
const THANH_KHE = '20209';

const TINH: DovecotUser = { user: 'tinh', pass: 'tinh-e2e-mk', address: 'tinh@binhan.test' };
const HAI_CHAU_MAIL: DovecotUser = {
  user: 'haichau',
  pass: 'haichau-e2e-mk',
  address: 'haichau@binhan.test',
};

/** The name an office's data bundle is saved under (shared/bundle/manifest.ts, bundleFileName). */
const dataFile = (unit: string, sequence: number) =>
  `binhan_${unit}_to_${CITY}_data_${String(sequence).padStart(6, '0')}.zip`;

const IMPORTED = 'Đã nhập';
const KNOWN = 'Đã có từ trước (không nhập lại)';
const refused = (reason: string) => `Từ chối: ${reason}`;

/** Send → data bundles `sequences`, each saved into the folder `saveTo` names for it (none: kept in the app only). */
async function makeData(office: Side, sequences: number[], saveTo: (sequence: number) => string | null) {
  await office.exchange.open('send');
  for (const sequence of sequences) {
    await office.exchange.createData(sequence);
    const dir = saveTo(sequence);
    if (dir !== null) await office.exchange.saveToFolder(dir);
  }
}

test.describe.configure({ timeout: 480_000 });
// A click that cannot happen fails within a minute, naming its step, instead of at the test's end.
test.use({ actionTimeout: 60_000 });

/**
 * Issue 13's province at scale, through the UI of three PCs (own web host, data folder and browser
 * profile each): Đà Nẵng city and two of today's wards. The mail round trip of a data bundle and its
 * receipt is mail.spec.ts's; here mail carries a re-send, and the province's mailbox is checked by
 * itself at sign-in (mailbox-schedule.ts), with no click on "Kiểm tra hộp thư ngay".
 */
test('the province at scale: enrollment by the phoned code, a stick of 20 bundles in one action, receipts for all, a gap re-sent by mail and fetched at sign-in, the board of all 94 units', async ({
  workDir,
}) => {
  const stick = path.join(workDir, 'stick');
  const copies = path.join(stick, 'sao-luu');
  const damaged = path.join(stick, 'hong');
  const foreign = path.join(stick, 'la');
  const receipts = path.join(workDir, 'receipts');
  const keys = { haiChau: path.join(workDir, 'keys-hai-chau'), sonTra: path.join(workDir, 'keys-son-tra') };
  for (const dir of [copies, damaged, foreign, receipts, keys.haiChau, keys.sonTra])
    await mkdir(dir, { recursive: true });
  const dovecot = await startDovecot([TINH, HAI_CHAU_MAIL]);
  const relay = await smtpIntoDovecot(dovecot);
  const opening = [
    openSide(workDir, 'province'),
    openSide(workDir, 'hai-chau'),
    openSide(workDir, 'son-tra'),
  ] as const;
  try {
    const [province, haiChau, sonTra] = await Promise.all(opening);
    const [{ admin }] = await Promise.all([
      setUpOffice(province.page, { role: 'province', unit: 'Đà Nẵng' }),
      setUpOffice(haiChau.page, { role: 'commune', unit: 'Hải Châu' }),
      setUpOffice(sonTra.page, { role: 'commune', unit: 'Sơn Trà' }),
    ]);
    const provinceMail = new MailPage(province.page);
    const haiChauMail = new MailPage(haiChau.page);

    // Enrollment: each office's code is read off its screen and typed at the province (approveWith
    // checks the dialog does not show it); bundle 1 of each office is its enrollment.
    await enrollAll(province, [
      { office: haiChau, usb: keys.haiChau, name: 'Hải Châu' },
      { office: sonTra, usb: keys.sonTra, name: 'Sơn Trà' },
    ]);
    // Side by side: Hải Châu makes bundles 2–6 and carries all but 4 and 5 to the stick; Sơn Trà
    // makes 2–4; the city sets up its mail (SMTP out, the IMAP mailbox in).
    await Promise.all([
      (async () => {
        await makeData(haiChau, [2, 3, 4, 5, 6], (sequence) =>
          sequence === 4 || sequence === 5 ? null : stick,
        );
        await haiChauMail.open();
        await haiChauMail.setSmtp({
          host: '127.0.0.1',
          port: relay.port,
          from: HAI_CHAU_MAIL.address,
          to: TINH.address,
        });
      })(),
      makeData(sonTra, [2, 3, 4], () => stick),
      (async () => {
        await provinceMail.open();
        await provinceMail.setSmtp({
          host: '127.0.0.1',
          port: relay.port,
          from: TINH.address,
          to: 'so@binhan.test',
        });
        await provinceMail.setImap({
          host: '127.0.0.1',
          port: dovecot.port,
          user: TINH.user,
          password: TINH.pass,
        });
      })(),
    ]);

    // The stick as it reaches the province: the offices' bundles, a mail client's renamed copy (the
    // only copy of Hải Châu's 6), a folder of copies (some renamed), a bundle with payload bytes
    // changed, one with its signed manifest edited, a copy cut short, photos, and bundles signed by
    // keys the province never approved.
    const onStick = (unit: string, sequence: number) => path.join(stick, dataFile(unit, sequence));
    const renamed = (unit: string, sequence: number) => dataFile(unit, sequence).replace('.zip', ' (1).zip');
    await rename(onStick(HAI_CHAU, 6), path.join(stick, renamed(HAI_CHAU, 6)));
    await flipPayloadByte(onStick(SON_TRA, 4), onStick(SON_TRA, 4));
    const copied = [
      dataFile(HAI_CHAU, 2),
      dataFile(HAI_CHAU, 3),
      dataFile(HAI_CHAU, 6),
      dataFile(SON_TRA, 2),
      dataFile(SON_TRA, 3),
      renamed(HAI_CHAU, 2),
      renamed(HAI_CHAU, 3),
      renamed(SON_TRA, 2),
      renamed(SON_TRA, 3),
    ];
    for (const name of copied) {
      const original = name === dataFile(HAI_CHAU, 6) ? renamed(HAI_CHAU, 6) : name.replace(' (1)', '');
      await copyFile(path.join(stick, original), path.join(copies, name));
    }
    await editManifest(onStick(HAI_CHAU, 3), path.join(damaged, dataFile(HAI_CHAU, 3)));
    await cutShort(onStick(HAI_CHAU, 2), path.join(damaged, dataFile(HAI_CHAU, 2)));
    await otherZip(path.join(stick, 'anh-tap-huan.zip'));
    await bundleFromUnknownKey(THANH_KHE, CITY, foreign);
    await bundleFromUnknownKey(HAI_CHAU, CITY, foreign);

    // One action for the whole stick; one summary, and one line per file with its reason.
    await province.exchange.open('import');
    await province.exchange.importAll(stick);
    const many = province.exchange.many;
    await expect(many.getByText(/^\d+ tệp: /)).toHaveText(
      '20 tệp: 5 đã nhập, 9 đã có từ trước, 6 bị từ chối, 0 khoá chờ phê duyệt.',
      { timeout: 120_000 },
    );
    const rows = await allRows(many.getByRole('table', { name: 'Kết quả nhập các gói' }));
    const corrupt = refused('Tệp gói bị hỏng hoặc không đầy đủ (có thể bị cắt ngang khi chép).');
    const unknownKey = refused('Gói được ký bằng một khoá chưa được phê duyệt: không rõ người gửi.');
    expect(Object.fromEntries(rows.map((cells) => [cells[0], cells[4]]))).toEqual({
      [dataFile(HAI_CHAU, 2)]: IMPORTED,
      [dataFile(HAI_CHAU, 3)]: IMPORTED,
      [renamed(HAI_CHAU, 6)]: IMPORTED,
      [dataFile(SON_TRA, 2)]: IMPORTED,
      [dataFile(SON_TRA, 3)]: IMPORTED,
      ...Object.fromEntries(copied.map((name) => [`sao-luu/${name}`, KNOWN])),
      [dataFile(SON_TRA, 4)]: refused(
        'Dữ liệu trong gói không khớp với bản kê đã ký: tệp bị hỏng hoặc bị sửa.',
      ),
      [`hong/${dataFile(HAI_CHAU, 3)}`]: refused(
        'Chữ ký số không hợp lệ: gói đã bị thay đổi hoặc không do đơn vị gửi ký.',
      ),
      [`hong/${dataFile(HAI_CHAU, 2)}`]: corrupt,
      'anh-tap-huan.zip': corrupt,
      [`la/${dataFile(THANH_KHE, 2)}`]: unknownKey,
      [`la/${dataFile(HAI_CHAU, 2)}`]: unknownKey,
    });
    // The renamed copy's kind, office and number come from its signed manifest, not from its name.
    expect(rows).toContainEqual([
      renamed(HAI_CHAU, 6),
      'Dữ liệu',
      expect.stringContaining('Hải Châu'),
      '6',
      IMPORTED,
    ]);

    // Receipts for every office that sent data, in one action.
    await many.getByLabel('Lưu biên nhận vào thư mục hoặc USB').fill(receipts);
    await many.getByRole('button', { name: 'Ghi biên nhận cho 2 đơn vị' }).click();
    await expect(many.getByText('Đã tạo và ghi 2 biên nhận.')).toBeVisible({ timeout: 30_000 });
    expect((await readdir(receipts)).sort()).toEqual([
      expect.stringMatching(new RegExp(`^binhan_${CITY}_to_${HAI_CHAU}_receipt_\\d{6}\\.zip$`)),
      expect.stringMatching(new RegExp(`^binhan_${CITY}_to_${SON_TRA}_receipt_\\d{6}\\.zip$`)),
    ]);

    // The board: every unit the city expects, the two that report on time, Hải Châu's gap.
    await province.exchange.open('board');
    const board = province.page;
    const row = (code: string) => board.getByRole('row').filter({ hasText: `(${code})` });
    await expect(board.getByText('Đang hiện 94 / 94 đơn vị')).toBeVisible();
    await expect(row(HAI_CHAU)).toContainText('Đúng hạn');
    await expect(row(HAI_CHAU).getByRole('cell').nth(3)).toHaveText('4–5');
    await expect(row(SON_TRA)).toContainText('Đúng hạn');
    await expect(row(SON_TRA).getByRole('cell').nth(3)).toHaveText('không thiếu');
    // Each office's history says what its bundles held in words, not the payload's keys.
    await row(HAI_CHAU).getByRole('button', { name: 'Lịch sử' }).click();
    const history = board.getByRole('dialog').getByRole('table', { name: /^Các gói đã nhận từ .*Hải Châu/ });
    await expect(history).toContainText('Số liệu tổng hợp');
    await expect(history).not.toContainText(/aggregate/);
    await board.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
    await board.getByRole('combobox', { name: 'Lọc theo tình trạng' }).click();
    await board.getByRole('option', { name: 'Chưa đăng ký khoá' }).click();
    await expect(board.getByText('Đang hiện 92 / 94 đơn vị')).toBeVisible();
    // The unknown key's bundle left no trace: Thanh Khê still never enrolled, nothing received.
    await board.getByLabel('Tìm đơn vị').fill('Thanh Khê');
    await expect(board.getByText('Đang hiện 1 / 94 đơn vị')).toBeVisible();
    await expect(row(THANH_KHE)).toContainText('Chưa đăng ký khoá');

    // Hải Châu reads its receipt: the province is missing 4–5; one action re-sends both by mail.
    await haiChau.exchange.open('import');
    await haiChau.exchange.openFromFolder(receipts, new RegExp(`_to_${HAI_CHAU}_receipt_`));
    await expect(
      haiChau.page.getByText('Tỉnh báo thiếu các gói: 4–5. Hãy gửi lại các gói này.'),
    ).toBeVisible();
    await haiChau.exchange.open('send');
    const request = haiChau.page.getByRole('alert').filter({ hasText: 'Tỉnh còn thiếu gói số 4–5' });
    await request.getByRole('button', { name: 'Gửi lại 2 gói qua thư điện tử' }).click();
    await expect(
      haiChau.page.getByText('Đã đưa 2 gói vào hộp thư đi: sẽ gửi khi máy chủ thư nhận.'),
    ).toBeVisible();

    // The next morning: the re-sent bundles wait in the city's mailbox when its officer signs in, and
    // the mailbox is checked by itself: imported, the receipt mailed back, the gap gone.
    await logOut(province.page);
    await expect.poll(() => subjectsIn(dovecot, TINH), { timeout: 60_000 }).toHaveLength(2);
    await logIn(province.page, admin.username, admin.passphrase);
    await provinceMail.open();
    await expect(
      provinceMail.inbox.getByText('Vừa nhập từ thư: 2 gói mới, 0 gói đã có, 0 gói chưa nhập được.'),
    ).toBeVisible({ timeout: 60_000 });
    await expect(
      provinceMail.inbox.getByText(/^Đã đưa biên nhận cho .*Hải Châu.* vào hộp thư đi\.$/),
    ).toBeVisible();
    await expect.poll(() => subjectsIn(dovecot, HAI_CHAU_MAIL), { timeout: 60_000 }).toHaveLength(1);
    await province.exchange.open('board');
    await expect(row(HAI_CHAU).getByRole('cell').nth(3)).toHaveText('không thiếu');
    await expect(row(HAI_CHAU)).toContainText('Đúng hạn');
  } finally {
    const sides = (await Promise.allSettled(opening)).flatMap((s) =>
      s.status === 'fulfilled' ? [s.value] : [],
    );
    await closeSides(...sides);
    await relay.close();
    await dovecot.stop();
  }
});
