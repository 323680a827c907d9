/**
 * Typed errors of the data layer. Every failure a caller can act on is one of these; the UI
 * turns them into messages ("you have no access", "someone else changed this", "try again").
 * They are mapped from Graph's answers in one place (`errorFromResponse`), for plain
 * requests and for each response inside a $batch alike.
 */
import type { FieldError } from '../domain/validation';

export interface GraphErrorBody {
  error?: { code?: string; message?: string; innerError?: Record<string, unknown> };
}

export interface DataErrorDetails {
  /** HTTP status, or 0 when no answer came (network failure, timeout). */
  status: number;
  /** Graph's error code, e.g. "accessDenied", "invalidRequest". */
  code?: string;
  /** Graph's `request-id` / `client-request-id`, for support. */
  requestId?: string;
  cause?: unknown;
}

export abstract class DataError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;

  protected constructor(message: string, details: DataErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
  }
}

/** 401/403: not signed in, or not allowed to read or write this site (e.g. a guest). */
export class AccessDeniedError extends DataError {
  override name = 'AccessDeniedError';
  constructor(message: string, details: DataErrorDetails) {
    super(message, details);
  }
}

/** 404: the site, list or item does not exist (any more). */
export class NotFoundError extends DataError {
  override name = 'NotFoundError';
  constructor(message: string, details: DataErrorDetails) {
    super(message, details);
  }
}

/**
 * 412 (If-Match failed) or 409: someone else changed the item since it was read. `current`
 * holds the item as the server has it now, when it could be fetched, so the UI can show the
 * other change and let the user decide.
 */
export class ConflictError<T = unknown> extends DataError {
  override name = 'ConflictError';
  readonly current: T | undefined;
  constructor(message: string, details: DataErrorDetails & { current?: T }) {
    super(message, details);
    this.current = details.current;
  }
  withCurrent<U>(current: U | undefined): ConflictError<U> {
    return new ConflictError<U>(this.message, {
      status: this.status,
      ...(this.code === undefined ? {} : { code: this.code }),
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
      ...(current === undefined ? {} : { current }),
      cause: this,
    });
  }
}

/**
 * 400: the server refused the request's content (`message` is Graph's message), or the data
 * layer refused a write before sending it because the domain's rules failed: then
 * `fieldErrors` holds the domain's field errors, so a form can show them next to its inputs.
 */
export class ValidationError extends DataError {
  override name = 'ValidationError';
  readonly fieldErrors?: FieldError[];
  constructor(message: string, details: DataErrorDetails & { fieldErrors?: readonly FieldError[] }) {
    super(message, details);
    if (details.fieldErrors) this.fieldErrors = [...details.fieldErrors];
  }

  /** A refusal by the domain's rules, before any request (status 400, code `invalidInput`). */
  static fromFieldErrors(fieldErrors: readonly FieldError[], what = 'value'): ValidationError {
    const list = fieldErrors
      .map((e) => (typeof e.params?.['reason'] === 'string' ? `${e.field}: ${e.params['reason']}` : `${e.field}: ${e.code}`))
      .join(', ');
    return new ValidationError(`The ${what} was refused: ${list || 'invalid'}`, {
      status: 400,
      code: 'invalidInput',
      fieldErrors,
    });
  }
}

/** 429 after the retry handler gave up: the service asks us to slow down. */
export class ThrottledError extends DataError {
  override name = 'ThrottledError';
  readonly retryAfterSeconds: number | undefined;
  constructor(message: string, details: DataErrorDetails & { retryAfterSeconds?: number }) {
    super(message, details);
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** 5xx after the retries ran out, or no answer at all (network down, timeout). */
export class UnavailableError extends DataError {
  override name = 'UnavailableError';
  readonly retryAfterSeconds: number | undefined;
  constructor(message: string, details: DataErrorDetails & { retryAfterSeconds?: number }) {
    super(message, details);
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
  /** True when the request may or may not have reached the server (the outcome is unknown). */
  get outcomeUnknown(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 504;
  }
}

/** Any other unexpected answer. */
export class UnexpectedResponseError extends DataError {
  override name = 'UnexpectedResponseError';
  constructor(message: string, details: DataErrorDetails) {
    super(message, details);
  }
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}

/** A header lookup that works for fetch's Headers and for the plain objects inside $batch. */
export type HeaderSource = Headers | Record<string, string> | undefined;

export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string>)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** Retry-After in seconds: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: Date = new Date()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function errorParts(body: unknown): { code?: string; message?: string } {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as GraphErrorBody).error;
    if (typeof error === 'object' && error !== null) {
      return {
        ...(typeof error.code === 'string' ? { code: error.code } : {}),
        ...(typeof error.message === 'string' ? { message: error.message } : {}),
      };
    }
  }
  return {};
}

/** Maps an HTTP status and Graph error body (plain or inside a $batch) to a typed error. */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers?: HeaderSource,
  cause?: unknown,
): DataError {
  const { code, message } = errorParts(body);
  const requestId = headerValue(headers, 'request-id') ?? headerValue(headers, 'client-request-id');
  const details: DataErrorDetails = {
    status,
    ...(code === undefined ? {} : { code }),
    ...(requestId === undefined ? {} : { requestId }),
    ...(cause === undefined ? {} : { cause }),
  };
  const text = message ?? `Graph answered ${status}`;
  const retryAfterSeconds = parseRetryAfter(headerValue(headers, 'retry-after'));
  const withRetry = retryAfterSeconds === undefined ? details : { ...details, retryAfterSeconds };
  if (status === 401 || status === 403) return new AccessDeniedError(text, details);
  if (status === 404 || status === 410) return new NotFoundError(text, details);
  if (status === 409 || status === 412) return new ConflictError(text, details);
  if (status === 400 || status === 422) return new ValidationError(text, details);
  if (status === 429) return new ThrottledError(text, withRetry);
  if (status === 0 || status >= 500) return new UnavailableError(text, withRetry);
  return new UnexpectedResponseError(text, details);
}

/** A request that got no answer: the network failed or the request timed out. */
export function networkError(cause: unknown): UnavailableError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new UnavailableError(`No answer from Graph: ${reason}`, { status: 0, cause });
}
