/**
 * Content before JavaScript (issue 19): the opportunity list and the feedback board rendered
 * on the server as declarative shadow DOM, for a CMS to include server-side or a page to use as
 * the element's own content. The element hydrates it in the browser without drawing it again.
 *
 *   GET /embed/opportunity-list?topic=&area=&organisation=&limit=&lang=cy&reading-level=&heading-level=&hide-filters&hide-heading&fallback-href=
 *   GET /embed/feedback-loop?topic=&page-size=&lang=&reading-level=&heading-level=&hide-heading&fallback-href=
 *   GET /embed/opportunity?opportunity=<id>&lang=   (where a card links without JavaScript)
 *   GET /embed/feedback?feedback=<id>&lang=         (where a board item links without JavaScript)
 *   GET /embed/styles/<tag>.css                     (each shadow root's styles: a strict CSP blocks <style>)
 *   GET /council-ssr.html                           (the demo council page, its embeds included as a CMS would)
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { FeedbackItem, FeedbackPage, Opportunity, OpportunityPage, Taxonomy } from '../../../src/api/types.js';
import { ProblemError, badRequest, notFound } from '../problems.js';
import { BOARD_PARAMS, ITEM_PARAMS, LIST_PARAMS, parseParams, type Parsed } from './params.js';
import { feedbackPage, opportunityPage } from './pages.js';
import { embedRenderer } from './render.js';

export interface EmbedOptions {
  /** The built widgets (dist/); without them there is nothing to render with. */
  widgets?: string | undefined;
  /** The demo pages (for /council-ssr.html). */
  demo?: string | undefined;
  /**
   * This server's public address (PUBLIC_BASE_URL), for the api-base, stylesheet and link
   * addresses the rendered HTML carries. Unset (development, a demo): each answer uses the origin
   * it was asked at (`Host`; `X-Forwarded-Proto`/`-Host` only under TRUST_PROXY, as fastify reads
   * them), so a page opened at 127.0.0.1 or by another name calls its own origin, which its CSP
   * allows; such answers say `Vary: Host, X-Forwarded-Host, X-Forwarded-Proto`, so a shared cache
   * never gives one name's answer to another. Production should set it: then no header of the
   * request can change where the widgets call.
   */
  publicBaseUrl?: string | undefined;
}

const TAGS = ['coprod-opportunity-list', 'coprod-feedback-loop'] as const;
const INCLUDE = /<!--#include virtual="(\/embed\/[^"]*)" -->/g;

function parsed<P extends Parameters<typeof parseParams>[1]>(request: FastifyRequest, specs: P): Parsed<P> {
  const result = parseParams(request.query, specs);
  if ('errors' in result) throw badRequest('A parameter of this embed is not right. Each one is listed with what to do.', result.errors);
  return result.values;
}

/** The server's own API, as the widget would call it (contract validation, public cache and all). */
async function apiGet<T>(app: FastifyInstance, path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(name, String(value));
  const response = await app.inject({ method: 'GET', url: `/api/v1${path}${search.size ? `?${search}` : ''}` });
  if (response.statusCode === 404) throw notFound();
  if (response.statusCode !== 200) throw new ProblemError(502, 'The list could not be read from the API.');
  return response.json() as T;
}

/** A host name or address, with its port: nothing else may reach the page's attributes. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The origin the request was made to (its `Host`, or under TRUST_PROXY its `X-Forwarded-Host` and `-Proto`). */
export function requestOrigin(request: FastifyRequest): string {
  const host = request.host;
  if (!HOST.test(host)) throw badRequest('The Host of this request is not a host name.', [{ field: 'host', code: 'invalid-format', message: 'Host must be a host name or address, with its port.' }]);
  return `${request.protocol === 'https' ? 'https' : 'http'}://${host}`;
}

function htmlAnswer(reply: FastifyReply, body: string, cacheControl: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('cache-control', cacheControl).send(body);
}

export default fp<EmbedOptions>(
  async (app, { widgets, demo, publicBaseUrl }) => {
    const origin = publicBaseUrl ? () => publicBaseUrl.replace(/\/+$/, '') : requestOrigin;
    // An answer that carries the request's origin varies with it (for any cache in front).
    // Public data only; a CMS may keep it for a minute.
    const html = (reply: FastifyReply, body: string, cacheControl = 'public, max-age=60') => {
      const vary = reply.getHeader('vary');
      if (!publicBaseUrl) reply.header('vary', `${vary ? `${String(vary)}, ` : ''}Host, X-Forwarded-Host, X-Forwarded-Proto`);
      return htmlAnswer(reply, body, cacheControl);
    };
    if (!widgets || !existsSync(join(widgets, 'coprod-widgets.js'))) return;
    const renderer = () => embedRenderer(widgets);

    async function listHtml(request: FastifyRequest): Promise<string> {
      const p = parsed(request, LIST_PARAMS);
      const locale = p.lang ?? 'en-GB';
      const readingLevel = p['reading-level'] ?? 'standard';
      const limit = p.limit ?? 10;
      const [taxonomy, page] = await Promise.all([
        apiGet<Taxonomy>(app, '/taxonomy'),
        apiGet<OpportunityPage>(app, '/opportunities', { sort: 'closing', limit, topic: p.topic, area: p.area, organisation: p.organisation }),
      ]);
      const base = origin(request);
      return (await renderer()).render({
        tag: 'coprod-opportunity-list',
        attributes: {
          'api-base': `${base}/api/v1`,
          locale,
          'reading-level': readingLevel === 'easy-read' ? readingLevel : undefined,
          topic: p.topic,
          area: p.area,
          organisation: p.organisation,
          limit,
          'heading-level': p['heading-level'],
          'hide-filters': p['hide-filters'],
          'hide-heading': p['hide-heading'],
          'fallback-href': p['fallback-href'],
        },
        data: { page, taxonomy },
        locale,
        readingLevel,
        linkBase: `${base}/embed/opportunity?lang=${locale === 'cy' ? 'cy' : 'en'}${readingLevel === 'easy-read' ? '&reading-level=easy-read' : ''}`,
        stylesheetHref: `${base}/embed/styles/coprod-opportunity-list.css`,
      });
    }

    async function boardHtml(request: FastifyRequest): Promise<string> {
      const p = parsed(request, BOARD_PARAMS);
      const locale = p.lang ?? 'en-GB';
      const readingLevel = p['reading-level'] ?? 'standard';
      const pageSize = p['page-size'] ?? 10;
      const [taxonomy, page] = await Promise.all([apiGet<Taxonomy>(app, '/taxonomy'), apiGet<FeedbackPage>(app, '/feedback', { limit: pageSize, topic: p.topic })]);
      const base = origin(request);
      return (await renderer()).render({
        tag: 'coprod-feedback-loop',
        attributes: {
          'api-base': `${base}/api/v1`,
          mode: 'board',
          locale,
          'reading-level': readingLevel === 'easy-read' ? readingLevel : undefined,
          topic: p.topic,
          'page-size': pageSize,
          'heading-level': p['heading-level'],
          'hide-heading': p['hide-heading'],
          'fallback-href': p['fallback-href'],
        },
        data: { taxonomy, ...page },
        locale,
        readingLevel,
        linkBase: `${base}/embed/feedback?lang=${locale === 'cy' ? 'cy' : 'en'}`,
        stylesheetHref: `${base}/embed/styles/coprod-feedback-loop.css`,
      });
    }

    app.get('/embed/opportunity-list', async (request, reply) => html(reply, await listHtml(request)));
    app.get('/embed/feedback-loop', async (request, reply) => html(reply, await boardHtml(request)));

    app.get('/embed/opportunity', async (request, reply) => {
      const p = parsed(request, ITEM_PARAMS);
      if (!p.opportunity) throw badRequest('Say which opportunity.', [{ field: 'opportunity', code: 'required', message: 'opportunity is the id of an opportunity.' }]);
      const opportunity = await apiGet<Opportunity>(app, `/opportunities/${encodeURIComponent(p.opportunity)}`);
      return html(reply, opportunityPage(opportunity, p.lang ?? 'en-GB', p['reading-level'] ?? 'standard'));
    });

    app.get('/embed/feedback', async (request, reply) => {
      const p = parsed(request, ITEM_PARAMS);
      if (!p.feedback) throw badRequest('Say which feedback item.', [{ field: 'feedback', code: 'required', message: 'feedback is the id of a feedback item.' }]);
      const item = await apiGet<FeedbackItem>(app, `/feedback/${encodeURIComponent(p.feedback)}`);
      return html(reply, feedbackPage(item, p.lang ?? 'en-GB'));
    });

    app.get<{ Params: { tag: string } }>('/embed/styles/:tag.css', async (request, reply) => {
      const tag = TAGS.find((t) => t === request.params.tag);
      if (!tag) throw notFound('There is no embed with that name.');
      let css = (await renderer()).stylesheet(tag);
      if (css === undefined) {
        // Not rendered yet in this process: render an empty one to learn its styles.
        await app.inject({ method: 'GET', url: tag === 'coprod-opportunity-list' ? '/embed/opportunity-list?limit=1' : '/embed/feedback-loop?page-size=1' });
        css = (await renderer()).stylesheet(tag) ?? '';
      }
      return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(css);
    });

    if (demo && existsSync(join(demo, 'council-ssr.html'))) {
      // The demo council page, its embeds included server-side as a CMS (or SSI) would.
      app.get('/council-ssr.html', async (request, reply) => {
        const template = await readFile(join(demo, 'council-ssr.html'), 'utf8');
        const lang = (request.query as Record<string, unknown>)['lang'] === 'cy' ? 'cy' : undefined;
        const parts = await Promise.all(
          [...template.matchAll(INCLUDE)].map(async ([, path]) => {
            const url = lang ? `${path}${path!.includes('?') ? '&' : '?'}lang=cy` : path!;
            const response = await app.inject({ method: 'GET', url, headers: { host: request.host, 'x-forwarded-proto': request.protocol } });
            if (response.statusCode !== 200) throw new ProblemError(502, 'An embed of this page did not render.');
            return response.body;
          }),
        );
        let index = 0;
        const page = template.replace(INCLUDE, () => parts[index++]!).replace('<html lang="en-GB">', lang ? '<html lang="cy">' : '<html lang="en-GB">');
        return html(reply, page, 'no-cache');
      });
    }
  },
  { name: 'coprod-embed' },
);
