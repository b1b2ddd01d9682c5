// The ReviewApi client (DESIGN.md §2): window.verso in Electron, else HTTP to the browser host.
import { apiErrorSchema, reviewApiMethods, reviewApiSchemas, type ReviewApi, type ReviewApiMethod } from '../shared/api.js';

declare global {
  interface Window {
    verso?: ReviewApi;
  }
}

const tokenKey = 'verso-token';

/** An error the Node side reported, with its code (e.g. `bad-arguments`). */
export class ReviewApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

/** HTTP transport: `POST /api/<method>` with the per-run token; results are schema-checked. */
export function createHttpApi(fetchLike: FetchLike, token: string, baseUrl = 'api/'): ReviewApi {
  const client: Partial<Record<ReviewApiMethod, (args: unknown) => Promise<unknown>>> = {};
  for (const method of reviewApiMethods) {
    client[method] = async (args: unknown) => {
      let response: Awaited<ReturnType<FetchLike>>;
      try {
        response = await fetchLike(baseUrl + method, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Verso-Token': token },
          body: JSON.stringify(args ?? {}),
        });
      } catch (error) {
        throw new ReviewApiError(`Cannot reach the Verso host (${method}): ${(error as Error).message}. Is \`verso serve\` still running?`, 'unreachable');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new ReviewApiError(`The Verso host answered ${method} with HTTP ${response.status} and no readable JSON.`, 'bad-response');
      }
      if (!response.ok) {
        const error = apiErrorSchema.safeParse(body);
        if (error.success) throw new ReviewApiError(error.data.error, error.data.code);
        throw new ReviewApiError(`The Verso host answered ${method} with HTTP ${response.status}.`, 'bad-response');
      }
      const result = reviewApiSchemas[method].result.safeParse(body);
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue && issue.path.length ? issue.path.join('.') : 'result';
        throw new ReviewApiError(`The Verso host sent an unexpected answer to ${method}: ${where}: ${issue?.message ?? 'invalid'}.`, 'bad-response');
      }
      return result.data;
    };
  }
  return client as ReviewApi;
}

/**
 * The token arrives once in the page URL (`?token=…`); it is kept for the tab's session and
 * removed from the address bar so it does not end up in history or screenshots.
 */
export function takeToken(location: Location, history: History, storage: Storage): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(tokenKey) ?? '';
}

export function createReviewApi(): ReviewApi {
  if (window.verso) return window.verso;
  const token = takeToken(window.location, window.history, window.sessionStorage);
  return createHttpApi((url, init) => fetch(url, init), token);
}
