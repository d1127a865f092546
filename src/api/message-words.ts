/**
 * The words a feedback status or an interest answer is told in (issues 14, 15), written once for
 * the server's message templates (server/src/messages/templates.ts) and InMemoryApi's stand-in
 * of what a message says (src/api/in-memory-messages.ts, the by-hand list): "Your feedback
 * FB-…: we are considering it", never the status code.
 */
export type MessageLanguage = 'en-GB' | 'cy';
export type FeedbackStatusWord = 'received' | 'considering' | 'changed' | 'not_changed';
export type InterestAnswerWord = 'new' | 'contacted' | 'joined' | 'not_this_time';

export const STATUS: Record<MessageLanguage, Record<FeedbackStatusWord, string>> = {
  'en-GB': { received: 'received', considering: 'we are considering it', changed: 'we did: changed', not_changed: 'not changed' },
  cy: { received: 'wedi dod i law', considering: 'rydym yn ei ystyried', changed: 'gwnaethom: newidiwyd', not_changed: 'heb ei newid' },
};

export const ANSWER: Record<MessageLanguage, Record<InterestAnswerWord, string>> = {
  'en-GB': { new: 'received', contacted: 'we are getting in touch', joined: 'you are taking part', not_this_time: 'not this time' },
  cy: { new: 'wedi dod i law', contacted: 'rydym yn cysylltu', joined: 'rydych yn cymryd rhan', not_this_time: 'nid y tro hwn' },
};

/** "Your feedback FB-4K7Q: we are considering it" (the status message's subject). */
export const statusSubject = (language: MessageLanguage, reference: string, status: string): string =>
  `${language === 'cy' ? 'Eich adborth' : 'Your feedback'} ${reference}: ${status}`;

/** "Your expression of interest EI-…: we are getting in touch." (the answer message's first line). */
export const interestLine = (language: MessageLanguage, reference: string, answer: string): string =>
  `${language === 'cy' ? 'Eich mynegiant o ddiddordeb' : 'Your expression of interest'} ${reference}: ${answer}.`;

/** What a status message says, from the status code (a code it does not know is said as it is). */
export const feedbackSays = (reference: string, status: string, language: MessageLanguage = 'en-GB'): string =>
  statusSubject(language, reference, STATUS[language][status as FeedbackStatusWord] ?? status);

/** What an interest answer message says, from the answer code. */
export const interestSays = (reference: string, status: string, language: MessageLanguage = 'en-GB'): string =>
  interestLine(language, reference, ANSWER[language][status as InterestAnswerWord] ?? status);
