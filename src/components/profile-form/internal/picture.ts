import type { ReactiveControllerHost } from 'lit';
import { fieldId, type FormController } from '../../../core/forms/index.js';
import type { ProfileTranslate } from './context.js';
import type { ProfileValues } from './profile-values.js';

/** A picture is at most 1 MB (the contract's data URL limit fits 1 MiB of base64). */
export const MAX_PICTURE_BYTES = 1024 * 1024;
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
type PictureType = (typeof PICTURE_TYPES)[number];

export type PictureProblem = 'type' | 'size' | 'unreadable';
export type PictureResult = { dataUrl: string } | { problem: PictureProblem };

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

/** What the picture and skills controllers need from the element. */
export interface FieldControllerHost {
  host: ReactiveControllerHost & HTMLElement;
  form: FormController<ProfileValues>;
  t: () => ProfileTranslate;
  announce: (message: string) => void;
}

/** The picture field: checks a chosen file, attaches it or says why not, and removes it. */
export class PictureController {
  /** Why the last chosen file was refused. A refused file is never attached, so it does not block saving. */
  problem: PictureProblem | undefined;

  constructor(private readonly options: FieldControllerHost) {}

  /** The message at the field: the refused file's problem, else the form's own error. */
  get message(): string | undefined {
    const t = this.options.t();
    const problem = this.problem;
    if (!problem) return this.options.form.error('picture.dataUrl');
    return problem === 'size' ? t('pictureSize') : problem === 'unreadable' ? t('pictureUnreadable') : t('pictureType');
  }

  /** The name of the picture chosen on this page (a picture kept from before has none: the control then says "Your picture"). */
  fileName: string | undefined;

  reset(): void {
    this.problem = undefined;
    this.fileName = undefined;
  }

  /** A file chosen in the picker or dropped on the control (core/forms fileField): checked, then attached or refused. */
  readonly choose = async (file: File): Promise<void> => {
    const { form, t, announce, host } = this.options;
    const result = await readPicture(file);
    if ('problem' in result) {
      this.problem = result.problem;
      host.requestUpdate();
      announce(this.message!);
      return;
    }
    this.reset();
    this.fileName = file.name;
    form.update({ pictureDataUrl: result.dataUrl });
    announce(t()('pictureAdded'));
  };

  readonly remove = async (): Promise<void> => {
    const { form, t, announce, host } = this.options;
    this.reset();
    form.update({ pictureDataUrl: '', pictureDescription: '' });
    await host.updateComplete;
    host.shadowRoot?.getElementById(fieldId('picture.dataUrl'))?.focus();
    announce(t()('pictureRemoved'));
  };
}
