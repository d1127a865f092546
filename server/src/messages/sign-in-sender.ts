/**
 * Sends the sign-in module's links and codes (server/src/me) through the configured provider,
 * at once (not through the outbox: a link lasts 15 minutes, and a lost one is asked for again).
 */
import { randomUUID } from 'node:crypto';
import type { ContactKeys } from '../contacts.js';
import type { SignInMessage, SignInSender } from '../me/sign-in.js';
import { unsubscribeLink, type Links } from './links.js';
import { addressOf } from './preferences.js';
import type { Provider } from './providers.js';

const COPY = {
  'en-GB': {
    subject: 'Your link to see what happened to what you told us',
    standard: (m: SignInMessage) => [
      'Use this link to open your page. It works once, for the next ' + m.expiresInMinutes + ' minutes:',
      m.link ?? '',
      '',
      'If you did not ask for it, you can ignore this message: nobody can use it without this email.',
    ],
    easy: (m: SignInMessage) => ['Open your page with this link:', m.link ?? '', '', `The link works for ${m.expiresInMinutes} minutes.`, 'Did you not ask for it? Then do nothing.'],
    sms: (m: SignInMessage) => `Your code is ${m.code}. It works once, for ${m.expiresInMinutes} minutes. If you did not ask for it, do nothing.`,
    stop: 'To stop all messages from us:',
  },
  cy: {
    subject: 'Eich dolen i weld beth ddigwyddodd i’r hyn a ddywedoch wrthym',
    standard: (m: SignInMessage) => [
      'Defnyddiwch y ddolen hon i agor eich tudalen. Mae’n gweithio unwaith, am y ' + m.expiresInMinutes + ' munud nesaf:',
      m.link ?? '',
      '',
      'Os na wnaethoch ofyn amdani, gallwch anwybyddu’r neges hon: ni all neb ei defnyddio heb yr e-bost hwn.',
    ],
    easy: (m: SignInMessage) => ['Agorwch eich tudalen gyda’r ddolen hon:', m.link ?? '', '', `Mae’r ddolen yn gweithio am ${m.expiresInMinutes} munud.`, 'Wnaethoch chi ddim gofyn amdani? Peidiwch â gwneud dim.'],
    sms: (m: SignInMessage) => `Eich cod yw ${m.code}. Mae’n gweithio unwaith, am ${m.expiresInMinutes} munud. Os na wnaethoch ofyn amdano, peidiwch â gwneud dim.`,
    stop: 'I atal pob neges gennym ni:',
  },
};

export function providerSignInSender(provider: Provider, links: Links, keys: Pick<ContactKeys, 'hasher'>, log: { warn(obj: object, msg: string): void }): SignInSender {
  return {
    async send(message) {
      if (!provider.channels.has(message.channel)) {
        log.warn({ channel: message.channel }, 'messages: no provider for this sign-in channel; nothing was sent');
        return;
      }
      const c = COPY[message.locale] ?? COPY['en-GB'];
      const { personKey, address } = addressOf({ method: message.channel === 'email' ? 'email' : 'text', detail: message.to }, keys);
      const unsubscribe = unsubscribeLink(links, personKey);
      const lines = message.readingLevel === 'easy-read' ? c.easy(message) : c.standard(message);
      const result = await provider.send({
        id: randomUUID(),
        channel: message.channel,
        to: address,
        language: message.locale,
        rendered: { subject: c.subject, body: [...lines, '', '--', c.stop, unsubscribe, ''].join('\n'), sms: c.sms(message) },
        links: { item: message.link ?? links.publicBaseUrl, unsubscribe },
      });
      if (!result.ok) log.warn({ channel: message.channel, reason: result.reason }, 'messages: a sign-in message was not sent');
    },
  };
}
