import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../../../api/errors.js';

export interface DeleteControllerOptions {
  /** Deletes the profile; rejects when it could not. */
  remove: () => Promise<void>;
  /** After the profile is gone (the dialog is closed). */
  onDeleted: () => void;
  /** Deleting failed; the dialog stays open and says so. */
  onFailed: (error: ApiError) => void;
  /** The dialog closed without deleting: focus goes back to the button that opened it. */
  onCancelled: () => void;
}

/** The delete confirmation: a modal dialog that starts on "keep", with the deleting and failed states. */
export class DeleteController implements ReactiveController {
  deleting = false;
  error: ApiError | undefined;
  private deleted = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DeleteControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('#delete-dialog');
  }

  readonly open = (): void => {
    this.error = undefined;
    this.deleted = false;
    this.host.requestUpdate();
    this.dialog?.showModal();
    this.dialog?.querySelector<HTMLElement>('.keep-button')?.focus();
  };

  readonly keep = (): void => this.dialog?.close();

  readonly closed = (): void => {
    if (!this.deleted) this.options.onCancelled();
  };

  readonly confirm = async (): Promise<void> => {
    if (this.deleting) return;
    this.deleting = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await this.options.remove();
    } catch (error) {
      this.deleting = false;
      this.error = error instanceof ApiError ? error : new ApiError('server', String(error), { cause: error });
      this.host.requestUpdate();
      this.options.onFailed(this.error);
      return;
    }
    this.deleting = false;
    this.deleted = true;
    this.dialog?.close();
    this.options.onDeleted();
  };
}
