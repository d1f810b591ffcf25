import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  port: number;
  messages: string[];
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
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

/** A real SMTP server on 127.0.0.1 (no TLS), optionally requiring a login. */
export async function startSmtp(port: number, login?: { user: string; pass: string }): Promise<TestSmtp> {
  const messages: string[] = [];
  const server = new SMTPServer({
    secure: false,
    logger: false,
    disabledCommands: login ? ['STARTTLS'] : ['AUTH', 'STARTTLS'],
    allowInsecureAuth: true,
    authOptional: login === undefined,
    onAuth(auth, _session, callback) {
      if (login && auth.username === login.user && auth.password === login.pass)
        callback(null, { user: login.user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push(Buffer.concat(chunks).toString('latin1'));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The bytes of the one application/zip attachment of a raw message (nodemailer writes it as base64). */
export function attachmentOf(raw: string): Buffer {
  const match = raw.match(/Content-Type: application\/zip[\s\S]*?\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/);
  if (!match?.[1]) throw new Error('no zip attachment');
  return Buffer.from(match[1].replace(/\s+/g, ''), 'base64');
}

export async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
