// Asked once, before the first comment, and again whenever the reviewer wants to change it: the
// name saved as each comment's and reply's author, kept in the user's settings.
import { useEffect, useRef, useState } from 'react';

export function ReviewerNameDialog({ onSave, onSkip, initial = '' }: { onSave: (name: string) => void; onSkip: () => void; initial?: string }) {
  const changing = initial !== '';
  const [name, setName] = useState(initial);
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
          if (e.key === 'Escape') {
            e.preventDefault();
            onSkip();
          }
        }}
      >
        <h3 id="reviewer-name-title">Your name as reviewer</h3>
        <p>
          It is saved with each comment and reply you make, so others know who wrote it. It is kept in your user settings, not in the documents' folder.
          {changing ? ' Comments you already made keep the name they were made with.' : ' You can change it later with “Reviewer:” above the comments.'}
        </p>
        <input ref={inputRef} data-testid="reviewer-name" type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Ana Souza" />
        <div className="form-buttons">
          <button type="submit" className="primary" data-testid="reviewer-name-save" disabled={!name.trim()}>
            Save
          </button>
          <button type="button" data-testid="reviewer-name-skip" onClick={onSkip}>
            {changing ? 'Cancel' : 'Not now'}
          </button>
        </div>
      </form>
    </div>
  );
}
