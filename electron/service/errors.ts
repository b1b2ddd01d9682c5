// Errors the reviewer reads: the message names the file, the place and what to do; the code lets
// a transport or the UI tell kinds apart without parsing words.
export type ReviewErrorCode =
  | 'not-found'
  | 'bad-set'
  | 'bad-manifest'
  | 'too-many-documents'
  | 'unknown-document'
  | 'read-only'
  | 'no-such-annotation'
  | 'bad-span'
  | 'document-changed'
  | 'not-writable'
  | 'source-in-manifest'
  | 'align-failed'
  | 'locked'
  | 'no-backup'
  | 'correction-refused'
  | 'no-such-correction';

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly code: ReviewErrorCode,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

/** The Node error code (ENOENT, EACCES…) of an error, if it has one. */
export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
