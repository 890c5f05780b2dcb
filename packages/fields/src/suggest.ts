// "Did you mean …?" for a name someone typed: a misspelt field of a board file (`availabilty`), a common
// synonym (`timeout` for `timeoutMs`), or an unknown kind. Names are compared without case, `_`, `-` or
// spaces, so `hit_ratio` finds `hitRatio`; past that, a short edit distance catches typos. Pure and
// shared: the file's strict reading uses it for fields, the engine for kinds.

/** `hit_ratio`, `Hit-Ratio` and `hitRatio` all read `hitratio`. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A name that could be meant, by what it is called (`match`) and how it is shown (`shown`, a path or label). */
export interface Candidate {
  readonly match: string;
  readonly shown: string;
}

/**
 * What `typed` most likely meant among `candidates`: the synonyms `aliases` gives for it (normalised
 * name → candidate names), then a candidate with the same normalised name, then the nearest by edit
 * distance within a third of the name's length (at least one edit). Empty when nothing is close: a
 * wrong guess is worse than none.
 */
export function suggestNames(typed: string, candidates: readonly Candidate[], aliases: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const key = normaliseName(typed);
  const synonyms = new Set((aliases[key] ?? []).map(normaliseName));
  const bySynonym = candidates.filter((candidate) => synonyms.has(normaliseName(candidate.match)));
  if (bySynonym.length > 0) return unique(bySynonym.map((candidate) => candidate.shown));
  const same = candidates.filter((candidate) => normaliseName(candidate.match) === key);
  if (same.length > 0) return unique(same.map((candidate) => candidate.shown));
  const allowed = Math.max(1, Math.floor(key.length / 3));
  const scored = candidates.map((candidate) => ({ candidate, distance: editDistance(key, normaliseName(candidate.match)) }));
  const best = Math.min(...scored.map((entry) => entry.distance));
  if (!(best <= allowed)) return [];
  return unique(scored.filter((entry) => entry.distance === best).map((entry) => entry.candidate.shown));
}

/** "did you mean a?", "did you mean a or b?"; empty when there is nothing to suggest. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const shown = suggestions.slice(0, 3);
  return `did you mean ${shown.slice(0, -1).join(', ')}${shown.length > 1 ? ' or ' : ''}${shown[shown.length - 1] ?? ''}?`;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
