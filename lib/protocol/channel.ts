import { defineExtensionMessaging } from '@webext-core/messaging';
import type { output, ZodMiniType } from 'zod/mini';
import type { FailureCode } from './failure';
import { type ExtensionIdentity, type Sender, type SenderKind, senderKind } from './senders';

/**
 * One message: what it carries each way, who may send it, and the reply that stands for a
 * refusal or a failure to deliver (so every caller gets a value of the reply's own shape).
 */
export interface MessageDefinition<Request, Reply> {
  request: ZodMiniType<Request>;
  reply: ZodMiniType<Reply>;
  from: readonly SenderKind[];
  refuse(code: FailureCode): Reply;
}

/** Any map of definitions: each entry keeps its own request and reply types. */
export type MessageMap = Record<string, { request: unknown; reply: unknown; from: readonly SenderKind[]; refuse(code: FailureCode): unknown }>;
export type RequestOf<D> = D extends { request: infer Schema } ? output<Schema> : never;
export type ReplyOf<D> = D extends { reply: infer Schema } ? output<Schema> : never;

export interface HandlerContext {
  from: SenderKind;
  sender: Sender & { tab?: { id?: number }; frameId?: number };
}

/** A handler of a message with no reply may simply return (its inferred type is then `void`, which is what this allows). */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
type Answer<Reply> = undefined extends Reply ? Reply | void : Reply;

export type Target = number | { tabId: number; frameId?: number };

export interface Channel<M extends MessageMap> {
  /** Sends, and validates the reply: a reply that fails its schema, or none at all, becomes the message's refusal. */
  send<N extends keyof M & string>(name: N, request: RequestOf<M[N]>, target?: Target): Promise<ReplyOf<M[N]>>;
  /** Answers one message, after checking its sender against the message's `from` and its request against its schema. */
  handle<N extends keyof M & string>(
    name: N,
    handler: (request: RequestOf<M[N]>, context: HandlerContext) => Answer<ReplyOf<M[N]>> | Promise<Answer<ReplyOf<M[N]>>>,
  ): void;
  /** Stops answering (a sidebar whose extension was reloaded). */
  removeAllListeners(): void;
}

type Transport = Record<string, (data: unknown) => unknown>;

/**
 * The receiver's one check: the sender is a kind the message allows, and the request matches its
 * schema. Otherwise the answer is the message's refusal, and the handler never runs.
 */
export function admit<Request, Reply>(
  definition: MessageDefinition<Request, Reply>,
  data: unknown,
  sender: Sender,
  self: ExtensionIdentity,
): { ok: true; request: Request; from: SenderKind } | { ok: false; refusal: Reply } {
  const from = senderKind(sender, self);
  if (!from || !definition.from.includes(from)) return { ok: false, refusal: definition.refuse('unknown_sender') };
  const request = definition.request.safeParse(data);
  if (!request.success) return { ok: false, refusal: definition.refuse('malformed_request') };
  return { ok: true, request: request.data, from };
}

/**
 * A channel over one message map, carried by @webext-core/messaging. `identity` is read when a
 * message arrives, so tests can build a channel outside the browser.
 */
export function defineChannel<M extends MessageMap>(map: M, identity: () => ExtensionIdentity): Channel<M> {
  const transport = defineExtensionMessaging<Transport>();
  const definitionOf = <N extends keyof M & string>(name: N) => map[name] as unknown as MessageDefinition<RequestOf<M[N]>, ReplyOf<M[N]>>;
  return {
    async send(name, request, target) {
      const definition = definitionOf(name);
      let raw: unknown;
      try {
        raw = target === undefined ? await transport.sendMessage(name, request) : await transport.sendMessage(name, request, target);
      } catch {
        return definition.refuse('not_delivered');
      }
      const reply = definition.reply.safeParse(raw);
      return reply.success ? reply.data : definition.refuse('unexpected_data');
    },
    handle(name, handler) {
      const definition = definitionOf(name);
      transport.onMessage(name, async ({ data, sender }) => {
        const admitted = admit(definition, data, sender, identity());
        return admitted.ok ? handler(admitted.request, { from: admitted.from, sender }) : admitted.refusal;
      });
    },
    removeAllListeners: () => transport.removeAllListeners(),
  };
}
