/**
 * Test doubles that speak the real protocols: a local SMTP server (smtp-server) that parses
 * every mail with mailparser, and a GOV.UK Notify stand-in built from Notify's published API
 * (POST /v2/notifications/email and /sms, GET /v2/notifications/{id}) that checks the API-key
 * JWT as Notify does: HS256 signed with the secret part of the key, `iss` the service id,
 * `iat` within 30 seconds of now.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  /** Each header as sent (lower-case name -> the raw value, unfolded). */
  headers: Map<string, string>;
}

export interface SmtpSink {
  url: string;
  port: number;
  mails: ReceivedMail[];
  /** While down, every connection is refused with 421 and every mail with 451 (a provider outage). */
  down: boolean;
  /** Addresses the server answers with 550 (no such mailbox). */
  rejects: Set<string>;
  /** Mails under way: MAIL FROM accepted, the data not yet taken (nor the session closed). */
  underWay(): number;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const sink = { mails: [] as ReceivedMail[], down: false, rejects: new Set<string>() };
  const open = new Set<string>();
  const refused = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      callback(sink.down ? refused(421, 'Service not available, try again later') : undefined);
    },
    onMailFrom(_address, session, callback) {
      if (sink.down) return callback(refused(451, 'Local error, try again later'));
      open.add(session.id);
      callback();
    },
    onClose(session) {
      open.delete(session.id);
    },
    onRcptTo(address, session, callback) {
      if (!sink.rejects.has(address.address)) return callback();
      open.delete(session.id); // the client gives this mail up
      callback(refused(550, `No such user here: ${address.address}`));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
          const headers = new Map(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim()]));
          sink.mails.push({ to, subject: mail.subject ?? '', text: mail.text ?? '', messageId: mail.messageId ?? '', headers });
          callback();
        })
        .catch(callback)
        .finally(() => open.delete(session.id));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    port,
    underWay: () => open.size,
    async waitFor(count: number, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (sink.mails.length < count) {
        if (Date.now() > until) throw new Error(`Expected ${count} mails at the SMTP server, got ${sink.mails.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return sink.mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export interface NotifyRequest {
  path: string;
  body: Record<string, unknown>;
}

export interface NotifyStandIn {
  baseUrl: string;
  /** An API key for this stand-in's service: `{name}-{service id}-{secret}`. */
  apiKey: string;
  serviceId: string;
  secret: string;
  /** Requests that passed the JWT check, in order. */
  accepted: NotifyRequest[];
  /** Requests refused, with the status given. */
  refused: { path: string; status: number; error: string }[];
  /** Recipients whose notifications GET /v2/notifications/{id} reports as `permanent-failure` (others: `delivered`). */
  bounces: Set<string>;
  close(): Promise<void>;
}

/** Each template id with the placeholders its content uses, as a Notify service would hold them. */
export type Templates = Record<string, { type: 'email' | 'sms'; placeholders: string[] }>;

const notifyError = (status: number, error: string, message: string) => ({ status_code: status, errors: [{ error, message }] });

export async function startNotifyStandIn(templates: Templates): Promise<NotifyStandIn> {
  const serviceId = randomUUID();
  const secret = randomUUID();
  const state = { accepted: [] as NotifyRequest[], refused: [] as NotifyStandIn['refused'], bounces: new Set<string>() };
  const recipientOf = new Map<string, string>();

  /** As notifications-python-client's decode_jwt_token: signature with the service's secret, iss, and iat no more than 30 s away. */
  function checkToken(request: IncomingMessage): string | undefined {
    const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
    if (!match) return 'Unauthorized: authentication token must be provided';
    const [header, claims, signature] = match[1]!.split('.');
    if (!header || !claims || !signature) return 'Invalid token: not a JWT';
    const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string; typ?: string };
    if (head.alg !== 'HS256') return 'Invalid token: algorithm used is not HS256';
    const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { iss?: string; iat?: number };
    if (body.iss !== serviceId) return 'Invalid token: service not found';
    const expected = createHmac('sha256', secret).update(`${header}.${claims}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Invalid token: signature, api token not found';
    if (typeof body.iat !== 'number') return 'Invalid token: iat field not provided';
    const now = Math.floor(Date.now() / 1000);
    if (body.iat < now - 30) return 'Error: Your system clock must be accurate to within 30 seconds';
    if (body.iat > now + 30) return 'Error: Your system clock must be accurate to within 30 seconds';
    return undefined;
  }

  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      const path = (request.url ?? '').split('?')[0]!;
      const authError = checkToken(request);
      if (authError) {
        state.refused.push({ path, status: 403, error: authError });
        return send(403, notifyError(403, 'AuthError', authError));
      }
      const status = /^\/v2\/notifications\/([\w-]+)$/.exec(path);
      if (request.method === 'GET' && status) {
        return send(200, { id: status[1], status: state.bounces.has(recipientOf.get(status[1]!) ?? '') ? 'permanent-failure' : 'delivered' });
      }
      const kind = /^\/v2\/notifications\/(email|sms)$/.exec(path)?.[1];
      if (request.method !== 'POST' || !kind) return send(404, notifyError(404, 'NotFound', 'Not found'));
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      const template = templates[String(body.template_id)];
      const fail = (message: string) => {
        state.refused.push({ path, status: 400, error: message });
        send(400, notifyError(400, 'BadRequestError', message));
      };
      if (!template) return fail('Template not found');
      if (template.type !== kind) return fail(`${kind} template is not suitable for ${template.type} notification`);
      if (kind === 'email' && typeof body.email_address !== 'string') return fail('email_address is a required property');
      if (kind === 'sms' && typeof body.phone_number !== 'string') return fail('phone_number is a required property');
      const personalisation = (body.personalisation ?? {}) as Record<string, unknown>;
      const missing = template.placeholders.filter((p) => personalisation[p] === undefined);
      if (missing.length) return fail(`Missing personalisation: ${missing.join(', ')}`);
      const id = randomUUID();
      state.accepted.push({ path, body });
      recipientOf.set(id, String(body.email_address ?? body.phone_number));
      return send(201, {
        id,
        reference: body.reference ?? null,
        content: kind === 'email' ? { subject: personalisation.subject, body: personalisation.body, from_email: 'service@notifications.service.gov.uk' } : { body: personalisation.body, from_number: 'GOVUK' },
        uri: `/v2/notifications/${id}`,
        template: { id: body.template_id, version: 1, uri: `/v2/template/${String(body.template_id)}` },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey: `coprod_test-${serviceId}-${secret}`,
    serviceId,
    secret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** Waits until `check` holds (polling), or fails with `what`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
