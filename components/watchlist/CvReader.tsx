import { useState } from 'preact/hooks';
import type { CvFindings, Found } from '../../lib/profile/cv-read';
import { errorText } from '../../lib/errors';
import { formatDate } from '../../lib/watchlist/labels';
import type { KeptCvPort } from './useKeptCv';

export interface CvAdditions {
  held: string[];
  skills: string[];
  tools: string[];
  clearance: string | null;
}

interface Props {
  /** What the profile holds already: those findings start unticked. */
  has: CvAdditions;
  /** Adds what the reader ticked to the profile and saves it. */
  onAdd: (add: CvAdditions) => Promise<boolean>;
  /** Where a CV's text is kept when the reader asks; without it the option is not offered. */
  kept?: KeptCvPort;
}

type Kind = 'held' | 'skills' | 'tools' | 'clearance';
type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'found'; from: string; findings: CvFindings } | { kind: 'error'; message: string };

const GROUPS: { kind: Kind; title: string; pick: (f: CvFindings) => Found[] }[] = [
  { kind: 'held', title: 'Certificates', pick: (f) => f.certifications },
  { kind: 'skills', title: 'Skills', pick: (f) => f.skills },
  { kind: 'tools', title: 'Tools', pick: (f) => f.tools },
  { kind: 'clearance', title: 'Security clearance', pick: (f) => (f.clearance ? [f.clearance] : []) },
];

const key = (kind: Kind, id: string) => `${kind}:${id}`;
const toggle = (set: Set<string>, k: string, on: boolean) => {
  const next = new Set(set);
  if (on) next.add(k);
  else next.delete(k);
  return next;
};

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
      const all = GROUPS.flatMap((g) => g.pick(findings).filter((f) => !isHeld(g.kind, f.id)).map((f) => key(g.kind, f.id)));
      setTicked(new Set(all));
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
    const chosen = (kind: Kind) => GROUPS.find((g) => g.kind === kind)!.pick(findings).filter((f) => ticked.has(key(kind, f.id))).map((f) => f.id);
    const add: CvAdditions = { held: chosen('held'), skills: chosen('skills'), tools: chosen('tools'), clearance: chosen('clearance')[0] ?? null };
    const count = add.held.length + add.skills.length + add.tools.length + (add.clearance ? 1 : 0);
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
      {kept ? (
        <label class="wl-check">
          <input id="wl-cv-keep" type="checkbox" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} />
          Keep this CV text on this computer <span class="wl-muted">(to read it again later; never synced)</span>
        </label>
      ) : null}
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
      {kept?.problem ? (
        <p class="wl-notice wl-notice-warn" role="alert">
          {kept.problem}{' '}
          <button type="button" class="wl-button wl-button-quiet" data-testid="cv-forget" onClick={() => void forget()}>
            Forget the kept CV
          </button>
        </p>
      ) : null}
      {kept?.cv ? (
        <div class="wl-cv-kept" data-testid="cv-kept">
          <p>
            Kept on this computer: a CV from {kept.cv.from}, {formatDate(kept.cv.at)} ({kept.cv.text.length.toLocaleString('en-GB')} characters).
          </p>
          <details>
            <summary>Show the kept text</summary>
            <pre class="wl-cv-text">{kept.cv.text}</pre>
          </details>
          <div class="wl-row">
            <button
              type="button"
              class="wl-button"
              data-testid="cv-reread"
              disabled={phase.kind === 'reading'}
              onClick={() => {
                const cv = kept.cv!;
                void read(async () => cv.text, `the kept CV (${cv.from})`, true);
              }}
            >
              Read the kept CV again
            </button>
            <button type="button" class="wl-button wl-button-quiet" data-testid="cv-forget" onClick={() => void forget()}>
              Forget the kept CV
            </button>
          </div>
        </div>
      ) : null}
      {phase.kind === 'error' ? (
        <p class="wl-error" role="alert">
          Could not read it: {phase.message}
        </p>
      ) : null}
      {phase.kind === 'found' ? (
        <div class="wl-cv-found" aria-label="Found in your CV">
          <p>Found in {phase.from}. Untick anything you do not hold, then add the rest.</p>
          {keptNote ? (
            <p class={keptNote.error ? 'wl-error' : 'wl-muted'} role={keptNote.error ? 'alert' : undefined}>
              {keptNote.text}
            </p>
          ) : null}
          {GROUPS.map((g) => {
            const items = g.pick(phase.findings);
            if (!items.length) return null;
            return (
              <div key={g.kind}>
                <h3 class="wl-cv-group">{g.title}</h3>
                {items.map((f) => (
                  <label key={f.id} class="wl-check" data-testid="cv-finding">
                    <input
                      type="checkbox"
                      checked={ticked.has(key(g.kind, f.id))}
                      onChange={(e) => setTicked(toggle(ticked, key(g.kind, f.id), e.currentTarget.checked))}
                    />
                    {f.label}
                    <span class="wl-muted"> (“{f.text.length > 60 ? `${f.text.slice(0, 60)}…` : f.text}”{isHeld(g.kind, f.id) ? ', already in your profile' : ''})</span>
                  </label>
                ))}
              </div>
            );
          })}
          {phase.findings.grades.length ? (
            <p class="wl-muted">Grades named: {phase.findings.grades.map((g) => `${g.text} (usually ${g.levels.join(' or ')} level)`).join(', ')}.</p>
          ) : null}
          <div class="wl-row">
            <button type="button" class="wl-button wl-button-primary" data-testid="cv-confirm" disabled={!ticked.size} onClick={() => void confirm(phase.findings)}>
              Add {ticked.size} ticked {ticked.size === 1 ? 'item' : 'items'} to my profile
            </button>
            <button type="button" class="wl-button wl-button-quiet" onClick={() => setPhase({ kind: 'idle' })}>
              Discard
            </button>
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
