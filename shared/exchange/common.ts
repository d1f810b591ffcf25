import { z } from 'zod';
import { BUNDLE_KINDS, sha256HexSchema, unitCodeSchema } from '../bundle/manifest';
import { REJECTION_CODES } from '../bundle/rejection';
import { hasDisguisingCharacters } from '../text/invisible';

export { sha256HexSchema, unitCodeSchema };
export const bundleKindSchema = z.enum(BUNDLE_KINDS);

/** ISO timestamps as main writes them (`Date#toISOString`). */
export const isoTimeSchema = z.iso.datetime();

const DISGUISED = 'chứa ký tự ẩn (điều khiển chiều viết hoặc độ rộng bằng 0) làm tên hiển thị sai';

/**
 * A path on this computer, typed or picked by the user; main checks that it is absolute. No
 * bidirectional control or zero-width character: "gói\u202Egnp.exe" must not pass for "góiexe.png".
 */
export const localPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'đường dẫn không hợp lệ')
  .refine((p) => !hasDisguisingCharacters(p), `đường dẫn ${DISGUISED}`);

/** The name of a file the user dropped or picked (shown to them and written into logs). */
export const uploadFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((p) => !hasDisguisingCharacters(p), `tên tệp ${DISGUISED}`);

/** Base64 of at most `maxBytes` bytes (the string is 4/3 as long). */
export const base64OfAtMost = (maxBytes: number) => z.base64().max(Math.ceil(maxBytes / 3) * 4);

/** "0815 2740 9913 5082 4476": read aloud over the phone before a key is approved. */
export const fingerprintSchema = z.string().regex(/^\d{4}( \d{4}){4}$/);

export const keyIdSchema = z.string().regex(/^[0-9A-F]{16}$/);

/** A bundle main has sent, named by its recipient and its place in that recipient's sequence. */
export const sentRefSchema = z.strictObject({
  recipientUnit: unitCodeSchema,
  sequence: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
});
export type SentRef = z.infer<typeof sentRefSchema>;

/**
 * Largest bundle accepted as uploaded bytes (base64 inside JSON, so the request is ~4/3 of this).
 * Bundles read from a path may be as large as the bundle format allows (512 MiB).
 */
export const MAX_UPLOAD_BUNDLE_BYTES = 192 * 1024 * 1024;
export const UPLOAD_MAX_INPUT_BYTES = Math.ceil(MAX_UPLOAD_BUNDLE_BYTES / 3) * 4 + 64 * 1024;

/** Where a bundle to open comes from: a file on a drive or folder, or bytes the user dropped or picked. */
export const bundleSourceSchema = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('path'), path: localPathSchema }),
  z.strictObject({
    from: z.literal('upload'),
    fileName: uploadFileNameSchema,
    base64: base64OfAtMost(MAX_UPLOAD_BUNDLE_BYTES),
  }),
]);
export type BundleSource = z.infer<typeof bundleSourceSchema>;

/** A refused bundle: a stable code for the UI, a Vietnamese sentence, and English detail for IT. */
export const rejectionSchema = z.strictObject({
  code: z.enum(REJECTION_CODES),
  detail: z.string().max(2000),
});
