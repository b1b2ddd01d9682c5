// Top level: startup, then either the start screen or the review of one opened set.
import { useCallback, useEffect, useState } from 'react';
import type { ReviewApi, OpenedSet, Settings, Startup } from '../../shared/api.js';
import { StartScreen } from './StartScreen.js';
import { ReviewScreen } from './ReviewScreen.js';
import { MessageBar, type Message } from './MessageBar.js';

export function App({ api }: { api: ReviewApi }) {
  const [startup, setStartup] = useState<Startup | null>(null);
  const [opened, setOpened] = useState<OpenedSet | null>(null);
  const [openedPath, setOpenedPath] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  const report = useCallback((text: string, kind: Message['kind'] = 'error') => {
    setMessages((list) => [...list, { id: Date.now() + Math.random(), kind, text }]);
  }, []);
  const reportError = useCallback((error: unknown) => report(error instanceof Error ? error.message : String(error)), [report]);

  const open = useCallback(
    async (path: string) => {
      setBusy(true);
      try {
        const result = await api.openSet({ path });
        setOpened(result);
        setOpenedPath(path);
        setReloads((n) => n + 1);
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(false);
      }
    },
    [api, reportError],
  );

  useEffect(() => {
    let cancelled = false;
    api
      .getStartup({})
      .then((s) => {
        if (cancelled) return;
        setStartup(s);
        setSettings(s.settings);
        if (s.initialSet) void open(s.initialSet);
      })
      .catch(reportError);
    return () => {
      cancelled = true;
    };
  }, [api, open, reportError]);

  const backToStart = useCallback(() => {
    setOpened(null);
    api.recentSets({}).then((recent) => setStartup((s) => (s ? { ...s, recent } : s)), reportError);
  }, [api, reportError]);

  return (
    <div className="app">
      <MessageBar messages={messages} onDismiss={(id) => setMessages((list) => list.filter((m) => m.id !== id))} />
      {opened && settings && startup ? (
        <ReviewScreen
          key={`${opened.set.root}#${reloads}`}
          api={api}
          opened={opened}
          host={startup.host}
          settings={settings}
          onSettings={setSettings}
          onReport={report}
          onError={reportError}
          onOpenAnother={backToStart}
          onReload={() => openedPath && void open(openedPath)}
        />
      ) : startup ? (
        <StartScreen startup={startup} busy={busy} onOpen={(path) => void open(path)} />
      ) : (
        <div className="loading">Starting Verso…</div>
      )}
    </div>
  );
}
