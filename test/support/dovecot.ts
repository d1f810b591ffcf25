import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/**
 * A real, throwaway Dovecot IMAP server on 127.0.0.1 (Debian's dovecot-imapd), for the mail tests:
 * its own configuration, a passwd-file with throwaway users and maildirs in a temp folder, a free
 * port, no TLS and plaintext logins allowed (loopback only). Started as root (CI) it runs its
 * processes as Debian's `dovecot`/`dovenull` users; started as anyone else, as that user alone.
 */
export interface Dovecot {
  host: '127.0.0.1';
  port: number;
  dir: string;
  users: readonly DovecotUser[];
  stop(): Promise<void>;
}

export interface DovecotUser {
  user: string;
  pass: string;
  address: string;
}

const DOVECOT = process.env.DOVECOT_PATH ?? '/usr/sbin/dovecot';

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function idOf(name: string, flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, name]).toString().trim());
}

/** Resolves once the port accepts a connection that greets with `* OK`, or rejects when dovecot exits. */
function greeted(port: number, exited: Promise<string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    void exited.then((log) => {
      if (!done) reject(new Error(`dovecot exited before listening:\n${log}`));
    });
    const deadline = Date.now() + 20_000;
    const tryOnce = () => {
      if (done) return;
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('data', (chunk: Buffer) => {
        socket.destroy();
        if (chunk.toString().startsWith('* OK')) {
          done = true;
          resolve();
        } else retry();
      });
      socket.once('error', () => retry());
    };
    const retry = () => {
      if (done) return;
      if (Date.now() > deadline) {
        done = true;
        reject(new Error('dovecot did not listen within 20 s'));
        return;
      }
      setTimeout(tryOnce, 50);
    };
    tryOnce();
  });
}

export async function startDovecot(
  users: readonly DovecotUser[] = [{ user: 'tinh', pass: 'mat-khau-thu', address: 'tinh@binhan.test' }],
): Promise<Dovecot> {
  const dir = mkdtempSync(path.join(tmpdir(), 'binhan-dovecot-'));
  // Dovecot's auth and imap processes run as other users when started as root: they must reach it.
  chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  const me = userInfo().username;
  const internal = asRoot ? 'dovecot' : me;
  const login = asRoot ? 'dovenull' : me;
  const uid = asRoot ? idOf('dovecot', '-u') : (process.getuid?.() ?? 0);
  const gid = asRoot ? idOf('dovecot', '-g') : (process.getgid?.() ?? 0);
  const mail = path.join(dir, 'mail');
  mkdirSync(mail, { mode: 0o700 });
  if (asRoot) chownSync(mail, uid, gid);
  const passwd = path.join(dir, 'passwd');
  writeFileSync(passwd, users.map((u) => `${u.user}:{PLAIN}${u.pass}::::::\n`).join(''), { mode: 0o644 });
  const port = await freeLoopbackPort();
  const log = path.join(dir, 'dovecot.log');
  const conf = path.join(dir, 'dovecot.conf');
  writeFileSync(
    conf,
    `# Throwaway test instance (test/support/dovecot.ts): loopback only, plaintext allowed.
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${log}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${internal}
default_login_user = ${login}
first_valid_uid = ${Math.min(uid, 1)}
first_valid_gid = ${Math.min(gid, 1)}
mail_location = maildir:${mail}/%u
mail_uid = ${uid}
mail_gid = ${gid}
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${passwd}
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${mail}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
`,
  );
  const child: ChildProcess = spawn(DOVECOT, ['-F', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const readLog = () => {
    try {
      return readFileSync(log, 'utf8');
    } catch {
      return '';
    }
  };
  const exited = new Promise<string>((resolve) =>
    child.once('exit', () => resolve(`${output}\n${readLog()}`)),
  );
  child.once('error', (e) => {
    output += String(e);
  });
  try {
    await greeted(port, exited);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    host: '127.0.0.1',
    port,
    dir,
    users,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** APPENDs a raw message into a user's mailbox over IMAP, as delivery would. */
export async function appendTo(
  dovecot: Dovecot,
  user: DovecotUser,
  raw: string | Buffer,
  mailbox = 'INBOX',
): Promise<void> {
  const { ImapFlow } = await import('imapflow');
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: user.user, pass: user.pass },
    logger: false,
  });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.append(mailbox, raw);
  } finally {
    await client.logout();
  }
}

/** The messages (subjects) of a user's mailbox, for assertions. */
export async function subjectsIn(dovecot: Dovecot, user: DovecotUser, mailbox = 'INBOX'): Promise<string[]> {
  const { ImapFlow } = await import('imapflow');
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: user.user, pass: user.pass },
    logger: false,
  });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const lock = await client.getMailboxLock(mailbox);
    try {
      const found = await client.search({ all: true }, { uid: true });
      if (!found || found.length === 0) return [];
      const messages = await client.fetchAll(found, { envelope: true }, { uid: true });
      return messages.map((m) => m.envelope?.subject ?? '');
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}

export interface SmtpRelay {
  port: number;
  /** Messages handed over so far. */
  delivered: number;
  close(): Promise<void>;
}

/**
 * The SMTP side of the mail tests: a real SMTP server on 127.0.0.1 that hands every message to
 * Dovecot, into the mailbox of each recipient that is one of its users (others are refused).
 */
export async function smtpIntoDovecot(dovecot: Dovecot, port?: number): Promise<SmtpRelay> {
  const { SMTPServer } = await import('smtp-server');
  const listenOn = port ?? (await freeLoopbackPort());
  const relay: SmtpRelay = { port: listenOn, delivered: 0, close: async () => {} };
  const server = new SMTPServer({
    secure: false,
    logger: false,
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    onRcptTo(address, _session, callback) {
      const known = dovecot.users.some((u) => u.address === address.address.toLowerCase());
      callback(known ? null : new Error('no such user here'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const users = session.envelope.rcptTo.flatMap((r) =>
          dovecot.users.filter((u) => u.address === r.address.toLowerCase()),
        );
        Promise.all(users.map((u) => appendTo(dovecot, u, raw))).then(
          () => {
            relay.delivered += 1;
            callback();
          },
          (e: unknown) => callback(e instanceof Error ? e : new Error(String(e))),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenOn, '127.0.0.1', () => resolve());
  });
  relay.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return relay;
}
