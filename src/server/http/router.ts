/**
 * A routing table: modules register (method, pattern) → handler; patterns are path segments
 * with `{name}` placeholders. Later capabilities (calendar events, sendMail) add their module
 * to the table without touching the dispatcher.
 */
export type Params = Record<string, string>;

export type Match<H> =
  | { kind: 'found'; handler: H; params: Params }
  | { kind: 'methodNotAllowed'; allowed: string[] }
  | { kind: 'notFound'; segment: string };

interface Route<H> {
  method: string;
  segments: string[];
  handler: H;
}

function splitPath(path: string): string[] | null {
  try {
    return path
      .split('/')
      .filter((s) => s.length > 0)
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

export class Router<H> {
  private readonly routes: Route<H>[] = [];

  add(method: string, pattern: string, handler: H): this {
    this.routes.push({ method: method.toUpperCase(), segments: pattern.split('/').filter((s) => s.length > 0), handler });
    return this;
  }

  match(method: string, path: string): Match<H> {
    const segments = splitPath(path);
    if (!segments) return { kind: 'notFound', segment: path };
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method.toUpperCase()) return { kind: 'found', handler: route.handler, params };
      allowed.push(route.method);
    }
    if (allowed.length > 0) return { kind: 'methodNotAllowed', allowed };
    return { kind: 'notFound', segment: this.firstUnknownSegment(segments) };
  }

  /** The first segment no route knows at its position, for Graph's "Resource not found for the segment" message. */
  private firstUnknownSegment(segments: string[]): string {
    for (let i = 0; i < segments.length; i += 1) {
      const known = this.routes.some((r) => {
        const p = r.segments[i];
        return p !== undefined && (p.startsWith('{') || p === segments[i]);
      });
      if (!known) return segments[i]!;
    }
    return segments[segments.length - 1] ?? '';
  }
}

function matchSegments(pattern: string[], segments: string[]): Params | null {
  if (pattern.length !== segments.length) return null;
  const params: Params = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const p = pattern[i]!;
    const s = segments[i]!;
    if (p.startsWith('{') && p.endsWith('}')) params[p.slice(1, -1)] = s;
    else if (p !== s) return null;
  }
  return params;
}
