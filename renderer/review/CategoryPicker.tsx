// The MQM category as a combobox: type to filter by dimension or subtype name, arrow keys move,
// Enter picks. Escape is left to the form (it cancels the comment). The list opens on typing or an
// arrow key, not on focus, so it never covers the rest of the form unasked.
import { forwardRef, useId, useMemo, useState } from 'react';
import { categoryLabel, filterCategories, mqmCategories, type MqmCategory } from './categories.js';

interface Props {
  value: string;
  onPick(category: string): void;
}

export const CategoryPicker = forwardRef<HTMLInputElement, Props>(function CategoryPicker({ value, onPick }, ref) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  // A category saved by another tool stays pickable as written.
  const all = useMemo<readonly MqmCategory[]>(
    () => (mqmCategories.some((c) => c.id === value) ? mqmCategories : [{ id: value, dimension: 'other', subtype: null, label: value }, ...mqmCategories]),
    [value],
  );
  const matches = useMemo(() => filterCategories(query, all), [query, all]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  const pick = (category: MqmCategory | undefined) => {
    if (!category) return;
    setQuery('');
    setOpen(false);
    onPick(category.id);
  };

  return (
    <div className="category-picker">
      <input
        ref={ref}
        type="text"
        role="combobox"
        data-testid="comment-category"
        aria-label="Category"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches.length > 0 ? `${listId}-${activeIndex}` : undefined}
        placeholder={categoryLabel(value)}
        value={query}

        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) {
              // Opening with an arrow starts at the current category.
              setOpen(true);
              if (query === '') setActive(Math.max(0, all.findIndex((c) => c.id === value)));
              return;
            }
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((activeIndex + step + matches.length) % Math.max(1, matches.length));
          } else if (e.key === 'Enter') {
            // With the list closed, Enter keeps the current category and moves on.
            e.preventDefault();
            e.stopPropagation();
            if (!open) onPick(value);
            else pick(matches[activeIndex]);
          }
        }}
      />
      {open && (
        // tabIndex -1: Chrome puts scrollable boxes in the Tab order, and Tab would land in the
        // list just as it closes, dropping focus to the page.
        <ul id={listId} tabIndex={-1} role="listbox" className="category-list" data-testid="category-list" aria-label="MQM categories">
          {matches.length === 0 && <li className="empty">No category matches “{query}”.</li>}
          {matches.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={`${c.subtype ? 'subtype' : 'dimension'}${i === activeIndex ? ' active' : ''}${c.id === value ? ' current' : ''}`}
              data-category={c.id}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(c);
              }}
            >
              {c.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
