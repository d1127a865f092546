import type { FastifyInstance } from 'fastify';

/** The contract itself, as YAML and as JSON, for clients and tools. */
export default async function contractRoutes(app: FastifyInstance): Promise<void> {
  const json = JSON.stringify(app.contract.document);
  app.get('/api/v1/openapi.yaml', async (_request, reply) => reply.type('application/yaml; charset=utf-8').send(app.contract.yaml));
  app.get('/api/v1/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(json));
}
