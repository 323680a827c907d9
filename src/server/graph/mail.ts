/**
 * Sending mail as the signed-in user, the part of Graph Driehoek uses to send parents the
 * summary of a talk:
 *
 *   POST /me/sendMail                                   { message, saveToSentItems? } → 202, no body
 *   GET  /me/mailFolders/{folder}                       a well-known folder (sentitems, inbox, …)
 *   GET  /me/mailFolders/{folder}/messages[/{id}]       newest first, 10 per page, $top/$skip/$select
 *   GET  /me/messages/{id}                              a message in any folder
 *
 * A sent message is saved in Sent Items unless saveToSentItems is false, with its body as
 * given. Recipients must be valid addresses (400 ErrorInvalidRecipients otherwise, as Exchange
 * answers), and there must be at least one. Mail is not delivered anywhere: the server keeps
 * only the sender's copy. A user without a mailbox (the guest) gets 404 MailboxNotEnabledForRESTAPI.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_SCHOOL } from '../../demo/people';
import { GraphError, badRequest } from '../errors';
import { evaluateFilter } from '../odata/evaluate';
import { option, parseFilterOption, parseOrderBy } from '../odata/query';
import type { MessageData, MessageRecord } from '../store/mailbox';
import { type RouteContext, type RouteModule, route } from './context';
import { outlookTimestamp } from './eventTime';
import {
  bodyPreview,
  changeKey,
  checkProperties,
  invalidValue,
  outlookId,
  outlookItemNotFound,
  outlookPage,
  readEmailAddress,
  readItemBody,
  requireMailbox,
  requireObject,
  selectProperties,
  weakEtag,
} from './outlook';
import { metadataUrl } from './representations';

/** Well-known folders every mailbox has, with their display names. */
const FOLDERS: Record<string, string> = {
  inbox: 'Inbox',
  drafts: 'Drafts',
  sentitems: 'Sent Items',
  deleteditems: 'Deleted Items',
  outbox: 'Outbox',
  archive: 'Archive',
  junkemail: 'Junk Email',
};

const SEND_PROPERTIES: ReadonlySet<string> = new Set(['message', 'saveToSentItems']);
const MESSAGE_PROPERTIES: ReadonlySet<string> = new Set([
  'subject',
  'body',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'importance',
  'from',
  'sender',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'internetMessageHeaders',
  'categories',
]);

const noRecipients = (): GraphError =>
  new GraphError(400, 'ErrorInvalidRecipients', "At least one recipient isn't valid., A message can't be sent because it contains no recipients.");

/** The mailbox's id for a well-known folder: stable per user and folder. */
function folderId(upn: string, folder: string): string {
  return `AQMkAGRlbGluZGUALgAAA${Buffer.from(`${upn.toLowerCase()}:${folder}`).toString('base64url')}AAAA`;
}

/** The well-known name of a folder given by name (any case) or by its id. */
function resolveFolder(ctx: RouteContext, ref: string): string {
  const name = ref.toLowerCase();
  if (name in FOLDERS) return name;
  for (const known of Object.keys(FOLDERS)) if (folderId(ctx.user.upn, known) === ref) return known;
  throw new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
}

function recipients(value: unknown, property: string): MessageData['toRecipients'] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidValue(property, 'Collection(microsoft.graph.recipient)');
  return value.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalidValue(`${property}[${i}]`, 'microsoft.graph.recipient');
    const input = raw as Record<string, unknown>;
    checkProperties(input, new Set(['emailAddress']), 'recipient');
    return readEmailAddress(input.emailAddress, `${property}[${i}].emailAddress`);
  });
}

const recipientJson = (r: { name: string; address: string }) => ({ emailAddress: { name: r.name, address: r.address } });

export function messageJson(message: MessageRecord): Record<string, unknown> {
  const d = message.data;
  return {
    '@odata.etag': weakEtag(message.changeKey),
    id: message.id,
    createdDateTime: message.created,
    lastModifiedDateTime: message.created,
    changeKey: message.changeKey,
    categories: [],
    receivedDateTime: message.created,
    sentDateTime: message.created,
    hasAttachments: false,
    internetMessageId: d.internetMessageId,
    subject: d.subject,
    bodyPreview: bodyPreview(d.body),
    importance: d.importance,
    parentFolderId: folderId(message.ownerUpn, message.folder),
    conversationId: d.conversationId,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: true,
    isDraft: false,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(message.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body: d.body,
    sender: recipientJson(d.from),
    from: recipientJson(d.from),
    toRecipients: d.toRecipients.map(recipientJson),
    ccRecipients: d.ccRecipients.map(recipientJson),
    bccRecipients: d.bccRecipients.map(recipientJson),
    replyTo: d.replyTo.map(recipientJson),
    flag: { flagStatus: 'notFlagged' },
  };
}

function messageProperty(message: MessageRecord, path: string): string | boolean | undefined {
  switch (path.toLowerCase()) {
    case 'id':
      return message.id;
    case 'subject':
      return message.data.subject;
    case 'sentdatetime':
    case 'receiveddatetime':
    case 'createddatetime':
      return message.created;
    case 'importance':
      return message.data.importance;
    case 'isread':
      return true;
    case 'hasattachments':
      return false;
    case 'conversationid':
      return message.data.conversationId;
    case 'from/emailaddress/address':
      return message.data.from.address;
    default:
      return undefined;
  }
}

function filterAndOrder(ctx: RouteContext, messages: MessageRecord[]): MessageRecord[] {
  let result = messages;
  const filter = parseFilterOption(ctx.request.query);
  if (filter) {
    result = result.filter((m) =>
      evaluateFilter(filter, (path) => {
        const value = messageProperty(m, path);
        if (value === undefined) throw badRequest(`Invalid filter clause: the property '${path}' cannot be used in a filter on messages.`);
        return value;
      }),
    );
  }
  const orderBy = option(ctx.request.query, 'orderby');
  if (orderBy) {
    const terms = parseOrderBy(orderBy);
    result = [...result].sort((a, b) => {
      for (const term of terms) {
        const x = messageProperty(a, term.property);
        const y = messageProperty(b, term.property);
        if (x === undefined || y === undefined) throw badRequest(`Invalid $orderby clause: the property '${term.property}' cannot be ordered on.`);
        const order = String(x).toLowerCase() < String(y).toLowerCase() ? -1 : String(x).toLowerCase() > String(y).toLowerCase() ? 1 : 0;
        if (order !== 0) return term.descending ? -order : order;
      }
      return 0;
    });
  }
  return result;
}

export const mailRoutes: RouteModule = (router) => {
  router.add(
    'POST',
    '/me/sendMail',
    route((ctx) => {
      const user = requireMailbox(ctx);
      const input = requireObject(ctx.request.body, 'sendMail');
      checkProperties(input, SEND_PROPERTIES, 'user.sendMail');
      if (input.message === undefined || input.message === null) {
        throw new GraphError(400, 'ErrorInvalidParameter', "The value of the parameter 'Message' is empty.");
      }
      const message = requireObject(input.message, 'message');
      checkProperties(message, MESSAGE_PROPERTIES, 'message');
      const save = input.saveToSentItems;
      if (save !== undefined && save !== null && typeof save !== 'boolean' && !/^(true|false)$/i.test(String(save))) {
        throw invalidValue('saveToSentItems', 'Edm.Boolean');
      }
      const subject = message.subject ?? '';
      if (typeof subject !== 'string') throw invalidValue('subject', 'Edm.String');
      const to = recipients(message.toRecipients, 'toRecipients');
      const cc = recipients(message.ccRecipients, 'ccRecipients');
      const bcc = recipients(message.bccRecipients, 'bccRecipients');
      const replyTo = recipients(message.replyTo, 'replyTo');
      if (to.length + cc.length + bcc.length === 0) throw noRecipients();
      const importance = message.importance ?? 'normal';
      if (typeof importance !== 'string' || !/^(low|normal|high)$/i.test(importance)) throw invalidValue('importance', 'microsoft.graph.importance');
      const body = message.body === undefined || message.body === null ? { contentType: 'text' as const, content: '' } : readItemBody(message.body, 'message');
      if (save === false || String(save).toLowerCase() === 'false') return { status: 202 };
      const id = outlookId('AAMkAGRlbGluZGUARgAAB');
      ctx.services.store.mailbox.insertMessage({
        id,
        ownerUpn: user.upn,
        folder: 'sentitems',
        created: `${ctx.now.toISOString().slice(0, 19)}Z`,
        changeKey: changeKey(),
        data: {
          subject,
          body,
          from: { name: user.displayName, address: user.upn },
          toRecipients: to,
          ccRecipients: cc,
          bccRecipients: bcc,
          replyTo,
          importance: importance.toLowerCase() as MessageData['importance'],
          internetMessageId: `<${randomBytes(12).toString('hex').toUpperCase()}@${DEMO_SCHOOL.tenantDomain}>`,
          conversationId: `AAQkAGRlbGluZGUAEAA${randomBytes(12).toString('base64url')}=`,
        },
      });
      return { status: 202 };
    }),
  );

  router.add(
    'GET',
    '/me/mailFolders/{folder}',
    route((ctx) => {
      const user = requireMailbox(ctx);
      const folder = resolveFolder(ctx, ctx.params.folder ?? '');
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `users('${user.id}')/mailFolders/$entity`),
          id: folderId(user.upn, folder),
          displayName: FOLDERS[folder],
          parentFolderId: folderId(user.upn, 'msgfolderroot'),
          childFolderCount: 0,
          unreadItemCount: 0,
          totalItemCount: ctx.services.store.mailbox.countMessages(user.upn, folder),
          isHidden: false,
        },
      };
    }),
  );

  router.add(
    'GET',
    '/me/mailFolders/{folder}/messages',
    route((ctx) => {
      const user = requireMailbox(ctx);
      const folder = resolveFolder(ctx, ctx.params.folder ?? '');
      const page = outlookPage(ctx, filterAndOrder(ctx, ctx.services.store.mailbox.messages(user.upn, folder)));
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `users('${user.id}')/mailFolders('${ctx.params.folder}')/messages`),
          value: page.items.map((m) => selectProperties(ctx, messageJson(m))),
          ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
        },
      };
    }),
  );

  const oneMessage = (inFolder: boolean) =>
    route((ctx) => {
      const user = requireMailbox(ctx);
      const folder = inFolder ? resolveFolder(ctx, ctx.params.folder ?? '') : undefined;
      const message = ctx.services.store.mailbox.message(user.upn, ctx.params.message ?? '');
      if (!message || (folder !== undefined && message.folder !== folder)) throw outlookItemNotFound();
      return {
        status: 200,
        body: { '@odata.context': metadataUrl(ctx.origin, `users('${user.id}')/messages/$entity`), ...selectProperties(ctx, messageJson(message)) },
      };
    });
  router.add('GET', '/me/mailFolders/{folder}/messages/{message}', oneMessage(true));
  router.add('GET', '/me/messages/{message}', oneMessage(false));
};
