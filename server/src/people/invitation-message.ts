/**
 * An invitation's personalisation and its signed answer links (issue 18). The words are in
 * server/src/messages/templates-invitations.ts. The data holds the brief's words and the two
 * answer links, never the person's name or address.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Opportunity } from '../types.js';

export interface InvitationData {
  event: 'invitation';
  title: string;
  titleCy?: string;
  summary: string;
  summaryCy?: string;
  easyRead?: string;
  easyReadCy?: string;
  when: string;
  whenCy?: string;
  time: string;
  timeCy?: string;
  paid: boolean;
  /** Who invites them (the staff member's title), when their token names one. */
  author?: string;
  interestedUrl: string;
  notThisTimeUrl: string;
  at: string;
}

/** The signed token in an invitation's answer links: the invitation id and its HMAC. */
const mac = (secret: string, id: string) => createHmac('sha256', secret).update(`coprod-invitation:${id}`).digest('base64url');
export const signInvitation = (secret: string, id: string): string => `${id}~${mac(secret, id)}`;
export function verifyInvitation(secret: string, token: unknown): string | undefined {
  if (typeof token !== 'string' || token.length > 300) return undefined;
  const [id, signature, extra] = token.split('~');
  if (!id || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(secret, id));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined;
}

export function answerUrl(publicBaseUrl: string, token: string, answer: 'interested' | 'not_this_time'): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/invitation?token=${encodeURIComponent(token)}&answer=${answer}`;
}

export function invitationData(opportunity: Opportunity, links: { interested: string; notThisTime: string }, author: string | undefined): InvitationData {
  const cy = opportunity.translations?.cy;
  return {
    event: 'invitation',
    title: opportunity.title,
    ...(cy?.title ? { titleCy: cy.title } : {}),
    summary: opportunity.summary,
    ...(cy?.summary ? { summaryCy: cy.summary } : {}),
    ...(opportunity.easyReadSummary ? { easyRead: opportunity.easyReadSummary } : {}),
    ...(cy?.easyReadSummary ? { easyReadCy: cy.easyReadSummary } : {}),
    when: opportunity.when.summary,
    ...(cy?.when ? { whenCy: cy.when } : {}),
    time: opportunity.timeCommitment.summary,
    ...(cy?.timeCommitment ? { timeCy: cy.timeCommitment } : {}),
    paid: opportunity.payment.type === 'paid',
    ...(author ? { author } : {}),
    interestedUrl: links.interested,
    notThisTimeUrl: links.notThisTime,
    at: new Date().toISOString(),
  };
}

