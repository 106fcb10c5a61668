import { useState } from 'preact/hooks';
import type { CvFindings } from '../../lib/profile/cv-read';
import { additions, tickedAtFirst, type CvAdditions, type Kind } from '../../lib/profile/cv-choices';
import { CvFound } from './CvFound';
import { errorText } from '../../lib/errors';
import { KeepCvOption, KeptCvPanel } from './KeptCvPanel';
import type { KeptCvPort } from './useKeptCv';

export type { CvAdditions };

interface Props {
  /** What the profile holds already: those findings start unticked. */
  has: CvAdditions;
  /** Adds what the reader ticked to the profile and saves it. */
  onAdd: (add: CvAdditions) => Promise<boolean>;
  /** Where a CV's text is kept when the reader asks; without it the option is not offered. */
  kept?: KeptCvPort;
}

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'found'; from: string; findings: CvFindings } | { kind: 'error'; message: string };

/**
 * A CV read in this page, never sent anywhere: pasted, or opened as .txt, .docx or .pdf. The
 * reader sees what was found and ticks what to add; the CV text itself is kept on this computer
 * only when the reader ticks the option to, and can be read again or forgotten.
 */
export function CvReader({ has, onAdd, kept }: Props) {
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [done, setDone] = useState('');
  const [keep, setKeep] = useState(false);
  // What became of the text just read: kept, or why it could not be.
  const [keptNote, setKeptNote] = useState<{ text: string; error: boolean } | null>(null);

  const isHeld = (kind: Kind, id: string) => (kind === 'clearance' ? has.clearance === id : has[kind].includes(id));

  /** `fromKept`: the text read is the one already kept. */
  const read = async (load: () => Promise<string>, from: string, fromKept = false) => {
    setDone('');
    setKeptNote(fromKept ? { text: 'This is the text kept on this computer.', error: false } : null);
    setPhase({ kind: 'reading' });
    try {
      const cv = await load();
      const { readCv } = await import('../../lib/profile/cv-read-ready');
      const findings = readCv(cv);
      if (keep && kept && !fromKept) {
        const problem = await kept.keep(cv, from);
        setKeptNote(problem ? { text: problem, error: true } : { text: 'Its text is kept on this computer, never synced.', error: false });
      }
      setTicked(tickedAtFirst(findings, isHeld));
      setPhase({ kind: 'found', from, findings });
    } catch (err) {
      setPhase({ kind: 'error', message: errorText(err) });
    }
  };

  const forget = async () => {
    if (!kept) return;
    const problem = await kept.forget();
    setKeptNote(null);
    setDone(problem ? `The kept CV could not be forgotten: ${problem}` : 'The kept CV was forgotten: no CV text is stored on this computer.');
  };

  const openFile = (file: File | undefined) => {
    if (!file) return;
    void read(async () => (await import('../../lib/profile/cv-file')).readCvFile(file), file.name);
  };

  const confirm = async (findings: CvFindings) => {
    const { add, count } = additions(findings, ticked);
    if (await onAdd(add)) {
      setPhase({ kind: 'idle' });
      setText('');
      const textNote = keptNote && !keptNote.error ? 'The CV text is kept on this computer; forget it here at any time.' : 'The CV text was not kept.';
      setDone(`Added ${count} ${count === 1 ? 'item' : 'items'} to your profile. ${textNote}`);
    }
  };

  return (
    <fieldset class="wl-fieldset" data-testid="cv-reader">
      <legend>Read your CV</legend>
      <p class="wl-muted">Read here, in this browser, and never sent anywhere. You choose what is added; the CV itself is not kept unless you ask.</p>
      {kept ? <KeepCvOption keep={keep} onChange={setKeep} /> : null}
      <label for="wl-cv-file">Open a CV (.txt, .docx or .pdf)</label>
      <input id="wl-cv-file" type="file" accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(e) => openFile(e.currentTarget.files?.[0])} />
      <label for="wl-cv-text">Or paste its text</label>
      <textarea id="wl-cv-text" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="wl-row">
        <button type="button" class="wl-button" disabled={!text.trim() || phase.kind === 'reading'} onClick={() => void read(async () => text, 'the pasted text')}>
          Read pasted text
        </button>
      </div>
      <p role="status" class="wl-muted">{phase.kind === 'reading' ? 'Reading…' : done}</p>
      {kept ? (
        <KeptCvPanel
          kept={kept}
          busy={phase.kind === 'reading'}
          onReread={(cv) => void read(async () => cv.text, `the kept CV (${cv.from})`, true)}
          onForget={() => void forget()}
        />
      ) : null}
      {phase.kind === 'error' ? (
        <p class="wl-error" role="alert">
          Could not read it: {phase.message}
        </p>
      ) : null}
      {phase.kind === 'found' ? (
        <CvFound
          from={phase.from}
          findings={phase.findings}
          ticked={ticked}
          setTicked={setTicked}
          isHeld={isHeld}
          note={keptNote}
          onConfirm={() => void confirm(phase.findings)}
          onDiscard={() => setPhase({ kind: 'idle' })}
        />
      ) : null}
    </fieldset>
  );
}
