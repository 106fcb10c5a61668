import type { MessageName, RequestOf, ResponseOf } from './messages';

export class MessageError extends Error {}

/** `{ error }`: how the router answers a request it refused or a handler that failed. */
export function errorOfReply(reply: unknown): string | null {
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) return null;
  const error = (reply as { error?: unknown }).error;
  return typeof error === 'string' ? error : null;
}

/**
 * A typed sender for the popup, without zod: the background's router checks every reply
 * against the protocol before it leaves (messages.ts), and only the background answers these
 * messages, so here a reply is only told apart from a failure or a missing answer.
 */
export function createReplySender(send: (message: unknown) => Promise<unknown>) {
  return async function sendMessage<K extends MessageName>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
    return replyOf(type, await send({ type, data }));
  };
}

/** A reply to `type` as its response, or the failure it reports (also for a reply to a message sent by other means). */
export function replyOf<K extends MessageName>(type: K, reply: unknown): ResponseOf<K> {
  const error = errorOfReply(reply);
  if (error !== null) throw new MessageError(error);
  if (typeof reply !== 'object' || reply === null) throw new MessageError(`Unexpected reply to ${type}`);
  return reply as ResponseOf<K>;
}
