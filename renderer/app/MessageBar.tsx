// Errors from the API and notices (e.g. where an export was saved), each dismissible.

export interface Message {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export function MessageBar({ messages, onDismiss }: { messages: Message[]; onDismiss: (id: number) => void }) {
  if (messages.length === 0) return null;
  return (
    <div className="messages">
      {messages.map((m) => (
        <div key={m.id} className={`message ${m.kind}`} role={m.kind === 'error' ? 'alert' : 'status'} data-testid={m.kind === 'error' ? 'error-bar' : 'info-bar'}>
          <span className="message-text">{m.text}</span>
          <button type="button" className="dismiss" aria-label="Dismiss" onClick={() => onDismiss(m.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
