import { z } from 'zod';
import { PostingSchema } from './posting';
import { AnalysisSchema, ProfileSchema } from './analysis';
import {
  EntryPatchSchema,
  EntrySchema,
  MergeReportSchema,
  QuarantineItemSchema,
  SyncStatusSchema,
  WatchlistStateSchema,
} from './watchlist/schema';
import { RepostSchema } from './watchlist/duplicates-schema';
import { ReminderSettingsSchema, ReminderStatusSchema } from './watchlist/reminders-schema';
import { errorText } from './errors';
import { MessageError } from './send';

export { MessageError };

/**
 * The runtime message protocol. Every message names its request and response schema, so a
 * receiver validates what arrives and a sender gets a typed answer. Kept free of browser
 * APIs: entry points hand in their own `send` function.
 */

/** How long the background's part of a fresh read took, for the browser tests' timings. */
export const ReadTimingsSchema = z.object({
  /** Injecting the reader into the page, and its answer coming back. */
  injectMs: z.number().min(0),
  /** The reader reading the advert in the page. */
  readMs: z.number().min(0),
  analyzeMs: z.number().min(0),
});
export type ReadTimings = z.infer<typeof ReadTimingsSchema>;

export const TabResultSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok'), posting: PostingSchema, analysis: AnalysisSchema, timings: ReadTimingsSchema.optional() }),
  z.object({ state: z.literal('no-advert'), reason: z.string() }),
  z.object({ state: z.literal('restricted'), reason: z.string() }),
  z.object({ state: z.literal('error'), message: z.string() }),
]);
export type TabResult = z.infer<typeof TabResultSchema>;

const Empty = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) });

/** The most advert text a message may carry; the matcher reads less than this anyway. */
const MAX_TEXT_CHARS = 5_000_000;

export const protocol = {
  /** Popup: analyse the advert in a tab (the background injects the reader to read it afresh). */
  analyzeTab: { request: z.object({ tabId: z.number().int().nonnegative() }), response: TabResultSchema },
  /** Popup: the answer the background already has for the advert in a tab (from the board script), or null. */
  latestAnswer: { request: z.object({ tabId: z.number().int().nonnegative() }), response: TabResultSchema.nullable() },
  /** Popup: analyse pasted or selected text. */
  analyzeText: { request: z.object({ text: z.string().max(MAX_TEXT_CHARS), source: z.enum(['text', 'selection']) }), response: TabResultSchema },
  /** Content script: the advert on screen changed (single-page boards). */
  postingChanged: { request: z.object({ posting: PostingSchema.extend({ text: z.string().max(MAX_TEXT_CHARS) }).nullable() }), response: Ok },
  /** Board content script: the job on screen may have changed; the background reads the tab again. */
  pageChanged: { request: Empty, response: Ok },
  getProfile: { request: Empty, response: ProfileSchema },
  setProfile: { request: ProfileSchema, response: Ok },
  /** Profile page: keep a CV's text on this computer, only when the reader asks (never synced). */
  keepCv: { request: z.object({ text: z.string().max(MAX_TEXT_CHARS), from: z.string().max(1000) }), response: z.object({ ok: z.literal(true), at: z.string() }) },
  forgetCv: { request: Empty, response: Ok },
  /*
   * Watchlist. Writes all go through the background so writes from several tabs serialise;
   * pages read storage directly and follow its change events.
   */
  /** Upgrade and repair stored data if needed; says whether the watchlist can be edited. */
  watchlistOpen: { request: Empty, response: WatchlistStateSchema },
  /** The saved entry for this advert, if it is on the watchlist. */
  watchlistLookup: { request: z.object({ posting: PostingSchema }), response: z.object({ entry: EntrySchema.nullable() }) },
  /** A saved job this advert seems to repost (another board, an agency), asked before saving it. */
  watchlistFindRepost: { request: z.object({ posting: PostingSchema }), response: z.object({ match: RepostSchema.nullable() }) },
  /** Save, or refresh if already saved (status, notes, tags and first save date are kept); `linkTo` links it to the job it reposts. */
  watchlistSave: {
    request: z.object({ posting: PostingSchema, analysis: AnalysisSchema, linkTo: z.string().min(1).max(4200).optional() }),
    response: z.object({ entry: EntrySchema, created: z.boolean() }),
  },
  watchlistList: { request: Empty, response: z.object({ entries: z.array(EntrySchema) }) },
  watchlistUpdate: {
    request: z.object({ id: z.string().min(1), patch: EntryPatchSchema }),
    response: z.object({ entry: EntrySchema }),
  },
  /** Returns the removed entries so the page can undo. */
  watchlistDelete: {
    request: z.object({ ids: z.array(z.string().min(1)).min(1).max(20_000) }),
    response: z.object({ removed: z.array(EntrySchema) }),
  },
  watchlistRestore: { request: z.object({ entries: z.array(EntrySchema).max(20_000) }), response: MergeReportSchema },
  /** One batch of a backup the page has parsed: a whole file could exceed the browser's message size. */
  watchlistImportBatch: { request: z.object({ entries: z.array(EntrySchema).max(20_000) }), response: MergeReportSchema },
  /** Entries that could not be read, kept aside. */
  watchlistQuarantine: { request: Empty, response: z.object({ items: z.array(QuarantineItemSchema) }) },
  watchlistSetSync: { request: z.object({ enabled: z.boolean() }), response: SyncStatusSchema },
  watchlistSyncNow: { request: Empty, response: SyncStatusSchema },
  /** Reminders: the reader's choice, and whether the browser has granted what they need. */
  remindersGet: { request: Empty, response: ReminderStatusSchema },
  /** Sent by the page after the browser granted (or, turning off, before it releases) the permissions. */
  remindersSet: { request: ReminderSettingsSchema, response: ReminderStatusSchema },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = z.input<Protocol[K]['request']>;
export type ResponseOf<K extends MessageName> = z.output<Protocol[K]['response']>;

const EnvelopeSchema = z.object({
  type: z.enum(Object.keys(protocol) as [MessageName, ...MessageName[]]),
  data: z.unknown(),
});

const ErrorReply = z.object({ error: z.string() });

/** A typed sender over any transport shaped like runtime.sendMessage (tests pass a router directly). */
export function createSender(send: (message: unknown) => Promise<unknown>) {
  return async function sendMessage<K extends MessageName>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
    const reply = await send({ type, data });
    const failed = ErrorReply.safeParse(reply);
    if (failed.success) throw new MessageError(failed.data.error);
    const parsed = protocol[type].response.safeParse(reply);
    if (!parsed.success) throw new MessageError(`Unexpected reply to ${type}`);
    return parsed.data as ResponseOf<K>;
  };
}

export type Handlers<S> = {
  [K in MessageName]?: (data: z.output<Protocol[K]['request']>, sender: S) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

export interface RouterOptions<S> {
  /** Reject senders that are not this extension's own pages and scripts. */
  isTrusted: (sender: S) => boolean;
  /** A narrower rule per message, e.g. content scripts may only report the advert on screen. */
  isAllowed?: (type: MessageName, sender: S) => boolean;
  onRejected?: (reason: string, raw: unknown) => void;
}

/**
 * Builds an onMessage listener: unknown, malformed or untrusted messages are ignored
 * (undefined lets other listeners answer), handler failures come back as `{ error }`.
 * Replies are checked against the protocol before they leave, so a page that trusts the
 * background (the popup, see send.ts) need not load the schemas to read them.
 */
export function createRouter<S>(handlers: Handlers<S>, options: RouterOptions<S>) {
  return (raw: unknown, sender: S): Promise<unknown> | undefined => {
    if (!options.isTrusted(sender)) {
      options.onRejected?.('untrusted sender', raw);
      return undefined;
    }
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) {
      options.onRejected?.('not a protocol message', raw);
      return undefined;
    }
    const type = envelope.data.type;
    if (options.isAllowed && !options.isAllowed(type, sender)) {
      options.onRejected?.(`${type} not allowed from this sender`, raw);
      return undefined;
    }
    const handler = handlers[type] as ((d: unknown, s: S) => unknown) | undefined;
    if (!handler) return undefined;
    const request = protocol[type].request.safeParse(envelope.data.data);
    if (!request.success) {
      options.onRejected?.(`invalid ${type} request`, raw);
      return Promise.resolve({ error: `Invalid ${type} request` });
    }
    return Promise.resolve()
      .then(() => handler(request.data, sender))
      .then((reply) => {
        const checked = protocol[type].response.safeParse(reply);
        return checked.success ? checked.data : { error: `The background gave an unexpected reply to ${type}` };
      })
      .catch((err: unknown) => ({ error: errorText(err) }));
  };
}
