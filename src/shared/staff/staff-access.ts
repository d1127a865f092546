import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from '../../api/errors.js';
import type { ResolvedConfig } from '../../core/controllers/config-controller.js';
import { heading } from '../../core/heading.js';
import { icon } from '../../core/icons.js';
import { errorView } from '../../core/status-views.js';

/**
 * Whether a staff widget may ask for data. Staff data needs a staff token from the
 * element, the provider or `configure()`, whether calls go over HTTP or through an adapter
 * (the token is how the page says someone is signed in); without one the widget shows the
 * sign-in state and makes no request at all.
 */
export type StaffAccess = 'ok' | 'sign-in' | 'not-set-up';

export function staffAccess(config: ResolvedConfig): StaffAccess {
  if (!config.token) return 'sign-in';
  if (!config.adapter && !config.apiBase) return 'not-set-up';
  return 'ok';
}

interface StaffText {
  signInTitle: string;
  signInBody: string;
  signInLink: string;
  expiredTitle: string;
  expiredBody: string;
  forbiddenTitle: string;
  forbiddenBody: string;
  notSetUpTitle: string;
  notSetUpBody: string;
}

type StaffTranslate = (key: keyof StaffText) => string;

/** Text with one idea per line (easy read) shown as lines. */
export function lines(text: string): TemplateResult {
  const parts = text.split('\n');
  return html`${parts.map((part, index) => html`${part}${index < parts.length - 1 ? html`<br />` : nothing}`)}`;
}

function signInLink(t: StaffTranslate, href: string | undefined): TemplateResult | typeof nothing {
  return href ? html`<p><a class="button" part="sign-in-link" href=${href}>${icon('person')} ${t('signInLink')}</a></p>` : nothing;
}

/** The sign-in panel: a "Sign in" button when the page gave an OpenID provider (`onSignIn`), else the page's sign-in link. */
export function signInView(t: StaffTranslate, href: string | undefined, headingLevel: number, onSignIn?: () => void): TemplateResult {
  return html`<div class="panel notice sign-in" part="sign-in">
    ${heading(headingLevel, html`${icon('person')} ${t('signInTitle')}`, { className: 'panel-title' })}
    <p>${lines(t('signInBody'))}</p>
    ${onSignIn ? html`<p><button type="button" class="button" part="sign-in-button" @click=${onSignIn}>${icon('person')} ${t('signInLink')}</button></p>` : signInLink(t, href)}
  </div>`;
}

/**
 * The panel for a failed load: an expired sign-in and a missing permission get their own
 * clear words (retrying would not help); anything else offers to try again.
 */
export function staffErrorView(
  error: unknown,
  t: StaffTranslate,
  options: { signInHref: string | undefined; headingLevel: number; title: string; describe: (kind: ApiError['kind']) => string; retryLabel: string; onRetry: () => void },
): TemplateResult {
  const kind = error instanceof ApiError ? error.kind : 'server';
  if (kind === 'unauthorized' || kind === 'forbidden') {
    const expired = kind === 'unauthorized';
    return html`<div class="panel error" part="error" role="alert">
      ${heading(options.headingLevel, html`${icon('alert')} ${t(expired ? 'expiredTitle' : 'forbiddenTitle')}`, { className: 'panel-title' })}
      <p>${lines(t(expired ? 'expiredBody' : 'forbiddenBody'))}</p>
      ${expired ? signInLink(t, options.signInHref) : nothing}
    </div>`;
  }
  return errorView({ title: options.title, message: options.describe(kind), retryLabel: options.retryLabel, onRetry: options.onRetry, headingLevel: options.headingLevel });
}

/** The words for a failed action (save, publish, merge), in the widget's language. */
export function actionErrorText(error: unknown, t: StaffTranslate, describe: (kind: ApiError['kind']) => string): string {
  const kind = error instanceof ApiError ? error.kind : 'server';
  if (kind === 'unauthorized') return `${t('expiredTitle')}. ${t('expiredBody')}`;
  if (kind === 'forbidden') return `${t('forbiddenTitle')}. ${t('forbiddenBody')}`;
  return describe(kind);
}
