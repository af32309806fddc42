import type { ErrorCode, FieldIssue } from '../../contract/result';

/** An expected failure with a stable code; the router passes it to the renderer as data. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, string | number | boolean | null>,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}
