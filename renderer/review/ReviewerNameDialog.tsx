// Asked once, before the first comment: the name saved as each comment's author.
import { useEffect, useRef, useState } from 'react';

export function ReviewerNameDialog({ onSave, onSkip }: { onSave: (name: string) => void; onSkip: () => void }) {
  const [name, setName] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-labelledby="reviewer-name-title"
        data-testid="reviewer-name-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onSave(name.trim());
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onSkip();
        }}
      >
        <h3 id="reviewer-name-title">Your name as reviewer</h3>
        <p>It is saved with each comment you make, so others know who wrote it. You can change it later in the settings.</p>
        <input ref={inputRef} data-testid="reviewer-name" type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Ana Souza" />
        <div className="form-buttons">
          <button type="submit" className="primary" data-testid="reviewer-name-save" disabled={!name.trim()}>
            Save
          </button>
          <button type="button" onClick={onSkip}>
            Not now
          </button>
        </div>
      </form>
    </div>
  );
}
