import {
  AccessDeniedError,
  ConflictError,
  errorFromResponse,
  NotFoundError,
  parseRetryAfter,
  ThrottledError,
  UnavailableError,
  UnexpectedResponseError,
  ValidationError,
} from './errors';

const body = (code: string, message: string) => ({ error: { code, message } });

describe('errorFromResponse', () => {
  it.each([
    [401, AccessDeniedError],
    [403, AccessDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [412, ConflictError],
    [400, ValidationError],
    [429, ThrottledError],
    [503, UnavailableError],
    [500, UnavailableError],
    [418, UnexpectedResponseError],
  ])('maps %i to %p', (status, type) => {
    expect(errorFromResponse(status, body('x', 'y'))).toBeInstanceOf(type);
  });

  it("keeps Graph's code, message and request id", () => {
    const error = errorFromResponse(400, body('invalidRequest', 'Field Foo is not recognized'), {
      'request-id': 'abc',
    });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('Field Foo is not recognized');
    expect(error.code).toBe('invalidRequest');
    expect(error.requestId).toBe('abc');
    expect(error.status).toBe(400);
  });

  it('reads Retry-After from fetch Headers and plain batch headers', () => {
    const fromHeaders = errorFromResponse(429, body('tooManyRequests', 'slow down'), new Headers({ 'Retry-After': '7' }));
    expect((fromHeaders as ThrottledError).retryAfterSeconds).toBe(7);
    const fromBatch = errorFromResponse(503, undefined, { 'retry-after': '3' });
    expect((fromBatch as UnavailableError).retryAfterSeconds).toBe(3);
    expect(fromBatch.message).toBe('Graph answered 503');
  });

  it('treats no answer as unavailable with an unknown outcome', () => {
    const error = errorFromResponse(0, undefined) as UnavailableError;
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error.outcomeUnknown).toBe(true);
    expect((errorFromResponse(503, undefined) as UnavailableError).outcomeUnknown).toBe(false);
  });

  it('carries the current version on a conflict', () => {
    const conflict = errorFromResponse(412, body('resourceModified', 'etag mismatch')) as ConflictError;
    const withCurrent = conflict.withCurrent({ title: 'theirs' });
    expect(withCurrent).toBeInstanceOf(ConflictError);
    expect(withCurrent.current).toEqual({ title: 'theirs' });
    expect(withCurrent.status).toBe(412);
    expect(withCurrent.message).toBe('etag mismatch');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
