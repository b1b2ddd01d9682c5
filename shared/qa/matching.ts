// Pairs up the tokens of a source and a target (numbers, placeholders, links) as multisets.

export interface TokenMatch<S, T> {
  unmatchedSource: S[];
  unmatchedTarget: T[];
}

/**
 * Matches tokens one to one, trying each test in turn (strictest first), so that an exact
 * match is never taken away by a looser one. Unmatched tokens keep their order.
 */
export function matchTokens<S, T>(source: readonly S[], target: readonly T[], tests: ((s: S, t: T) => boolean)[]): TokenMatch<S, T> {
  const sourceTaken = new Array<boolean>(source.length).fill(false);
  const targetTaken = new Array<boolean>(target.length).fill(false);
  for (const test of tests) {
    for (let t = 0; t < target.length; t++) {
      if (targetTaken[t]) continue;
      const targetToken = target[t] as T;
      for (let s = 0; s < source.length; s++) {
        if (sourceTaken[s] || !test(source[s] as S, targetToken)) continue;
        sourceTaken[s] = true;
        targetTaken[t] = true;
        break;
      }
    }
  }
  return {
    unmatchedSource: source.filter((_, i) => !sourceTaken[i]),
    unmatchedTarget: target.filter((_, i) => !targetTaken[i]),
  };
}
