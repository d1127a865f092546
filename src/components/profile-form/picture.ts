/** A picture is at most 1 MB (the contract's data URL limit fits 1 MiB of base64). */
export const MAX_PICTURE_BYTES = 1024 * 1024;
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
type PictureType = (typeof PICTURE_TYPES)[number];

export type PictureResult = { dataUrl: string } | { problem: 'type' | 'size' | 'unreadable' };

/** The type the file's first bytes say it is: a file's name and `type` can lie. */
function sniff(bytes: Uint8Array): PictureType | undefined {
  const starts = (...values: number[]): boolean => values.every((value, index) => bytes[index] === value);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.slice(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

function asDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Checks a chosen file (type, size, contents) and reads it as a data URL the contract accepts. */
export async function readPicture(file: File): Promise<PictureResult> {
  if (file.type && !(PICTURE_TYPES as readonly string[]).includes(file.type)) return { problem: 'type' };
  if (file.size > MAX_PICTURE_BYTES) return { problem: 'size' };
  try {
    const type = sniff(new Uint8Array(await file.slice(0, 12).arrayBuffer()));
    if (!type) return { problem: 'type' };
    const dataUrl = await asDataUrl(file);
    const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
    return { dataUrl: `data:${type};base64,${base64}` };
  } catch {
    return { problem: 'unreadable' };
  }
}
