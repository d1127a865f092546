/**
 * Where messages leave the server: GOV.UK Notify (email and text) or SMTP (email), chosen
 * by configuration. A provider answers each send with a reference, or a failure that says
 * whether trying again could help. Failure reasons are stored for staff and may be logged,
 * so any address in them is blanked out.
 */
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { SignJWT } from 'jose';
import type { Language, Rendered } from './templates.js';

export interface Outgoing {
  /** The outbox id: the Notify `reference` and the email's Message-ID, so a receiver can spot a repeat. */
  id: string;
  channel: 'email' | 'text';
  to: string;
  language: Language;
  rendered: Rendered;
  links: { item: string; unsubscribe: string };
}

export type SendResult = { ok: true; ref: string } | { ok: false; permanent: boolean; reason: string };
export type DeliveryState = { state: 'pending' } | { state: 'delivered' } | { state: 'failed'; reason: string };

export interface Provider {
  readonly name: 'smtp' | 'notify';
  readonly channels: ReadonlySet<'email' | 'text'>;
  send(message: Outgoing): Promise<SendResult>;
  /** Asks whether a sent message arrived (Notify); SMTP cannot tell. */
  status?(ref: string): Promise<DeliveryState>;
  close(): Promise<void>;
}

const EMAIL = /[^\s<>"'@]+@[^\s<>"'@]+/g;
const PHONE = /\+?\d[\d ()-]{7,}\d/g;
/** A provider's reason without any address or number in it, and not too long. */
export const scrub = (reason: string): string => reason.replace(EMAIL, '[address]').replace(PHONE, '[number]').slice(0, 500);

export interface SmtpOptions {
  /** `smtp://user:pass@host:port`, or nodemailer's transport options. */
  transport: string | SMTPTransport.Options;
  from: string;
}

export function smtpProvider(options: SmtpOptions): Provider {
  const defaults: SMTPTransport.Options = { pool: true, maxConnections: 3, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as SMTPTransport.Options;
  const transport = nodemailer.createTransport(
    typeof options.transport === 'string' ? { ...defaults, url: options.transport } as SMTPTransport.Options : { ...defaults, ...options.transport },
  );
  return {
    name: 'smtp',
    channels: new Set(['email']),
    async send(message) {
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.rendered.subject,
          text: message.rendered.body,
          messageId: `<${message.id}@coprod.messages>`,
          headers: {
            'Content-Language': message.language,
            'List-Unsubscribe': `<${message.links.unsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            'Auto-Submitted': 'auto-generated',
          },
        });
        return { ok: true, ref: info.messageId };
      } catch (error) {
        const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
        // 5xx from the server is a refusal of this message (no such mailbox...); anything
        // else (connection refused, timeouts, 4xx "try later") may pass on another try.
        const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600 && e.code !== 'ECONNECTION';
        const reason = e.responseCode ? `SMTP ${e.responseCode}: ${e.response ?? ''}` : `SMTP ${e.code ?? 'error'}: ${e.message ?? ''}`;
        return { ok: false, permanent, reason: scrub(reason) };
      }
    },
    async close() {
      transport.close();
    },
  };
}

export interface NotifyOptions {
  /** The API key from GOV.UK Notify: `{name}-{service id}-{secret key}`. */
  apiKey: string;
  baseUrl?: string;
  /** Template ids; each template has ((subject)), ((body)), ((link)) and ((unsubscribe_link)). Welsh ones are optional. */
  templates: { email: Partial<Record<Language, string>> & { 'en-GB': string }; sms?: Partial<Record<Language, string>> & { 'en-GB': string } };
  fetch?: typeof fetch;
}

/** The service id and secret inside a Notify API key (the key's last 73 characters). */
export function parseNotifyKey(apiKey: string): { serviceId: string; secret: string } {
  if (apiKey.length < 74) throw new Error('The GOV.UK Notify API key is too short: expected {name}-{service id}-{secret key}.');
  return { serviceId: apiKey.slice(-73, -37), secret: apiKey.slice(-36) };
}

export function notifyProvider(options: NotifyOptions): Provider {
  const { serviceId, secret } = parseNotifyKey(options.apiKey);
  const key = new TextEncoder().encode(secret);
  const base = (options.baseUrl ?? 'https://api.notifications.service.gov.uk').replace(/\/$/, '');
  const doFetch = options.fetch ?? fetch;
  // A fresh token per request: Notify refuses one issued more than 30 seconds ago.
  const bearer = async () => new SignJWT({}).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(serviceId).setIssuedAt().sign(key);
  const call = async (method: string, path: string, body?: unknown) =>
    doFetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${await bearer()}`, 'content-type': 'application/json', 'user-agent': 'coprod-widgets-server' },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(20_000),
    });
  const channels = new Set<'email' | 'text'>(options.templates.sms ? ['email', 'text'] : ['email']);
  return {
    name: 'notify',
    channels,
    async send(message) {
      const set = message.channel === 'email' ? options.templates.email : options.templates.sms;
      if (!set) return { ok: false, permanent: true, reason: 'No GOV.UK Notify text message template is configured.' };
      const personalisation = {
        subject: message.rendered.subject,
        body: message.channel === 'email' ? message.rendered.body : message.rendered.sms,
        link: message.links.item,
        unsubscribe_link: message.links.unsubscribe,
      };
      const body =
        message.channel === 'email'
          ? { email_address: message.to, template_id: set[message.language] ?? set['en-GB'], personalisation, reference: message.id, one_click_unsubscribe_url: message.links.unsubscribe }
          : { phone_number: message.to, template_id: set[message.language] ?? set['en-GB'], personalisation, reference: message.id };
      let response: Response;
      try {
        response = await call('POST', `/v2/notifications/${message.channel === 'email' ? 'email' : 'sms'}`, body);
      } catch (error) {
        return { ok: false, permanent: false, reason: scrub(`GOV.UK Notify could not be reached: ${(error as Error).message}`) };
      }
      const answer = (await response.json().catch(() => ({}))) as { id?: string; errors?: { error?: string; message?: string }[] };
      if (response.status === 201 && answer.id) return { ok: true, ref: answer.id };
      const reason = scrub(`GOV.UK Notify ${response.status}: ${answer.errors?.map((e) => `${e.error ?? ''} ${e.message ?? ''}`.trim()).join('; ') ?? ''}`);
      // 400 is this message's fault (a bad number, an unknown template); 403, 429 and 5xx may pass later.
      return { ok: false, permanent: response.status === 400, reason };
    },
    async status(ref) {
      const response = await call('GET', `/v2/notifications/${encodeURIComponent(ref)}`);
      if (!response.ok) return { state: 'pending' };
      const { status } = (await response.json()) as { status?: string };
      if (status === 'delivered' || status === 'received') return { state: 'delivered' };
      if (status === 'permanent-failure') return { state: 'failed', reason: 'GOV.UK Notify: permanent failure (the address or number does not exist, or the inbox refused it).' };
      if (status === 'temporary-failure') return { state: 'failed', reason: 'GOV.UK Notify: temporary failure (inbox full or phone off for 72 hours).' };
      if (status === 'technical-failure') return { state: 'failed', reason: 'GOV.UK Notify: technical failure (not sent; try again).' };
      return { state: 'pending' };
    },
    async close() {},
  };
}
