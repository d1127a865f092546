import { ApiError } from '../../../api/errors.js';
import type { FieldCode } from '../../../api/field-codes.js';
import type { FormController, FormControllerOptions } from '../../../core/forms/index.js';
import { checkReceipt, expensePath, megabytes, patchExpense, type ClaimValues, type ReceiptProblem } from './claim-values.js';

type Say = (key: string, ...args: unknown[]) => string;

/** The receipt's problem by its code (the page's check or the server's), in the reader's words: the file's own size when it is too big. */
export function wordReceipt(t: Say, code: FieldCode | ReceiptProblem | undefined, size: number): string {
  if (code === 'too-big') return t('receiptTooBig', megabytes(size));
  if (code === 'empty') return t('receiptEmpty');
  if (code === 'wrong-type' || code === 'invalid-format') return t('receiptWrongType');
  return code ? t('fieldProblem', code) : t('receiptFailed');
}

/** The server's code for a refused upload: its field problem, else what a 413 or 415 means; undefined for a failure that names none. */
export function refusedCode(error: unknown): FieldCode | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const code = error.fieldErrorList.find((e) => e.field === 'receipt')?.code ?? error.fieldErrorList[0]?.code;
  return code ?? (error.status === 413 ? 'too-big' : error.status === 415 ? 'invalid-format' : undefined);
}

export interface ReceiptDeps {
  t: Say;
  upload: (file: File) => Promise<{ id: string }>;
  reportError: (error: unknown) => void;
}

/**
 * Checks the file in the page (size, then what its first bytes say it is), then uploads it. A problem,
 * the page's or the server's (by its code), is the form's error at this expense's receipt control
 * (`expenses.<n>.receipt`): at the control and in the form's error summary, which takes focus, in the
 * reader's words; the claim's other errors and values stay. A good file attached clears it.
 */
export async function attachReceipt(form: FormController<ClaimValues>, index: number, file: File, deps: ReceiptDeps): Promise<void> {
  const path = expensePath(index, 'receipt');
  const problem = (words: string) => form.showErrors({ ...form.errors, [path]: words });
  const found = await checkReceipt(file);
  if (found) return problem(wordReceipt(deps.t, found, file.size));
  try {
    const receipt = await deps.upload(file);
    patchExpense(form, index, { receiptId: receipt.id, receiptName: file.name }, path);
  } catch (error) {
    deps.reportError(error);
    await problem(wordReceipt(deps.t, refusedCode(error), file.size));
  }
}

/** A form's options whose field order is read as the form is now (expense lines come and go). */
export function withOrder<V>(order: () => readonly string[], options: Omit<FormControllerOptions<V>, 'fieldOrder'>): FormControllerOptions<V> {
  return Object.defineProperty(options, 'fieldOrder', { get: order }) as FormControllerOptions<V>;
}
