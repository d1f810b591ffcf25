import type { MessageStructureObject } from 'imapflow';
import { stripInvisible } from '../../../shared/text/invisible';

export interface AttachmentPart {
  part: string;
  fileName: string;
  /** The decoded size, estimated from the encoded size the server reports. */
  bytes: number;
}

const ZIP_TYPES = new Set(['application/zip', 'application/x-zip-compressed', 'application/x-zip']);

function leaves(node: MessageStructureObject): MessageStructureObject[] {
  if (node.childNodes && node.childNodes.length > 0) return node.childNodes.flatMap(leaves);
  return [node];
}

/**
 * The parts of a message that may be bundles: zip attachments, by type or by file name (mail clients
 * send zips as application/octet-stream too, and rename them "… (1).zip"). Whether one is a bundle
 * is decided by its manifest once downloaded, never by its name.
 */
export function zipAttachments(structure: MessageStructureObject | undefined): AttachmentPart[] {
  if (structure === undefined) return [];
  const out: AttachmentPart[] = [];
  for (const leaf of leaves(structure)) {
    const name = leaf.dispositionParameters?.filename ?? leaf.parameters?.name ?? '';
    const type = leaf.type.toLowerCase();
    if (!ZIP_TYPES.has(type) && !/\.zip$/i.test(name)) continue;
    const encoded = leaf.size ?? 0;
    const base64 = (leaf.encoding ?? '').toLowerCase() === 'base64';
    out.push({
      part: leaf.part ?? '1',
      fileName: safeFileName(name),
      bytes: base64 ? Math.floor((encoded * 3) / 4) : encoded,
    });
  }
  return out;
}

/** A header text from the mail shown to the user: no control or invisible characters, bounded. */
export function headerText(text: string | undefined, max = 300): string {
  return stripInvisible(text ?? '')
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .slice(0, max);
}

function safeFileName(name: string): string {
  const base = headerText(name.split(/[\\/]/).pop(), 255);
  return base === '' ? 'binhan.zip' : base;
}
