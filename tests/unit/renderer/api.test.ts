import { describe, expect, it } from 'vitest';
import { createHttpApi, ReviewApiError, takeToken, type FetchLike } from '../../../renderer/api.js';
import { reviewApiMethods } from '../../../shared/api.js';

const settings = { reviewerName: 'Ana', lastSet: null, windowBounds: null };

function recordingFetch(status: number, body: unknown) {
  const calls: { url: string; headers: Record<string, string>; body: string }[] = [];
  const fetchLike: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers, body: init.body });
    return { ok: status >= 200 && status < 300, status, json: async () => body };
  };
  return { calls, fetchLike };
}

describe('createHttpApi', () => {
  it('has every ReviewApi method', () => {
    const api = createHttpApi(recordingFetch(200, {}).fetchLike, 't');
    for (const method of reviewApiMethods) expect(typeof api[method]).toBe('function');
  });

  it('posts JSON arguments with the token and returns the checked result', async () => {
    const { calls, fetchLike } = recordingFetch(200, settings);
    const api = createHttpApi(fetchLike, 'secret');
    await expect(api.updateSettings({ reviewerName: 'Ana' })).resolves.toEqual(settings);
    expect(calls).toEqual([{ url: 'api/updateSettings', headers: { 'Content-Type': 'application/json', 'X-Verso-Token': 'secret' }, body: '{"reviewerName":"Ana"}' }]);
  });

  it('throws the host error message with its code', async () => {
    const api = createHttpApi(recordingFetch(400, { error: 'guide.te.md: not found. Check the path.', code: 'not-found' }).fetchLike, 't');
    const error = await api.openSet({ path: '/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewApiError);
    expect((error as ReviewApiError).message).toBe('guide.te.md: not found. Check the path.');
    expect((error as ReviewApiError).code).toBe('not-found');
  });

  it('rejects a result that does not match the schema', async () => {
    const api = createHttpApi(recordingFetch(200, { reviewerName: 3 }).fetchLike, 't');
    await expect(api.getSettings({})).rejects.toThrow(/getSettings: reviewerName/);
  });

  it('explains an unreachable host', async () => {
    const api = createHttpApi(async () => {
      throw new Error('Failed to fetch');
    }, 't');
    await expect(api.getSettings({})).rejects.toThrow(/Cannot reach the Verso host/);
  });
});

describe('takeToken', () => {
  function fakeStorage(): Storage {
    const map = new Map<string, string>();
    return {
      get length() {
        return map.size;
      },
      clear: () => map.clear(),
      getItem: (k) => map.get(k) ?? null,
      key: (i) => [...map.keys()][i] ?? null,
      removeItem: (k) => void map.delete(k),
      setItem: (k, v) => void map.set(k, v),
    };
  }

  it('takes the token from the URL, stores it and removes it from the address bar', () => {
    const storage = fakeStorage();
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) } as unknown as History;
    const location = { href: 'http://127.0.0.1:4799/?token=abc&x=1#h' } as Location;
    expect(takeToken(location, history, storage)).toBe('abc');
    expect(replaced).toEqual(['/?x=1#h']);
    // After a reload the URL no longer has it: the session keeps it.
    expect(takeToken({ href: 'http://127.0.0.1:4799/' } as Location, history, storage)).toBe('abc');
  });
});
