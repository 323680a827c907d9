/**
 * The wire shape of Graph answers: JSON with OData metadata headers, request-id and
 * client-request-id on every response, and errors as
 * {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
 */
import type { GraphError } from '../errors';

export const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface RequestIds {
  requestId: string;
  clientRequestId: string;
}

export function idHeaders(ids: RequestIds): Record<string, string> {
  return { 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId };
}

/** Graph's innerError.date has whole seconds and no zone designator. */
export function innerErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export function errorResponse(error: GraphError, ids: RequestIds, now: Date): GraphResponse {
  return {
    status: error.status,
    headers: { ...idHeaders(ids), 'Content-Type': GRAPH_JSON, ...error.headers },
    body: {
      error: {
        code: error.code,
        message: error.message,
        innerError: { date: innerErrorDate(now), 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
      },
    },
  };
}
