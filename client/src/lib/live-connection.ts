export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** Waits before reconnection try `retries`: 1 s, 2 s, 4 s … up to 30 s, with jitter so a restarted server is not stormed. */
function backoffMs(retries: number): number {
  return Math.min(30_000, 1_000 * 2 ** retries) * (0.75 + Math.random() * 0.5);
}

const AGREEMENTS = 'subscription LiveAgreements($code: String!) { agreementChanged(provinceCode: $code) { id } }';
const PROGRESS = 'subscription LiveProgress($code: String!) { signingProgressChanged(provinceCode: $code) { asOf } }';

/**
 * What a page hears: `agreementId` names the agreement that changed; null is "anything may have
 * changed" (the province's progress moved, or the socket came back after a drop).
 */
export type LiveChange = { agreementId: string | null };

export type LiveOptions = {
  /** Also the province's signing progress (the dashboard's counts); agreements alone otherwise. */
  progress: boolean;
};

/**
 * Loaded only when a live page opens (a dynamic import, out of the first visit's bytes). A small
 * client of the graphql-ws protocol (`graphql-transport-ws`: connection_init, subscribe, next,
 * ping/pong, complete), signed in by the session cookie the browser sends with the upgrade; the
 * full graphql-ws client would cost the first visit three times the bytes for features these
 * pages do not use. The province's changes call `onChange`, and so does every reconnection,
 * since changes made while the socket was down were not heard: the page asks the server again,
 * so nothing is missed or doubled. 4401/4403 (signed out, disabled) are not retried: the next
 * query finds out and shows the sign-in page.
 */
export function openLiveProvince(
  provinceCode: string,
  options: LiveOptions,
  onChange: (change: LiveChange) => void,
  onState: (state: LiveState) => void,
): () => void {
  const subscriptions = options.progress ? [AGREEMENTS, PROGRESS] : [AGREEMENTS];
  let socket: WebSocket | null = null;
  let retries = 0;
  let connectedBefore = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    const ws = new WebSocket(
      `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      'graphql-transport-ws',
    );
    socket = ws;
    const send = (message: object) => ws.send(JSON.stringify(message));
    ws.onopen = () => send({ type: 'connection_init', payload: {} });
    ws.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as {
        type: string;
        payload?: { data?: { agreementChanged?: { id?: string } } };
      };
      if (message.type === 'connection_ack') {
        retries = 0;
        onState('live');
        subscriptions.forEach((query, index) =>
          send({ id: String(index + 1), type: 'subscribe', payload: { query, variables: { code: provinceCode } } }),
        );
        if (connectedBefore) onChange({ agreementId: null });
        connectedBefore = true;
      } else if (message.type === 'next') {
        onChange({ agreementId: message.payload?.data?.agreementChanged?.id ?? null });
      } else if (message.type === 'ping') send({ type: 'pong' });
    };
    ws.onclose = (event) => {
      if (stopped || socket !== ws) return;
      onState('reconnecting');
      if (event.code === 4401 || event.code === 4403) return;
      timer = setTimeout(connect, backoffMs(retries++));
    };
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    socket?.close(1000, 'Left the page');
  };
}
