import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../electron/security.js';
import { boundsOnScreen, denyAllPermissions, guardWebContents, mainWindowOptions, type GuardableContents } from '../../../electron/window.js';

describe('mainWindowOptions', () => {
  it('turns on every isolation setting of the security checklist', () => {
    const options = mainWindowOptions(null, '/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('uses remembered bounds, never smaller than the minimum', () => {
    expect(mainWindowOptions({ x: 10, y: 20, width: 1000, height: 700 }, 'p')).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    const tiny = mainWindowOptions({ width: 200, height: 200 }, 'p');
    expect(tiny.width).toBeGreaterThanOrEqual(640);
    expect(tiny.x).toBeUndefined();
  });
});

describe('boundsOnScreen', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('keeps a position on a display and drops one off every display', () => {
    expect(boundsOnScreen({ x: 100, y: 100, width: 800, height: 600 }, screen)).toEqual({ x: 100, y: 100, width: 800, height: 600 });
    expect(boundsOnScreen({ x: 3000, y: 100, width: 800, height: 600 }, screen)).toEqual({ width: 800, height: 600 });
    expect(boundsOnScreen(null, screen)).toBeNull();
  });
});

describe('the Content-Security-Policy', () => {
  it('allows only our own scripts and forbids plugins, framing, forms and base changes', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

class FakeContents implements GuardableContents {
  listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  on(event: string, listener: (event: { preventDefault(): void }, url: string) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** Emits an event and says whether a listener prevented it. */
  emit(event: string, url = ''): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

describe('guardWebContents', () => {
  it('refuses navigation and redirects away from verso://app, allows the app itself', () => {
    const contents = new FakeContents();
    guardWebContents(contents);
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-navigate', 'verso://evil/index.html')).toBe(true);
    expect(contents.emit('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(contents.emit('will-navigate', 'verso://app/index.html')).toBe(false);
  });

  it('denies new windows and webviews', () => {
    const contents = new FakeContents();
    guardWebContents(contents);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'verso://app/index.html' })).toEqual({ action: 'deny' });
    expect(contents.emit('will-attach-webview')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    let requestHandler: ((...args: never[]) => void) | null = null;
    let checkHandler: ((...args: never[]) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (handler: (...args: never[]) => void) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: (...args: never[]) => boolean) => (checkHandler = handler),
    };
    denyAllPermissions(session as unknown as Parameters<typeof denyAllPermissions>[0]);
    const answers: boolean[] = [];
    const request = requestHandler as unknown as (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    request({}, 'media', (granted) => answers.push(granted));
    request({}, 'notifications', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    const check = checkHandler as unknown as (contents: unknown, permission: string) => boolean;
    expect(check({}, 'clipboard-read')).toBe(false);
  });
});
