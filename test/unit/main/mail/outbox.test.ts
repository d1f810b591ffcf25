import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultyFileSystem } from '../../../../main/services/fs/faulty-file-system';
import { failure, removeRoot, tempRoot, value } from '../exchange/host-fixture';
import { makeMailHost, settingsFor } from './mail-fixture';
import { attachmentOf, freePort, startSmtp, type TestSmtp, until } from './smtp-fixture';

const REF = { recipientUnit: '49', sequence: 1 };

/** An office with keys and one kept bundle (its enrollment) to mail. */
async function officeWithBundle(dir: string) {
  const host = await makeMailHost(dir);
  await value(host.api.keys.create({ unit: '49201', wrappingKey: host.wrappingKey }));
  await value(host.api.bundles.createEnrollment({ recipientUnit: '49' }));
  return host;
}

const messagesOf = async (host: Awaited<ReturnType<typeof makeMailHost>>) =>
  (await value(host.api.mail.outbox())).messages;

describe('e-mail outbox against a real SMTP server on 127.0.0.1', () => {
  let root: string;
  const servers: TestSmtp[] = [];
  const hosts: Array<Awaited<ReturnType<typeof makeMailHost>>> = [];
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(async () => {
    for (const h of hosts.splice(0)) {
      h.outbox.stop();
      await h.outbox.idle();
    }
    for (const s of servers.splice(0)) await s.close();
    removeRoot(root);
  });

  it('delivers the bundle as an attachment with the same bytes; enqueue returns before sending', async () => {
    const smtp = await startSmtp(await freePort());
    servers.push(smtp);
    const host = await officeWithBundle(path.join(root, 'office'));
    hosts.push(host);
    await value(host.api.mail.saveSettings({ settings: settingsFor(smtp.port) }));
    const queued = await value(host.api.mail.enqueue({ ref: REF }));
    expect(queued).toMatchObject({ state: 'queued', attempts: 0, to: ['binhan@quangnam.example.vn'] });
    await until(async () => (await messagesOf(host))[0]?.state === 'sent');
    expect((await messagesOf(host))[0]).toMatchObject({ state: 'sent', attempts: 1, lastError: null });
    expect(smtp.messages).toHaveLength(1);
    const bundle = await value(host.api.bundles.download({ ref: REF }));
    expect(attachmentOf(smtp.messages[0] ?? '').toString('base64')).toBe(bundle.base64);
    expect(smtp.messages[0]).toContain('binhan_49201_to_49_enrollment_000001.zip');
    // The outbox copy goes once sent; the bundle stays in sent/ until a receipt covers it.
    expect(readdirSync(path.join(host.dataDir, 'outbox')).filter((n) => n.endsWith('.zip'))).toEqual([]);
  });

  it('retries with back-off while the server is down, then delivers when it comes up', async () => {
    const port = await freePort();
    const host = await officeWithBundle(path.join(root, 'office'));
    hosts.push(host);
    await value(host.api.mail.saveSettings({ settings: settingsFor(port) }));
    await value(host.api.mail.enqueue({ ref: REF }));
    await until(async () => ((await messagesOf(host))[0]?.attempts ?? 0) >= 2);
    const waiting = (await messagesOf(host))[0];
    expect(waiting?.state).toBe('failed-retrying');
    expect(waiting?.lastError).toEqual({ code: 'offline', reply: null });
    expect(Date.parse(waiting?.nextAttemptAt ?? '')).toBeGreaterThan(Date.now() - 1000);

    const smtp = await startSmtp(port);
    servers.push(smtp);
    await until(async () => (await messagesOf(host))[0]?.state === 'sent');
    expect(smtp.messages).toHaveLength(1);
  });

  it('keeps queued messages across a restart (a new outbox on the same folder) and sends them after unlock', async () => {
    const smtp = await startSmtp(await freePort());
    servers.push(smtp);
    const dir = path.join(root, 'office');
    const first = await officeWithBundle(dir);
    await value(first.api.mail.saveSettings({ settings: settingsFor(smtp.port) }));
    await value(first.api.keys.lock());
    const queued = await value(first.api.mail.enqueue({ ref: REF }));
    expect((await messagesOf(first))[0]?.state).toBe('queued');

    const second = await makeMailHost(dir, first.wrappingKey);
    hosts.push(second);
    expect(await messagesOf(second)).toEqual([queued]);
    expect(smtp.messages).toHaveLength(0);
    await value(second.api.keys.unlock({ wrappingKey: first.wrappingKey }));
    await until(async () => (await messagesOf(second))[0]?.state === 'sent');
    expect(smtp.messages).toHaveLength(1);
  });

  it('an authentication failure is kept as its code (authFailed); the password is never returned', async () => {
    const smtp = await startSmtp(await freePort(), { user: 'tamky', pass: 'đúng-mật-khẩu' });
    servers.push(smtp);
    const host = await officeWithBundle(path.join(root, 'office'));
    hosts.push(host);
    const saved = await value(
      host.api.mail.saveSettings({ settings: settingsFor(smtp.port, 'tamky'), password: 'sai-mật-khẩu' }),
    );
    expect(saved).toMatchObject({ passwordSet: true, user: 'tamky' });
    await value(host.api.mail.enqueue({ ref: REF }));
    await until(async () => (await messagesOf(host))[0]?.state === 'failed-retrying');
    expect((await messagesOf(host))[0]?.lastError).toMatchObject({ code: 'authFailed' });

    await value(
      host.api.mail.saveSettings({ settings: settingsFor(smtp.port, 'tamky'), password: 'đúng-mật-khẩu' }),
    );
    const [message] = await messagesOf(host);
    if (message) await value(host.api.mail.retryNow({ id: message.id }));
    await until(async () => (await messagesOf(host))[0]?.state === 'sent');
    expect(await value(host.api.mail.getSettings())).toMatchObject({ passwordSet: true });
    expect(host.outputs.join('\n')).not.toContain('mật-khẩu');
  });

  it('refuses a password over an unencrypted connection to another machine', async () => {
    const host = await officeWithBundle(path.join(root, 'office'));
    hosts.push(host);
    const error = await failure(
      host.api.mail.saveSettings({
        settings: { ...settingsFor(25, 'tamky'), host: 'mail.example.vn' },
        password: 'x',
      }),
    );
    expect(error).toMatchObject({
      code: 'invalidInput',
      reason: 'plainPassword',
    });
  });

  it('disk errors leave the outbox intact: a failed enqueue adds nothing, a failed state write keeps the message', async () => {
    const port = await freePort();
    const host = await officeWithBundle(path.join(root, 'office'));
    hosts.push(host);
    await value(host.api.mail.saveSettings({ settings: settingsFor(port) }));
    await value(host.api.keys.lock()); // pump stopped: the first message stays queued
    const first = await value(host.api.mail.enqueue({ ref: REF }));

    for (const fault of [
      { op: 'write' as const, code: 'ENOSPC' },
      { op: 'rename' as const, code: 'EIO', nth: 2 },
    ]) {
      host.fs.use(new FaultyFileSystem(host.real, [fault]));
      const error = await failure(host.api.mail.enqueue({ ref: REF }));
      host.fs.use(host.real);
      expect(error.code).toBe('unavailable');
      expect(error.reason).toMatch(/^write[A-Z]/);
      expect(await messagesOf(host)).toEqual([first]);
    }

    // The pump's first state write fails: the message keeps its last good state, then goes out.
    const faulty = new FaultyFileSystem(host.real, [{ op: 'create', code: 'EIO' }]);
    host.fs.use(faulty);
    await value(host.api.keys.unlock({ wrappingKey: host.wrappingKey }));
    await host.outbox.idle();
    host.fs.use(host.real);
    expect(faulty.log.some((l) => l.startsWith('create') && l.includes('outbox'))).toBe(true);
    expect(await messagesOf(host)).toEqual([first]);

    const smtp = await startSmtp(port);
    servers.push(smtp);
    await until(async () => (await messagesOf(host))[0]?.state === 'sent');
    expect(smtp.messages).toHaveLength(1);
  });
});
