/**
 * JSON batching, POST /$batch: up to 20 requests in one round trip. Each request runs through
 * the whole pipeline on its own (auth, membership, faults, its own transaction), with the
 * batch's Authorization. A request whose dependsOn includes a failed request is answered 424.
 */
import { randomUUID } from 'node:crypto';
import { GraphError, badRequest } from '../errors';
import { type GraphResponse, errorResponse } from '../http/graphResponse';
import { type RouteContext, type RouteModule, asyncRoute } from './context';

export const MAX_BATCH_REQUESTS = 20;
const METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

interface BatchAnswer {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const invalidPayload = (why: string) => badRequest(`Invalid batch payload format: ${why}`);

function parseSteps(body: unknown): BatchStep[] {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw invalidPayload("the body needs a 'requests' array.");
  if (requests.length === 0) throw invalidPayload('the batch has no requests.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`The batch contains ${requests.length} requests; the maximum number of requests allowed in a batch is ${MAX_BATCH_REQUESTS}.`);
  }
  const steps = requests.map((raw, i): BatchStep => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const id = typeof r.id === 'number' ? String(r.id) : r.id;
    if (typeof id !== 'string' || id === '') throw invalidPayload(`request ${i + 1} has no id.`);
    const method = typeof r.method === 'string' ? r.method.toUpperCase() : '';
    if (!METHODS.has(method)) throw invalidPayload(`request '${id}' has an unsupported method.`);
    if (typeof r.url !== 'string' || /^[a-z]+:\/\//i.test(r.url)) throw invalidPayload(`request '${id}' needs a relative url.`);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries((r.headers ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string') headers[name.toLowerCase()] = value;
    }
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')) {
      throw invalidPayload(`request '${id}' has an invalid dependsOn.`);
    }
    return { id, method, url: r.url, headers, body: r.body, dependsOn: dependsOn as string[] };
  });
  const ids = new Set(steps.map((s) => s.id));
  if (ids.size !== steps.length) throw invalidPayload('request ids must be unique.');
  const unknown = steps.find((s) => s.dependsOn.some((d) => !ids.has(d)));
  if (unknown) throw invalidPayload(`request '${unknown.id}' depends on a request that is not in the batch.`);
  const cyclic = findCycle(steps);
  if (cyclic) throw invalidPayload(`the dependsOn of request '${cyclic}' forms a cycle.`);
  return steps;
}

/** The id of a request on a dependsOn cycle, or undefined. Checked before anything runs. */
function findCycle(steps: readonly BatchStep[]): string | undefined {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const done = new Set<string>();
  const visit = (id: string, path: Set<string>): string | undefined => {
    if (path.has(id)) return id;
    if (done.has(id)) return undefined;
    path.add(id);
    for (const d of byId.get(id)!.dependsOn) {
      const found = visit(d, path);
      if (found) return found;
    }
    path.delete(id);
    done.add(id);
    return undefined;
  };
  for (const s of steps) {
    const found = visit(s.id, new Set());
    if (found) return found;
  }
  return undefined;
}

async function runBatch(ctx: RouteContext) {
  const steps = parseSteps(ctx.request.body);
  ctx.services.stats.batch(steps.map((s) => `${s.method} ${s.url}`));
  const byId = new Map(steps.map((s) => [s.id, s]));
  const answers = new Map<string, Promise<BatchAnswer>>();

  const run = (step: BatchStep): Promise<BatchAnswer> => {
    const known = answers.get(step.id);
    if (known) return known;
    const answer = (async (): Promise<BatchAnswer> => {
      const dependencies = await Promise.all(step.dependsOn.map((d) => run(byId.get(d)!)));
      const response = dependencies.some((d) => d.status >= 400)
        ? answerWithError(ctx, new GraphError(424, 'FailedDependency', 'The request failed because a request it depends on failed.'))
        : await dispatchStep(ctx, step);
      return { id: step.id, status: response.status, headers: response.headers, ...(response.body !== undefined ? { body: response.body } : {}) };
    })();
    answers.set(step.id, answer);
    return answer;
  };

  // Requests run one after another, in dependency order; Graph may run independent ones in
  // parallel, which a single SQLite writer would serialise anyway.
  const responses: BatchAnswer[] = [];
  for (const step of steps) responses.push(await run(step));
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { responses } };
}

/** A sub-request answered by the batch itself, in Graph's error shape. */
function answerWithError(ctx: RouteContext, error: GraphError): GraphResponse {
  const requestId = randomUUID();
  return errorResponse(error, { requestId, clientRequestId: requestId }, ctx.now);
}

function dispatchStep(ctx: RouteContext, step: BatchStep): Promise<GraphResponse> {
  const url = new URL(step.url.replace(/^\/?/, '/'), 'http://batch');
  if (url.pathname === '/$batch') return Promise.resolve(answerWithError(ctx, badRequest('A batch cannot contain another batch.')));
  return ctx.dispatch({
    method: step.method,
    path: url.pathname,
    query: url.searchParams,
    headers: { ...step.headers, ...(ctx.request.headers.authorization ? { authorization: ctx.request.headers.authorization } : {}) },
    body: step.body,
  });
}

export const batchRoutes: RouteModule = (router) => {
  router.add('POST', '/$batch', asyncRoute(runBatch));
};
