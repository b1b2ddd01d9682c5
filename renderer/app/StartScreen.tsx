// Shown when no set is open: open a set by path, reopen a recent one, or try a bundled sample.
import { useState } from 'react';
import type { Startup } from '../../shared/api.js';

export function StartScreen({ startup, busy, onOpen }: { startup: Startup; busy: boolean; onOpen: (path: string) => void }) {
  const [path, setPath] = useState('');
  return (
    <main className="start" data-testid="start-screen">
      <h1>Verso</h1>
      <p className="tagline">Side-by-side translation review: aligned documents, review comments kept next to the files.</p>
      <form
        className="open-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) onOpen(path.trim());
        }}
      >
        <label htmlFor="open-path">Open a document set (a folder or a verso.json manifest)</label>
        <div className="open-row">
          <input id="open-path" data-testid="open-path" type="text" value={path} placeholder="/path/to/set" spellCheck={false} onChange={(e) => setPath(e.target.value)} />
          <button type="submit" data-testid="open-submit" disabled={busy || !path.trim()}>
            {busy ? 'Opening…' : 'Open'}
          </button>
        </div>
      </form>
      <section>
        <h2>Recent sets</h2>
        {startup.recent.length === 0 ? (
          <p className="empty">No recent sets yet.</p>
        ) : (
          <ul className="set-list" data-testid="recent-sets">
            {startup.recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="link" disabled={busy} onClick={() => onOpen(r.path)}>
                  {r.name}
                </button>
                <span className="path">{r.path}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {startup.samples.length > 0 && (
        <section>
          <h2>Samples</h2>
          <ul className="set-list" data-testid="samples">
            {startup.samples.map((s) => (
              <li key={s.path}>
                <button type="button" className="link" disabled={busy} onClick={() => onOpen(s.path)}>
                  {s.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
