import type { CallOptions, CoprodApi, EqualityCalls, AuditCalls, EvaluationCalls, MissingSessionCalls, MyInvolvementCalls, PayCalls, PeopleCalls } from './api.js';
import { ApiError } from './errors.js';
import type { StaffCalls } from './http-staff.js';
import { feedbackVersion, HttpTransport, loadWritePath, route, type HttpApiOptions, type Operations, type Send } from './http-transport.js';
import type { WritePathCalls } from './http-write.js';
import type {
  FeedbackItem,
  FeedbackPage,
  FeedbackQuery,
  Id,
  Opportunity,
  OpportunityPage,
  OpportunityQuery,
  Taxonomy,
} from './types.js';

export { buildUrl, type HttpApiOptions, type QueryObject, type TokenSource } from './http-transport.js';

/** The calls a public page reads with (the list, an opportunity, the feedback board); its writes, and the profile form's read, are in http-write.ts. */
type PublicReads = Pick<CoprodApi, 'listOpportunities' | 'getOpportunity' | 'listFeedback' | 'getFeedback' | 'getTaxonomy'>;

const operations = {
  listOpportunities: ['GET', '/opportunities'],
  getOpportunity: ['GET', '/opportunities/{opportunityId}'],
  listFeedback: ['GET', '/feedback'],
  getFeedback: ['GET', '/feedback/{feedbackId}'],
  getTaxonomy: ['GET', '/taxonomy'],
} as const satisfies Operations<PublicReads>;

/** A module of calls made for one client with what it sends them with. */
export type Load<C> = () => Promise<(send: Send) => C>;

/**
 * A client's calls of a module that loads on their first call: made once per client and
 * module (by its loader), so that what a module keeps between calls is kept; a module that
 * failed to load (the network) is asked for again by the next call. The calls http-calls.ts
 * puts on `HttpApi.prototype` (only in the modules that make them) ask here too.
 * @internal
 */
export const callsOf = new WeakMap<HttpApi, <C>(load: Load<C>) => Promise<C>>();

const writePath: Load<WritePathCalls> = () => loadWritePath().then((m) => m.publicWrites);
/** The people calls (http-people.ts): listMySuggestions below, and the rest by http-calls.ts. @internal */
export const peoplePath: Load<PeopleCalls> = () => import('./http-people.js').then((m) => m.peopleCalls);

/**
 * The contract over HTTP, with timeouts, safe retries and an ETag cache (http-transport.ts).
 * The public reads are methods here; the public writes and reading a profile are put on the
 * prototype below (`putCalls`) and load the write path (http-write.ts) on their first call.
 * The person's page, pay, people, evaluation, audit, equality and staff calls are put on the prototype by `httpCalls()` (http-calls.ts), which
 * the modules that make them call, and load with their module (http-me.ts, http-pay.ts, ...)
 * the first time one of them is called: a public list or board carries none of their names.
 * `HttpApi` as the package exports it (http-client.ts) has them all.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface HttpApi extends WritePathCalls, MyInvolvementCalls, PayCalls, PeopleCalls, EvaluationCalls, AuditCalls, MissingSessionCalls, EqualityCalls, StaffCalls {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class HttpApi implements CoprodApi {
  readonly #call: <T>(operationId: keyof PublicReads, spec: Parameters<Send>[1]) => Promise<T>;

  constructor(options: HttpApiOptions) {
    const transport = new HttpTransport(options);
    const send: Send = (operation, spec) => transport.call(operation, spec);
    this.#call = route(send, operations);
    const made = new Map<Load<unknown>, Promise<unknown>>();
    const calls = <C>(load: Load<C>): Promise<C> => {
      let loaded = made.get(load) as Promise<C> | undefined;
      if (!loaded) {
        loaded = load().then(
          (make) => make(send),
          (error: unknown) => {
            made.delete(load);
            throw new ApiError('network', 'The request could not be sent.', { cause: error });
          },
        );
        made.set(load, loaded);
      }
      return loaded;
    };
    callsOf.set(this, calls);
  }

  listOpportunities(query?: OpportunityQuery, options?: CallOptions): Promise<OpportunityPage> {
    return this.#call('listOpportunities', { query, signal: options?.signal });
  }

  getOpportunity(id: Id, options?: CallOptions): Promise<Opportunity> {
    return this.#call('getOpportunity', { params: { opportunityId: id }, signal: options?.signal });
  }

  async listFeedback(query?: FeedbackQuery, options?: CallOptions): Promise<FeedbackPage> {
    const page = await this.#call<FeedbackPage>('listFeedback', { query, signal: options?.signal });
    page.items.forEach(feedbackVersion);
    return page;
  }

  async getFeedback(id: Id, options?: CallOptions): Promise<FeedbackItem> {
    return feedbackVersion(await this.#call<FeedbackItem>('getFeedback', { params: { feedbackId: id }, signal: options?.signal }));
  }

  getTaxonomy(options?: CallOptions): Promise<Taxonomy> {
    return this.#call('getTaxonomy', { signal: options?.signal });
  }
}

/**
 * Puts calls on `HttpApi.prototype` (once; a subclass's own method of that name wins, as any
 * method of a class would) that ask their client for their module's calls (`callsOf`: made once
 * per client and module; a module that failed to load is asked for again by the next call, and
 * that call fails as a network failure). `load` is asked when called, so that a test may stand
 * in for a module. http-calls.ts puts on the calls beyond a public page's the same way.
 * @internal
 */
export function putCalls(names: readonly string[], load: () => Load<unknown>): void {
  for (const name of names) {
    if (name in HttpApi.prototype) continue;
    (HttpApi.prototype as unknown as Record<string, unknown>)[name] = function (this: HttpApi, ...args: unknown[]) {
      return callsOf.get(this)!(load() as Load<Record<string, (...args: unknown[]) => Promise<unknown>>>).then((calls) => calls[name]!(...args));
    };
  }
}

// The public writes load the write path (http-write.ts) on their first call; the list asks
// whether a client has listMySuggestions before it offers "Only what may suit me", so every
// client has it too, and it loads with the people calls (http-people.ts).
putCalls(['createInterest', 'createProfile', 'getProfile', 'updateProfile', 'deleteProfile', 'createFeedback', 'supportFeedback'] satisfies (keyof WritePathCalls)[], () => writePath);
putCalls(['listMySuggestions'], () => peoplePath);
