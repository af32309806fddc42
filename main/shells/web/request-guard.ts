import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ApiError } from '../../../contract/result';

export type LogRequestError = (what: string, err: unknown) => void;

/** Headers every answer carries, errors included: nothing we send is sniffed, framed or given a referrer. */
export const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

export function sendJson(res: ServerResponse, status: number, body: { ok: true; value: unknown } | { ok: false; error: ApiError }): void {
  // Serialised before anything is written: a value that cannot be serialised still gets a clean 500.
  const text = JSON.stringify(body);
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** The request line as logged: bounded, with control characters escaped so a URL cannot forge log lines. */
export function describeRequest(req: IncomingMessage): string {
  const url = typeof req.url === 'string' ? req.url : '(no url)';
  const shown = url.length > 200 ? `${url.slice(0, 200)}…` : url;
  return `${String(req.method)} ${JSON.stringify(shown).slice(1, -1)}`;
}

/** The client hung up (aborted upload, closed tab): there is no one left to answer and nothing to log. */
function clientWentAway(req: IncomingMessage, res: ServerResponse, err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return res.destroyed || req.socket.destroyed || code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/**
 * Answers a request whose handler threw. A URIError is the client's malformed
 * input (400); anything else is ours (500, logged). When the answer has
 * already begun there is no status left to send: the connection is cut, so the
 * client sees a failure rather than a truncated success.
 */
function answerUnexpected(req: IncomingMessage, res: ServerResponse, err: unknown, log: LogRequestError): void {
  if (clientWentAway(req, res, err)) {
    res.destroy();
    return;
  }
  log(`request ${describeRequest(req)} failed`, err);
  try {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (err instanceof URIError) {
      sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request is malformed.' } });
    } else {
      sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong.' } });
    }
  } catch {
    res.destroy();
  }
}

/**
 * The last-resort guard around every request: a throw (synchronous or not) in
 * one request is logged and answered there, and never reaches the process.
 * A client that errors mid-stream is ignored the same way: listening for
 * 'error' on both streams keeps such an error from becoming an uncaught one.
 */
export function contained(handle: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>, log: LogRequestError): RequestListener {
  return (req, res) => {
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    // Answered before the body was read (refused, too large, wrong token): the
    // rest is not read to the end for a keep-alive; the connection is closed.
    res.once('finish', () => {
      if (!req.complete) req.socket.destroy();
    });
    let outcome: Promise<void>;
    try {
      outcome = Promise.resolve(handle(req, res));
    } catch (err) {
      outcome = Promise.reject(err);
    }
    outcome.catch((err: unknown) => answerUnexpected(req, res, err, log));
  };
}
