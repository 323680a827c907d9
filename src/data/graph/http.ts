/**
 * A small typed face over the Graph client: every call goes through the middleware chain of
 * ./client.ts, and every failure comes out as a typed error of ../errors.ts. Paths are relative
 * to the version root ("/sites/root"); absolute @odata.nextLink URLs are made relative here.
 */
import { GraphError, type GraphRequest, type MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { errorFromResponse, networkError, type DataError } from '../errors';
import type { GraphClient } from './client';
import type { RequestStats } from './middleware';

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Options for the middlewares (e.g. ScopesOption, SafeToRepeatOption). */
  middleware?: MiddlewareOptions[];
}

/** A page of a Graph collection. */
export interface Collection<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export function toDataError(error: unknown): DataError | unknown {
  if (error instanceof GraphError) {
    if (!(error.statusCode > 0)) return networkError(error);
    return errorFromResponse(
      error.statusCode,
      { error: { code: error.code ?? undefined, message: error.message } },
      error.headers,
      error,
    );
  }
  if (error instanceof TypeError || (error instanceof Error && error.name === 'AbortError')) {
    return networkError(error);
  }
  return error;
}

export class GraphHttp {
  constructor(private readonly graph: GraphClient) {}

  get versionRoot(): string {
    return this.graph.versionRoot;
  }

  /** Retries for throttled requests, as configured for the RetryHandler. */
  get maxRetries(): number {
    return this.graph.maxRetries;
  }

  stats(): RequestStats {
    return this.graph.counter.snapshot();
  }

  resetStats(): void {
    this.graph.counter.reset();
  }

  /**
   * Makes a Graph URL (e.g. an @odata.nextLink) relative to the version root. The client library
   * only recognises absolute https:// URLs itself, so an http:// local server's links would
   * otherwise be appended to the base URL.
   */
  relativePath(url: string): string {
    if (!/^https?:\/\//i.test(url)) return url.startsWith('/') ? url : `/${url}`;
    const root = this.graph.versionRoot;
    if (url.toLowerCase().startsWith(root.toLowerCase())) return url.slice(root.length) || '/';
    const parsed = new URL(url);
    const rootPath = new URL(root).pathname;
    if (parsed.origin === new URL(root).origin && parsed.pathname.startsWith(rootPath)) {
      return parsed.pathname.slice(rootPath.length) + parsed.search;
    }
    throw new TypeError(`refusing to follow a link outside the Graph root: ${url}`);
  }

  private request(path: string, options?: RequestOptions): GraphRequest {
    let request = this.graph.client.api(this.relativePath(path));
    if (options?.headers) request = request.headers(options.headers);
    if (options?.middleware?.length) request = request.middlewareOptions(options.middleware);
    return request;
  }

  private async run<T>(send: () => Promise<unknown>): Promise<T> {
    try {
      return (await send()) as T;
    } catch (error) {
      throw toDataError(error);
    }
  }

  get<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.run<T>(() => this.request(path, options).get());
  }

  post<T>(path: string, body: unknown, options?: RequestOptions): Promise<T> {
    return this.run<T>(() => this.request(path, options).post(body));
  }

  patch<T>(path: string, body: unknown, options?: RequestOptions): Promise<T> {
    return this.run<T>(() => this.request(path, options).patch(body));
  }

  async delete(path: string, options?: RequestOptions): Promise<void> {
    await this.run<unknown>(() => this.request(path, options).delete());
  }

  /** Reads every page of a collection, following @odata.nextLink. */
  async getAll<T>(path: string, options?: RequestOptions): Promise<T[]> {
    const first = await this.get<Collection<T>>(path, options);
    return this.rest(first, options);
  }

  /** Given a first page (e.g. from a $batch), reads the remaining pages. */
  async rest<T>(first: Collection<T>, options?: RequestOptions): Promise<T[]> {
    const items = [...(first.value ?? [])];
    let next = first['@odata.nextLink'];
    while (next) {
      const page = await this.get<Collection<T>>(next, options);
      items.push(...(page.value ?? []));
      next = page['@odata.nextLink'];
    }
    return items;
  }
}
