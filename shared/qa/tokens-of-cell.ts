// Token lists of a cell, computed once per cell and shared by the checks.
import { memoised, type CellView } from './cells.js';
import { findNumbers, type NumberToken } from './text/numbers.js';
import { findLinks, findPlaceholders, protectedSpans, type LinkToken, type PlaceholderToken, type TextSpan } from './text/tokens.js';

// Most cells have no link and no placeholder: they all share one empty list rather than each keeping
// its own for the session. The lists are read, never changed, by every check.
const noLinks = Object.freeze([]) as unknown as LinkToken[];
const noPlaceholders = Object.freeze([]) as unknown as PlaceholderToken[];

export function linksOf(view: CellView): LinkToken[] {
  return memoised(view, 'links', (text) => {
    const links = findLinks(text);
    return links.length === 0 ? noLinks : links;
  });
}

export function placeholdersOf(view: CellView): PlaceholderToken[] {
  return memoised(view, 'placeholders', (text) => {
    const links = linksOf(view);
    const all = findPlaceholders(text);
    if (all.length === 0) return noPlaceholders;
    return links.length === 0 ? all : all.filter((p) => !links.some((l) => l.start <= p.start && p.end <= l.end));
  });
}

export function protectedOf(view: CellView): TextSpan[] {
  return memoised(view, 'protected', () => protectedSpans(linksOf(view), placeholdersOf(view)));
}

export function numbersOf(view: CellView): NumberToken[] {
  return memoised(view, 'numbers', (text) => findNumbers(text, protectedOf(view)));
}
