import { html, nothing, type TemplateResult } from 'lit';
import { errorKind, type ApiError } from '../api/errors.js';
import { heading } from './heading.js';
import { icon } from './icons.js';

/**
 * The shared loading, empty and error states. Loading reserves the height of what it
 * stands in for (`lines` rows), so nothing jumps when the data arrives.
 */
export function loadingView(label: string, options: { rows?: number; rowHeight?: string } = {}): TemplateResult {
  const rows = options.rows ?? 3;
  return html`<div class="loading" part="loading" aria-busy="true">
    <p class="visually-hidden" role="status">${label}</p>
    ${Array.from({ length: rows }, () => html`<span class="skeleton skeleton-row" aria-hidden="true"></span>`)}
  </div>`;
}

export function emptyView(title: string, body: string | TemplateResult, action?: TemplateResult, headingLevel = 3): TemplateResult {
  return html`<div class="panel notice" part="empty">
    ${heading(headingLevel, title, { className: 'panel-title' })}
    <p>${body}</p>
    ${action ?? nothing}
  </div>`;
}

export interface ErrorViewOptions {
  title: string;
  message: string;
  retryLabel?: string;
  onRetry?: () => void;
  /** A link a person can follow when the service is down, e.g. the council's own page. */
  fallback?: { href: string; label: string } | undefined;
  headingLevel?: number;
}

/** With neither "Try again" nor a link, no empty button row: its paragraph's margin made a band at the panel's foot. */
export function errorView(options: ErrorViewOptions): TemplateResult {
  return html`<div class="panel error" part="error" role="alert">
    ${heading(options.headingLevel ?? 3, html`${icon('alert')} ${options.title}`, { className: 'panel-title' })}
    <p>${options.message}</p>
    ${options.onRetry || options.fallback
      ? html`<div class="button-group">
          ${options.onRetry ? html`<button type="button" class="button secondary" @click=${options.onRetry}>${options.retryLabel}</button>` : nothing}
          ${options.fallback ? html`<a href=${options.fallback.href}>${options.fallback.label}</a>` : nothing}
        </div>`
      : nothing}
  </div>`;
}

/** The message for a failed call, in the widget's words: what happened and what to do. */
export function errorMessage(error: unknown, describe: (kind: ApiError['kind']) => string): string {
  return describe(errorKind(error));
}

/** The one view for a widget with no API or adapter: a short message, and the council's own page if there is one. */
export function notConfiguredView(options: { title?: string; body: string; level: number; fallback?: { href: string; label: string } | undefined }): TemplateResult {
  return html`<div class="panel notice" part="not-configured">
    ${options.title ? heading(options.level, html`${icon('info')} ${options.title}`, { className: 'panel-title' }) : nothing}
    <p>${options.body}</p>
    ${options.fallback ? html`<p><a href=${options.fallback.href}>${options.fallback.label}</a></p>` : nothing}
  </div>`;
}
