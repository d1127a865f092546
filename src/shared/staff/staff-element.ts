import { Task } from '@lit/task';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CoprodApi } from '../../api/api.js';
import { ApiError } from '../../api/errors.js';
import { CoprodElement } from '../../core/coprod-element.js';
import type { FormSpeech } from '../../core/forms/form-controller.js';
import { actionErrorText, signInView, staffAccess, staffErrorView } from './staff-access.js';
import { registerSignInSessions } from '../../core/controllers/config-controller.js';
import { staffSignIn } from './sign-in.js';

// The staff widgets' configuration finds the page's sign-in for an issuer and client id here.
registerSignInSessions((issuer, clientId) => staffSignIn({ issuer, clientId }));

/**
 * The base of the staff widgets. Until the page gives a staff token and an API it shows the
 * "Sign in to see this" or "not set up" panel and makes no request; after that it shows
 * `renderSignedIn()`. It holds the attributes the staff widgets share, a load task that
 * reports a failed load as `coprod-error`, and the panel for that failure.
 *
 * Subclasses implement `renderSignedIn()` instead of `renderContent()`.
 */
export abstract class StaffElement extends CoprodElement {
  /** Where the "Sign in" link goes when no token is set or the sign-in has expired. */
  @property({ attribute: 'sign-in-href' }) signInHref?: string;

  /** The council's OpenID provider; with `client-id` (here, on `<coprod-provider>` or in `configure()`) and no token, "Sign in" signs in there. */
  @property() issuer?: string;

  /** The public client id staff sign in with at `issuer`. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** Staff widgets check the sign-in first (see `renderContent`), then the API. */
  protected override get configured(): boolean {
    return true;
  }

  protected override notConfiguredText(): { title: string; body: string } {
    return { title: this.t('notSetUpTitle'), body: this.t('notSetUpBody') };
  }

  protected override renderContent(): unknown {
    const access = staffAccess(this.config);
    if (access === 'sign-in') {
      const { issuer, clientId } = this.config;
      const signIn = issuer && clientId ? () => void staffSignIn({ issuer, clientId }).signIn().catch((error: unknown) => this.reportError('sign-in', error)) : undefined;
      return signInView(this.t, this.signInHref, this.level, signIn);
    }
    if (access === 'not-set-up') return this.renderNotConfigured();
    return this.renderSignedIn();
  }

  /** What the widget shows once it has a staff token and an API. @internal */
  protected abstract renderSignedIn(): unknown;

  /**
   * A task that runs `load` when the widget may ask for data, and again whenever the token,
   * the adapter, the API base or `key()` change. A failed load (not a cancelled one) fires
   * `coprod-error` with `action: 'load'` before the task shows its error.
   * @internal
   */
  protected loadTask<K, R>(key: () => K, load: (api: CoprodApi, key: K, signal: AbortSignal) => Promise<R>) {
    return new Task(this, {
      task: async ([access, , , , value], { signal }): Promise<R | undefined> => {
        const api = this.api;
        if (access !== 'ok' || !api) return undefined;
        try {
          return await load(api, value, signal);
        } catch (error) {
          if (!signal.aborted) this.reportError('load', error);
          throw error;
        }
      },
      args: () => {
        const { adapter, apiBase, token } = this.config;
        return [staffAccess(this.config), adapter, apiBase, token, key()] as const;
      },
    });
  }

  /** The panel for a failed load, its heading one level below the widget's. @internal */
  protected renderLoadError(error: unknown, retry: () => void): TemplateResult {
    return staffErrorView(error, this.t, {
      signInHref: this.signInHref,
      headingLevel: this.subLevel(),
      title: this.t('loadErrorTitle'),
      describe: (kind) => this.t('apiError', kind),
      retryLabel: this.t('retry'),
      onRetry: retry,
    });
  }

  /**
   * The words for a failed action, in the widget's language: a 429 or 503 with `Retry-After`
   * gives the real wait (issue 13; the fault e2e saw "Wait a minute" for `Retry-After: 20`). @internal
   */
  protected actionError(error: unknown): string {
    const retryAfter = error instanceof ApiError ? error.retryAfter : undefined;
    return actionErrorText(error, this.t, (kind) => this.t('formFailure', { kind, retryAfter, audience: 'staff' }));
  }

  /**
   * What a staff form says in the page's live region, as the public forms do: "Sending…" or
   * "Saving…", then the failure in the words its `role=alert` panel shows. A conflict is the
   * widget's own to word ("Changed by someone else"), so it is not said here. @internal
   */
  protected formSpeech(pending: 'sending' | 'saving'): FormSpeech {
    return { pending: () => this.t(pending), failure: (error) => (error.kind === 'conflict' ? undefined : this.actionError(error)) };
  }
}
