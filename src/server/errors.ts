/**
 * Graph errors. Every failure the server reports travels as a GraphError and is written with
 * Graph's error body `{"error":{"code","message","innerError":{…}}}`. The codes and messages
 * are the ones Graph (and SharePoint behind it) answer with, so the data layer can match on them.
 */
export class GraphError extends Error {
  override name = 'GraphError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers, e.g. Retry-After on throttling. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const invalidRequest = (message: string): GraphError => new GraphError(400, 'invalidRequest', message);

export const badRequest = (message: string): GraphError => new GraphError(400, 'BadRequest', message);

export const itemNotFound = (message = 'The resource could not be found.'): GraphError =>
  new GraphError(404, 'itemNotFound', message);

export const nameAlreadyExists = (message: string): GraphError => new GraphError(409, 'nameAlreadyExists', message);

/** Graph's answer to an If-Match that no longer matches (documented code resourceModified). */
export const resourceModified = (): GraphError =>
  new GraphError(412, 'resourceModified', "ETag does not match current item's value");

export const accessDenied = (): GraphError => new GraphError(403, 'accessDenied', 'Access denied');

export const invalidToken = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message);

/** The message Graph gives for a $filter/$orderby on a column without an index. */
export const notIndexed = (field: string): GraphError =>
  invalidRequest(
    `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. ` +
      "Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, " +
      'but be warned that such queries may fail on large lists.',
  );

/**
 * SharePoint's list view threshold. Graph passes SharePoint's SPQueryThrottledException on as a
 * 429 (reported in msgraph-sdk-dotnet#827 and #703), without a documented Retry-After; the
 * message is SharePoint's own so the cause is visible.
 */
export const listViewThreshold = (): GraphError =>
  new GraphError(
    429,
    'throttledRequest',
    'The attempted operation is prohibited because it exceeds the list view threshold.',
  );
