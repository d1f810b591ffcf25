import { Decrypter, Encrypter } from 'age-encryption';

/**
 * age (typage) over streams, so an entry of any size passes through main in 64 KiB chunks: `push`
 * waits while the file is behind (backpressure), and a failed write stops the pipe at once instead of
 * letting it fill memory.
 */
export interface EncryptingPipe {
  push(bytes: Uint8Array): Promise<void>;
  /** Ends the plaintext and waits until every ciphertext byte has been written. */
  end(): Promise<void>;
  abort(reason: unknown): void;
}

export async function encryptingPipe(
  recipients: readonly string[],
  write: (cipher: Uint8Array) => Promise<void>,
): Promise<EncryptingPipe> {
  const encrypter = new Encrypter();
  for (const r of recipients) encrypter.addRecipient(r);
  const plain = new TransformStream<Uint8Array, Uint8Array>();
  const writer = plain.writable.getWriter();
  const cipher = await encrypter.encrypt(plain.readable);
  const reader = cipher.getReader();
  let failure: unknown = null;
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      await write(value);
    }
  })().catch((e: unknown) => {
    failure = e;
    void writer.abort(e).catch(() => undefined);
    throw e;
  });
  pump.catch(() => undefined);
  return {
    async push(bytes) {
      if (failure !== null) throw failure;
      try {
        await writer.write(bytes);
      } catch (e) {
        throw failure ?? e;
      }
      if (failure !== null) throw failure;
    },
    async end() {
      if (failure !== null) throw failure;
      await writer.close().catch((e: unknown) => {
        throw failure ?? e;
      });
      await pump;
    },
    abort(reason) {
      failure ??= reason;
      void writer.abort(reason).catch(() => undefined);
      void reader.cancel(reason).catch(() => undefined);
    },
  };
}

/** The plaintext of an age stream; throws (on read) when a byte was altered or the identity does not open it. */
export async function decryptStream(
  cipher: ReadableStream<Uint8Array>,
  identity: string,
): Promise<ReadableStream<Uint8Array>> {
  const d = new Decrypter();
  d.addIdentity(identity);
  return d.decrypt(cipher);
}

export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
