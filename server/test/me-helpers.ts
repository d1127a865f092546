import type { SignInMessage, SignInSender } from '../src/me/sign-in.js';
import type { MeOptions } from '../src/app.js';
import type { TestServer } from './harness.js';

/** Catches what would be sent, instead of sending it. */
export function capturingSender(): SignInSender & { sent: SignInMessage[]; next(to: string): Promise<SignInMessage> } {
  const sent: SignInMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
    /** The newest message to `to`, waiting a moment for it (sending happens after the answer). */
    async next(to) {
      for (let i = 0; i < 1000; i++) {
        const found = [...sent].reverse().find((m) => m.to === to);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('No sign-in message was sent');
    },
  };
}

export const PAGE = 'https://council.example/my-involvement';

export function meOptions(sender: SignInSender, signIn: Partial<NonNullable<MeOptions['signIn']>> = {}): MeOptions {
  return { contactKey: 'test-contact-key-0123456789', retentionMonths: false, retentionJob: false, signIn: { sender, pageUrl: PAGE, perIp: false, ...signIn } };
}

export const linkToken = (message: SignInMessage): string => /#coprod-sign-in=([A-Za-z0-9_-]+)/.exec(message.link!)![1]!;

/** Asks for a link and exchanges it: the person's bearer token. */
export async function signInByEmail(s: TestServer, sender: ReturnType<typeof capturingSender>, email: string): Promise<string> {
  const asked = await s.call('/api/v1/me/sign-in-requests', { method: 'POST', body: { channel: 'email', address: email } });
  if (asked.status !== 202) throw new Error(`sign-in request: ${asked.status}`);
  const message = await sender.next(email.toLowerCase());
  const started = await s.call('/api/v1/me/sessions', { method: 'POST', body: { link: linkToken(message) } });
  if (started.status !== 201) throw new Error(`session: ${started.status}`);
  return started.body.token as string;
}
