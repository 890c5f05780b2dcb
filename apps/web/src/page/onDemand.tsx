// Parts of the board page that opening a board does not need, loaded the first time they are shown: the
// interview's bar and incident banner (only boards taking part in an interview show them; with them come
// the rubric, the worksheet, the failure cards and the timer). Each renders nothing until its code is
// here, which on the relay's own origin is a few milliseconds after the board (issue 18, first load:
// what a plain board sends is what it draws).
import { lazy, Suspense } from 'react';
import type { ComponentProps } from 'react';

const LazyInterviewBar = lazy(async () => ({ default: (await import('../interview/InterviewBar')).InterviewBar }));
const LazyIncidentBanner = lazy(async () => ({ default: (await import('../interview/IncidentBanner')).IncidentBanner }));

export function InterviewBar(props: ComponentProps<typeof LazyInterviewBar>) {
  return (
    <Suspense fallback={<span className="interview-bar" data-testid="interview-bar" data-ready="false" />}>
      <LazyInterviewBar {...props} />
    </Suspense>
  );
}

export function IncidentBanner(props: ComponentProps<typeof LazyIncidentBanner>) {
  return (
    <Suspense fallback={null}>
      <LazyIncidentBanner {...props} />
    </Suspense>
  );
}
