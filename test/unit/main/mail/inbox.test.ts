import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FaultyFileSystem } from '../../../../main/services/fs/faulty-file-system';
import type { HostApi } from '../../../../shared/host-api';
import {
  appendTo,
  type Dovecot,
  type DovecotUser,
  type SmtpRelay,
  smtpIntoDovecot,
  startDovecot,
  subjectsIn,
} from '../../../support/dovecot';
import { removeRoot, tempRoot, value } from '../exchange/host-fixture';
import { enrolledPair, OFFICE, type Pair, PROVINCE, sharedCounters } from '../exchange/pair-fixture';
import { makeMailHost } from './mail-fixture';
import { freePort, until } from './smtp-fixture';

const PROVINCE_MAIL: DovecotUser = { user: 'tinh', pass: 'tinh-mk-2025', address: 'tinh@binhan.test' };
const OFFICE_MAIL: DovecotUser = { user: 'tamky', pass: 'tamky-mk-2025', address: 'tamky@binhan.test' };
const DONE_FOLDER = 'Bình An/Đã nhập';

const imapFor = (dovecot: Dovecot, user: DovecotUser, processedFolder: string | null = DONE_FOLDER) => ({
  host: '127.0.0.1',
  port: dovecot.port,
  security: 'none' as const,
  user: user.user,
  mailbox: 'INBOX',
  processedFolder,
});

const smtpFor = (relay: SmtpRelay, from: string, to: string) => ({
  host: '127.0.0.1',
  port: relay.port,
  security: 'none' as const,
  user: '',
  from,
  to: [to],
});

/** Starts a check and waits for it to end; the status it ended with. */
async function check(api: HostApi) {
  await value(api.mail.checkNow());
  let status = await value(api.mail.inbox());
  await until(async () => {
    status = await value(api.mail.inbox());
    return !status.checking;
  }, 20_000);
  return status;
}

const plain = (subject: string, body = 'Xin chào') =>
  `From: ai.do@example.vn\r\nTo: tinh@binhan.test\r\nSubject: ${subject}\r\nMessage-ID: <${subject.replace(/\W/g, '')}@example.vn>\r\n\r\n${body}\r\n`;

const withZip = (subject: string, zip: Buffer, name = 'tai-lieu.zip') =>
  [
    'From: ai.do@example.vn',
    'To: tinh@binhan.test',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Tệp đính kèm.',
    '--b1',
    `Content-Type: application/zip; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    zip.toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--b1--',
    '',
  ].join('\r\n');

/** Every file under a folder whose bytes contain `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesContaining(p, needle));
    else if (readFileSync(p).includes(needle)) out.push(p);
  }
  return out;
}

describe('mail inbox against a real Dovecot IMAP server on 127.0.0.1', () => {
  let dovecot: Dovecot;
  let relay: SmtpRelay;
  let root: string;
  let pair: Pair | null = null;
  beforeAll(async () => {
    dovecot = await startDovecot([PROVINCE_MAIL, OFFICE_MAIL]);
    relay = await smtpIntoDovecot(dovecot);
  });
  afterAll(async () => {
    await relay?.close();
    await dovecot?.stop();
  });
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => {
    pair = null;
    removeRoot(root);
  });

  it('an office mails a data bundle; the province fetches, imports and marks it once; a receipt goes back and the office fetches it', async () => {
    pair = await enrolledPair(root);
    const { office, province } = pair;
    // The office sends through its real outbox (nodemailer → SMTP on 127.0.0.1 → Dovecot).
    await value(
      office.api.mail.saveSettings({ settings: smtpFor(relay, OFFICE_MAIL.address, PROVINCE_MAIL.address) }),
    );
    const sent = await value(
      office.api.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(2) }),
    );
    await value(office.api.mail.enqueue({ ref: { recipientUnit: PROVINCE, sequence: sent.sequence } }));
    // Beside it, mail that is not a bundle: left alone and listed.
    await appendTo(dovecot, PROVINCE_MAIL, plain('Lịch họp tháng 7'));
    await appendTo(
      dovecot,
      PROVINCE_MAIL,
      withZip('Ảnh tập huấn', Buffer.from('PK\x05\x06'.padEnd(22, '\0'))),
    );
    await until(async () => (await subjectsIn(dovecot, PROVINCE_MAIL)).length === 3, 20_000);

    await value(
      province.api.mail.saveSettings({
        settings: smtpFor(relay, PROVINCE_MAIL.address, OFFICE_MAIL.address),
      }),
    );
    await value(
      province.api.mail.saveInbox({
        settings: imapFor(dovecot, PROVINCE_MAIL),
        password: PROVINCE_MAIL.pass,
      }),
    );
    const first = await check(province.api);
    expect(first.lastCheck).toMatchObject({ problem: null, fetched: 1, marked: 0 });
    expect(first.bundles).toHaveLength(1);
    const staged = first.bundles[0];
    if (staged === undefined) throw new Error('nothing staged');
    expect(staged).toMatchObject({
      kind: 'data',
      senderUnit: OFFICE,
      from: OFFICE_MAIL.address,
      state: 'staged',
      fileName: sent.fileName,
      sha256: sent.sha256,
    });
    expect(first.skipped.map((s) => [s.subject, s.reason]).sort()).toEqual([
      ['Lịch họp tháng 7', 'noBundle'],
      ['Ảnh tập huấn', 'notBundle'],
    ]);

    // A second check before the import fetches nothing again and leaves the message where it is.
    const again = await check(province.api);
    expect(again.bundles).toHaveLength(1);
    expect(again.lastCheck).toMatchObject({ fetched: 0, marked: 0 });
    expect(await subjectsIn(dovecot, PROVINCE_MAIL)).toHaveLength(3);

    // Phase two, as the renderer does it: open from main's staging, apply, commit — then the window
    // closes before it reports. The next attempt finds the bundle already received and reports 'known'.
    const opened = await value(
      province.api.bundles.open({ source: { from: 'path', path: staged.path }, kinds: ['data'] }),
    );
    if (!opened.ok) throw new Error(opened.rejection.code);
    await value(province.api.bundles.commit({ manifestSha256: opened.manifestSha256 }));
    const reopened = await value(
      province.api.bundles.open({ source: { from: 'path', path: staged.path }, kinds: ['data'] }),
    );
    expect(reopened).toMatchObject({ ok: false, rejection: { code: 'replay' } });
    await value(province.api.mail.report({ id: staged.id, result: { outcome: 'known' } }));

    const marked = await check(province.api);
    expect(marked.lastCheck).toMatchObject({ problem: null, marked: 1, fetched: 0 });
    expect(marked.bundles[0]).toMatchObject({ id: staged.id, state: 'processed' });
    expect((await subjectsIn(dovecot, PROVINCE_MAIL)).sort()).toEqual(['Lịch họp tháng 7', 'Ảnh tập huấn']);
    expect(await subjectsIn(dovecot, PROVINCE_MAIL, DONE_FOLDER)).toEqual([`[Bình An] ${sent.fileName}`]);
    expect(
      readdirSync(path.join(province.dataDir, 'mail', 'inbox')).filter((n) => n.endsWith('.zip')),
    ).toEqual([]);
    expect((await check(province.api)).lastCheck).toMatchObject({ fetched: 0, marked: 0 });

    // The receipt goes back by SMTP to the address the bundle came from, not to the settings' `to`.
    const receipt = await value(province.api.bundles.createReceipt({ officeUnit: OFFICE }));
    const queued = await value(
      province.api.mail.enqueue({
        ref: { recipientUnit: OFFICE, sequence: receipt.sequence },
        replyTo: staged.id,
      }),
    );
    expect(queued.to).toEqual([OFFICE_MAIL.address]);
    await until(async () => (await subjectsIn(dovecot, OFFICE_MAIL)).length === 1, 20_000);

    // The office fetches it the same way (flagging instead of moving) and imports it.
    await value(
      office.api.mail.saveInbox({
        settings: imapFor(dovecot, OFFICE_MAIL, null),
        password: OFFICE_MAIL.pass,
      }),
    );
    const atOffice = await check(office.api);
    const receiptMail = atOffice.bundles[0];
    expect(receiptMail).toMatchObject({ kind: 'receipt', senderUnit: PROVINCE, state: 'staged' });
    const imported = await value(
      office.api.bundles.importReceipt({ source: { from: 'path', path: receiptMail?.path ?? '' } }),
    );
    expect(imported).toMatchObject({
      ok: true,
      fromUnit: PROVINCE,
      delivered: expect.arrayContaining([sent.sequence]),
    });
    await value(office.api.mail.report({ id: receiptMail?.id ?? '', result: { outcome: 'imported' } }));
    expect((await check(office.api)).lastCheck).toMatchObject({ marked: 1 });
    // Flagged, so it stays in the mailbox but is never fetched again.
    expect(await subjectsIn(dovecot, OFFICE_MAIL)).toHaveLength(1);
    expect((await check(office.api)).lastCheck).toMatchObject({ fetched: 0, marked: 0 });
  });

  it('a refused bundle stays in the mailbox and staged; after the fix it imports and is marked', async () => {
    pair = await enrolledPair(root);
    const { office, province } = pair;
    const sent = await value(
      office.api.bundles.createData({ recipientUnit: PROVINCE, records: sharedCounters(1) }),
    );
    const file = await value(
      office.api.bundles.download({ ref: { recipientUnit: PROVINCE, sequence: sent.sequence } }),
    );
    await appendTo(
      dovecot,
      PROVINCE_MAIL,
      withZip('Gói dữ liệu (gửi lại)', Buffer.from(file.base64, 'base64'), 'goi (1).zip'),
    );
    await value(
      province.api.mail.saveInbox({
        settings: imapFor(dovecot, PROVINCE_MAIL),
        password: PROVINCE_MAIL.pass,
      }),
    );
    const status = await check(province.api);
    const staged = status.bundles.find((b) => b.subject === 'Gói dữ liệu (gửi lại)');
    // The kind comes from the manifest, not from a renamed file.
    expect(staged).toMatchObject({ kind: 'data', fileName: 'goi (1).zip' });
    await value(
      province.api.mail.report({
        id: staged?.id ?? '',
        result: { outcome: 'refused', code: 'unknownSender' },
      }),
    );
    const after = await check(province.api);
    expect(after.bundles.find((b) => b.id === staged?.id)).toMatchObject({
      state: 'staged',
      refused: { code: 'unknownSender' },
    });
    expect(after.lastCheck).toMatchObject({ marked: 0, fetched: 0 });
    expect(await subjectsIn(dovecot, PROVINCE_MAIL)).toContain('Gói dữ liệu (gửi lại)');
    await value(province.api.mail.report({ id: staged?.id ?? '', result: { outcome: 'imported' } }));
    expect((await check(province.api)).lastCheck).toMatchObject({ marked: 1 });
    expect(await subjectsIn(dovecot, PROVINCE_MAIL)).not.toContain('Gói dữ liệu (gửi lại)');
  });

  it('leaves too large and too many attachments alone, and says why', async () => {
    const host = await makeMailHost(path.join(root, 'province'), undefined, {
      inboxLimits: {
        maxAttachmentBytes: 2000,
        maxAttachmentsPerMessage: 1,
        maxMessagesPerCheck: 50,
        maxStaged: 200,
      },
    });
    await value(host.api.keys.create({ unit: PROVINCE, wrappingKey: host.wrappingKey }));
    const big = Buffer.alloc(4000, 1);
    await appendTo(dovecot, PROVINCE_MAIL, withZip('Tệp lớn', big, 'lon.zip'));
    const two = withZip('Hai tệp', Buffer.from('PK')).replace(
      '--b1--',
      '--b1\r\nContent-Type: application/zip; name="b.zip"\r\nContent-Disposition: attachment; filename="b.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\nUEs=\r\n--b1--',
    );
    await appendTo(dovecot, PROVINCE_MAIL, two);
    await value(
      host.api.mail.saveInbox({ settings: imapFor(dovecot, PROVINCE_MAIL), password: PROVINCE_MAIL.pass }),
    );
    const status = await check(host.api);
    const reasons = Object.fromEntries(status.skipped.map((s) => [s.subject, s.reason]));
    expect(reasons).toMatchObject({ 'Tệp lớn': 'tooLarge', 'Hai tệp': 'tooMany' });
    expect(status.bundles.filter((b) => b.subject === 'Tệp lớn' || b.subject === 'Hai tệp')).toEqual([]);
    expect(await subjectsIn(dovecot, PROVINCE_MAIL)).toEqual(expect.arrayContaining(['Tệp lớn', 'Hai tệp']));
    host.outbox.stop();
  });

  it('a disk that fails while a bundle is fetched loses nothing: the message stays unmarked and the next check takes it', async () => {
    const sender = await makeMailHost(path.join(root, 'office'));
    await value(sender.api.keys.create({ unit: OFFICE, wrappingKey: sender.wrappingKey }));
    await value(sender.api.bundles.createEnrollment({ recipientUnit: PROVINCE }));
    const file = await value(sender.api.bundles.download({ ref: { recipientUnit: PROVINCE, sequence: 1 } }));
    await appendTo(
      dovecot,
      PROVINCE_MAIL,
      withZip('Đăng ký khoá Tam Kỳ', Buffer.from(file.base64, 'base64')),
    );
    const host = await makeMailHost(path.join(root, 'province'));
    await value(host.api.keys.create({ unit: PROVINCE, wrappingKey: host.wrappingKey }));
    await value(
      host.api.mail.saveInbox({ settings: imapFor(dovecot, PROVINCE_MAIL), password: PROVINCE_MAIL.pass }),
    );
    host.fs.use(new FaultyFileSystem(host.real, [{ op: 'write', code: 'ENOSPC' }]));
    const full = await check(host.api);
    host.fs.use(host.real);
    expect(full.lastCheck?.problem).toBe('disk');
    expect(full.bundles).toEqual([]);
    expect(await subjectsIn(dovecot, PROVINCE_MAIL)).toContain('Đăng ký khoá Tam Kỳ');
    const next = await check(host.api);
    expect(next.lastCheck?.problem).toBe(null);
    expect(next.bundles).toMatchObject([{ kind: 'enrollment', senderUnit: OFFICE, state: 'staged' }]);
    sender.outbox.stop();
    host.outbox.stop();
  });

  it('TLS by default: refuses a plaintext login to another computer, fails a TLS check against a plaintext server, and never writes the password anywhere', async () => {
    const CANARY = 'CANARY-mk-9f3a71c2';
    const host = await makeMailHost(path.join(root, 'province'));
    await value(host.api.keys.create({ unit: PROVINCE, wrappingKey: host.wrappingKey }));
    const logged: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      logged.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      logged.push(String(chunk));
      return writeErr(chunk, ...rest);
    }) as typeof process.stderr.write;
    try {
      const remote = await host.api.mail.saveInbox({
        settings: { ...imapFor(dovecot, PROVINCE_MAIL), host: 'imap.quangnam.example.vn' },
        password: CANARY,
      });
      expect(remote).toMatchObject({ ok: false, error: { code: 'invalidInput', reason: 'plainPassword' } });

      await value(host.api.mail.saveInbox({ settings: imapFor(dovecot, PROVINCE_MAIL), password: CANARY }));
      expect((await value(host.api.mail.getInbox()))?.passwordSet).toBe(true);
      expect((await check(host.api)).lastCheck?.problem).toBe('authFailed');

      await value(
        host.api.mail.saveInbox({ settings: { ...imapFor(dovecot, PROVINCE_MAIL), security: 'tls' } }),
      );
      expect((await check(host.api)).lastCheck?.problem).toBe('tls');

      await value(
        host.api.mail.saveInbox({ settings: { ...imapFor(dovecot, PROVINCE_MAIL), port: await freePort() } }),
      );
      expect((await check(host.api)).lastCheck?.problem).toBe('offline');
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
    expect(host.outputs.filter((o) => o.includes(CANARY))).toEqual([]);
    expect(logged.filter((l) => l.includes(CANARY))).toEqual([]);
    expect(filesContaining(host.dataDir, CANARY)).toEqual([]);
    host.outbox.stop();
  });
});
