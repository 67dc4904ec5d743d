/**
 * Inside an iframe, tell the host page how tall the content is whenever that changes, so the
 * frame can fit it: our own message, read by embed.js, and the AMP `embed-size` message, read by
 * AMP pages. Messages carry only a number and the frame's name, never anything from the URL.
 */

export const HEIGHT_MESSAGE = 'support-map:height';
/** From the host (embed.js when it starts, maybe after our last report): send the height now. */
export const HEIGHT_REQUEST = 'support-map:height-request';
/** Changes smaller than this are layout noise; resizing the host for them would only jiggle it. */
const MIN_CHANGE_PX = 2;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  /** The iframe's `name` attribute, so a host with several maps can tell them apart. */
  id: string;
}

export function heightMessages(height: number, id: string): [HeightMessage, { sentinel: 'amp'; type: 'embed-size'; height: number }] {
  const rounded = Math.ceil(height);
  return [
    { type: HEIGHT_MESSAGE, height: rounded, id },
    { sentinel: 'amp', type: 'embed-size', height: rounded },
  ];
}

/** Starts reporting; returns a function that stops. Does nothing outside an iframe. */
export function startHeightReporter(win: Window = window): () => void {
  if (win.parent === win || typeof ResizeObserver === 'undefined') return () => {};
  let last = 0;
  const report = (force = false) => {
    const height = win.document.documentElement.getBoundingClientRect().height;
    if (!force && Math.abs(height - last) < MIN_CHANGE_PX) return;
    last = height;
    // '*' is safe here: the payload is a height and a name the host gave us, nothing secret.
    for (const message of heightMessages(height, win.name.slice(0, 100))) win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => report());
  observer.observe(win.document.documentElement);
  report();
  // A loader that arrives late (consent and tag managers add scripts late) asks; only the page
  // that embeds us is answered, and the answer is the same message as any report.
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const data: unknown = event.data;
    if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST) report(true);
  };
  win.addEventListener('message', onMessage);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
