// A comment's reply thread: each reply with its author and time, and a box to add one
// (Enter sends, Shift+Enter new line, Esc closes).
import { useEffect, useRef, useState } from 'react';
import type { Reply } from '../../shared/model.js';

interface Props {
  replies: readonly Reply[];
  canReply: boolean;
  onReply(text: string): Promise<boolean>;
}

export function Replies({ replies, canReply, onReply }: Props) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) boxRef.current?.focus();
  }, [open]);

  const send = async () => {
    if (!text.trim() || sending) return;
    setSending(true);
    const sent = await onReply(text.trim());
    setSending(false);
    if (sent) {
      setText('');
      setOpen(false);
    }
  };

  return (
    <div className="replies">
      {replies.length > 0 && (
        <ol className="reply-list" data-testid="reply-list" aria-label="Replies">
          {replies.map((r) => (
            <li key={r.id} data-testid="reply">
              <span className="reply-text" dir="auto">
                {r.text}
              </span>
              <span className="author">
                {r.author || 'Unknown reviewer'} · {new Date(r.created).toLocaleString()}
              </span>
            </li>
          ))}
        </ol>
      )}
      {canReply &&
        (open ? (
          <div className="reply-box">
            <textarea
              ref={boxRef}
              rows={2}
              dir="auto"
              data-testid="reply-text"
              aria-label="Reply"
              placeholder="Reply (Enter sends, Esc closes)"
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.nativeEvent.isComposing) return;
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  void send();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  setOpen(false);
                }
              }}
            />
            <button type="button" className="primary" data-testid="reply-send" disabled={!text.trim() || sending} onClick={() => void send()}>
              Reply
            </button>
          </div>
        ) : (
          <button type="button" className="link" data-testid="reply-open" onClick={() => setOpen(true)}>
            Reply{replies.length > 0 ? ` (${replies.length})` : ''}
          </button>
        ))}
    </div>
  );
}
