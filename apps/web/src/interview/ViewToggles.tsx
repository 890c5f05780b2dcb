// The interviewer's switches for what the candidate's screen shows: the analysis panel, the badges on the
// components, the findings (with their hints). They write the session room; the candidate's and observers'
// screens follow at once. Shown only to whoever runs an interview (a practice session has no one to hide from).
import type { CandidateView, InterviewSession } from '@napkin/doc';

const SWITCHES: ReadonlyArray<{ key: keyof CandidateView; label: string }> = [
  { key: 'panel', label: 'Analysis panel' },
  { key: 'badges', label: 'Badges' },
  { key: 'findings', label: 'Findings and hints' },
];

export function ViewToggles({ session, view }: { readonly session: InterviewSession; readonly view: CandidateView }) {
  return (
    <fieldset className="interview-view" data-testid="candidate-view">
      <legend>The candidate sees</legend>
      {SWITCHES.map(({ key, label }) => (
        <label key={key}>
          <input
            type="checkbox"
            data-testid={`candidate-view-${key}`}
            checked={view[key]}
            onChange={(event) => session.setView({ ...view, [key]: event.target.checked })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
