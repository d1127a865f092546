import type { FastifyInstance } from 'fastify';
import { operation, sendJson } from '../http.js';

export default async function taxonomyRoutes(app: FastifyInstance): Promise<void> {
  operation(app, 'getTaxonomy', {}, async (_request, reply) => sendJson(reply, 200, await app.repos.taxonomy.read()));
}
