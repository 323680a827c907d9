/**
 * What the Outlook parts of Graph (calendar events, mail) share: the mailbox check, Outlook's
 * error codes, its paging ($top with $skip in @odata.nextLink, 10 per page by default) and
 * $select, and the checks on request bodies and e-mail addresses.
 */
import { randomBytes } from 'node:crypto';
import type { DirectoryUser } from '../directory';
import { GraphError, badRequest } from '../errors';
import { option, splitList } from '../odata/query';
import type { RouteContext } from './context';
import { GRAPH_ROOT } from './representations';

/** Outlook answers collections 10 items at a time unless $top asks otherwise. */
export const OUTLOOK_PAGE = 10;
/** Outlook's largest page; a larger $top is answered with this many. */
export const OUTLOOK_MAX_PAGE = 1000;

/**
 * Whether the user has an Exchange Online mailbox. In the demo tenant only the school's staff
 * do: the guest parent is a directory user without one, as most B2B guests are.
 */
export const hasMailbox = (user: DirectoryUser): boolean => user.role !== 'guest' && user.member;

/** Graph's answer for a user without an Exchange Online mailbox (Exchange KB 4462988). */
export const mailboxNotEnabled = (): GraphError =>
  new GraphError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');

export function requireMailbox(ctx: RouteContext): DirectoryUser {
  if (!hasMailbox(ctx.user)) throw mailboxNotEnabled();
  return ctx.user;
}

export const outlookItemNotFound = (): GraphError =>
  new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

export const propertyValidationFailure = (): GraphError =>
  new GraphError(400, 'ErrorPropertyValidationFailure', 'At least one property failed validation.');

export const invalidRecipient = (address: string): GraphError =>
  new GraphError(
    400,
    'ErrorInvalidRecipients',
    `At least one recipient isn't valid., Recipient '${address}' isn't resolved. All recipients must be resolved before a message can be submitted.`,
  );

/** OData's answer to a property the type does not have. */
export const unknownProperty = (name: string, type: string): GraphError =>
  new GraphError(
    400,
    'RequestBodyRead',
    `The property '${name}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );

export const invalidValue = (property: string, type: string): GraphError =>
  new GraphError(400, 'RequestBodyRead', `Cannot convert the literal value of '${property}' to the expected type '${type}'.`);

export function requireObject(body: unknown, what: string): Record<string, unknown> {
  if (body === undefined || body === null) throw badRequest('Empty Payload. JSON content expected.');
  if (typeof body !== 'object' || Array.isArray(body)) throw new GraphError(400, 'RequestBodyRead', `The request body must be a ${what} object.`);
  return body as Record<string, unknown>;
}

/** Refuses any property not in `known` (annotations such as @odata.type are allowed). */
export function checkProperties(input: Record<string, unknown>, known: ReadonlySet<string>, type: string): void {
  for (const name of Object.keys(input)) {
    if (name.startsWith('@') || name.includes('@odata.')) continue;
    if (!known.has(name)) throw unknownProperty(name, type);
  }
}

/** A mailbox address: one @, a dot in the domain, no spaces or angle brackets. */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

export const isMailAddress = (value: unknown): value is string => typeof value === 'string' && ADDRESS.test(value.trim());

/** A Graph recipient / attendee `emailAddress`: { address, name? }. */
export function readEmailAddress(value: unknown, property: string): { name: string; address: string } {
  if (value === undefined || value === null) throw invalidRecipient('');
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidValue(property, 'microsoft.graph.emailAddress');
  const { address, name } = value as Record<string, unknown>;
  if (!isMailAddress(address)) throw invalidRecipient(typeof address === 'string' ? address : '');
  if (name !== undefined && name !== null && typeof name !== 'string') throw invalidValue(`${property}.name`, 'Edm.String');
  const clean = address.trim();
  return { address: clean, name: typeof name === 'string' && name !== '' ? name : clean };
}

/** An Outlook item id: base64 of random bytes behind a fixed prefix, like Exchange's. */
export function outlookId(prefix = 'AAMkAGRlbGluZGUARgAAA'): string {
  return `${prefix}${randomBytes(33).toString('base64').replace(/\//g, '_').replace(/\+/g, '-')}`;
}

export const changeKey = (): string => randomBytes(18).toString('base64');

export const weakEtag = (key: string): string => `W/"${key}"`;

/** Whether an If-Match header lets a write go ahead: "*", or the item's changeKey, quoted or weak. */
export function ifMatchAllows(header: string | undefined, key: string): boolean {
  if (header === undefined || header.trim() === '') return true;
  return header
    .split(',')
    .map((t) => t.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1') === key);
}

/** Outlook's answer when the change key sent no longer matches. */
export const changeKeyMismatch = (): GraphError =>
  new GraphError(
    412,
    'ErrorIrresolvableConflict',
    'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
  );

export interface Page<T> {
  items: T[];
  nextLink?: string;
}

function nonNegativeInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw badRequest(`Invalid $${name} value '${value}'.`);
  return Number(value);
}

/**
 * One page of an Outlook collection: $top (default 10, at most 1000) from $skip; the nextLink
 * repeats the request's query with the next $skip, as Outlook's do.
 */
export function outlookPage<T>(ctx: RouteContext, all: readonly T[]): Page<T> {
  const query = ctx.request.query;
  const topValue = nonNegativeInteger(option(query, 'top'), 'top');
  if (topValue === 0) throw badRequest("Invalid $top value '0'.");
  const top = Math.min(topValue ?? OUTLOOK_PAGE, OUTLOOK_MAX_PAGE);
  const skip = nonNegativeInteger(option(query, 'skip'), 'skip') ?? 0;
  const items = all.slice(skip, skip + top);
  if (skip + top >= all.length) return { items };
  const parts: string[] = [];
  for (const [key, value] of query) {
    if (key === '$skip' || key === 'skip' || key === '$top' || key === 'top') continue;
    parts.push(`${encodeURIComponent(key).replace(/^%24/, '$')}=${encodeURIComponent(value)}`);
  }
  parts.push(`$top=${top}`, `$skip=${skip + top}`);
  return { items, nextLink: `${ctx.origin}${GRAPH_ROOT}${ctx.request.path}?${parts.join('&')}` };
}

/** Applies $select: the listed properties plus id and the etag, as Graph returns them. */
export function selectProperties(ctx: RouteContext, json: Record<string, unknown>): Record<string, unknown> {
  const select = option(ctx.request.query, 'select');
  if (!select) return json;
  const wanted = new Set(splitList(select).map((s) => s.toLowerCase()));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === 'id' || key.startsWith('@odata.') || wanted.has(key.toLowerCase())) out[key] = value;
  }
  return out;
}

/** Plain text of an HTML body, the first 255 characters, as Outlook's bodyPreview. */
export function bodyPreview(body: { contentType: 'text' | 'html'; content: string }): string {
  const text =
    body.contentType === 'html'
      ? body.content
          .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
          .replace(/<br\s*\/?>|<\/(p|div|li|h\d|tr)>/gi, ' ')
          .replace(/<[^>]*>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;|&#x27;|&apos;/g, "'")
          .replace(/&nbsp;/g, ' ')
          .replace(/&amp;/g, '&')
      : body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

/** The body of an event or message: { contentType: text|html (any case), content }. */
export function readItemBody(value: unknown, type: string): { contentType: 'text' | 'html'; content: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidValue('body', 'microsoft.graph.itemBody');
  const input = value as Record<string, unknown>;
  checkProperties(input, new Set(['contentType', 'content']), 'itemBody');
  const { contentType, content } = input;
  if (content !== undefined && content !== null && typeof content !== 'string') throw invalidValue('body.content', 'Edm.String');
  let kind: 'text' | 'html' = 'text';
  if (contentType !== undefined && contentType !== null) {
    if (typeof contentType !== 'string' || !/^(text|html)$/i.test(contentType)) {
      throw new GraphError(400, 'RequestBodyRead', `The value '${String(contentType)}' is not valid for 'contentType' of ${type}.body; expected 'text' or 'html'.`);
    }
    kind = contentType.toLowerCase() as 'text' | 'html';
  }
  return { contentType: kind, content: typeof content === 'string' ? content : '' };
}
