/**
 * What a receipt file really is, from its first bytes (its "magic number"), never from its
 * name or the type the browser guessed: a page of HTML or a script renamed `.jpg` is none of
 * these. Three signatures, so a few lines rather than a file-type library.
 */
export const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

const SIGNATURES: readonly [ReceiptType, readonly number[]][] = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
];

/** The receipt's type, or undefined when the content is not a JPEG, PNG or PDF. */
export function sniffReceipt(bytes: Uint8Array): ReceiptType | undefined {
  return SIGNATURES.find(([, signature]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b))?.[0];
}
