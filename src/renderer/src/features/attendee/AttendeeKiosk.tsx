import { Suspense, useCallback, useEffect, useState } from 'react';
import { useNavigate } from '../../ui/navigation';
import { PLEDGE_FLOW } from '../pledges';
import { KioskPollGate } from '../polls';
import { activeScreening } from '../../data/repos/screenings';
import { useLive } from '../../data/use-live';
import type { Screening } from '../../data/types';
import { IdleWarning } from './IdleWarning';
import { KioskHome } from './KioskHome';
import { KioskBar } from './KioskBar';
import { unlockThisWindow } from './kiosk-lock';
import { useIdle } from './use-idle';
import { useKioskTimings } from './timings';
import { EXIT_PIN, preloadWhenIdle, QUESTION_FLOW, THANK_YOU } from './steps';
import './attendee.css';

type Step = 'home' | 'question' | 'pledge' | 'exit' | { thanks: 'question' | 'pledge' };

/**
 * The shared attendee screen, one person at a time. It shows only what this person is
 * entering — never anyone else's entry — and resets for the next person after the
 * thank-you screen or when left alone. Opening it locks this window: leaving needs the
 * facilitator PIN.
 */
export function AttendeeKiosk() {
  // undefined while loading, null when no screening runs: "not open" is said only when true.
  const screening = useLive(async () => (await activeScreening()) ?? null, [], undefined);
  const timings = useKioskTimings();
  const [step, setStep] = useState<Step>('home');
  // A new key per person: every draft, recording and microphone of the last one is dropped.
  const [visit, setVisit] = useState(0);
  const open = !!screening && screening.phase !== 'closed';
  const loading = screening === undefined;
  // The next steps' code, once the welcome screen answers (not before: the screening read
  // that enables its choices would wait behind their download).
  useEffect(() => (loading ? undefined : preloadWhenIdle()), [loading]);

  const reset = useCallback(() => {
    setStep('home');
    setVisit((v) => v + 1);
  }, []);
  const busyEntry = step === 'question' || step === 'pledge' || step === 'exit';
  const warning = useIdle(busyEntry, timings.idleSec, timings.warnSec, reset);

  return (
    <div className="kiosk__frame">
      <KioskBar onExit={step === 'exit' ? null : () => setStep('exit')} />
      <main className="kiosk__main" key={visit}>
        <Suspense fallback={null}>
          <KioskStep step={step} screening={open ? screening : null} loading={loading} go={setStep} reset={reset} />
        </Suspense>
      </main>
      {warning !== null && <IdleWarning secondsLeft={warning} />}
    </div>
  );
}

interface StepProps {
  step: Step;
  /** The screening questions and pledges go to; null when none is open. */
  screening: Screening | null | undefined;
  loading: boolean;
  go: (step: Step) => void;
  reset: () => void;
}

/** The screen for the step the attendee is at (the welcome screen while nothing is open). */
function KioskStep({ step, screening, loading, go: to, reset }: StepProps) {
  const timings = useKioskTimings();
  const navigate = useNavigate();
  if (step === 'exit')
    return (
      <EXIT_PIN.Component
        onCancel={reset}
        onUnlocked={() => void unlockThisWindow().then(() => navigate('console', 'debate'))}
      />
    );
  if (step === 'home' || !screening)
    return (
      <KioskPollGate screeningId={screening?.id} thanksSec={timings.thanksSec} onDone={reset}>
        <KioskHome open={!!screening} loading={loading} onAsk={() => to('question')} onPledge={() => to('pledge')} />
      </KioskPollGate>
    );
  if (step === 'question' || step === 'pledge') {
    const Flow = (step === 'question' ? QUESTION_FLOW : PLEDGE_FLOW).Component;
    return (
      <Flow
        screeningId={screening.id}
        recordSec={step === 'question' ? timings.questionRecordSec : timings.pledgeRecordSec}
        onSent={() => to({ thanks: step })}
        onHome={reset}
      />
    );
  }
  return (
    <THANK_YOU.Component
      what={step.thanks}
      sec={step.thanks === 'pledge' ? timings.pledgeThanksSec : timings.thanksSec}
      onNext={reset}
    />
  );
}
