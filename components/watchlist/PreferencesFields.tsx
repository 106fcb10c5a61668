import { ContractType, WorkplaceType, type Profile } from '../../lib/analysis';
import { CONTRACT_LABELS, WORKPLACE_LABELS } from '../../lib/watchlist/fact-labels';

const toggled = <T,>(list: readonly T[], id: T, on: boolean): T[] => (on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id));
const numberOrNull = (v: string) => (v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v));

type Preferences = Profile['preferences'];

/** What the reader wants of a job: the lowest pay, the workplace and the contract. */
export function PreferencesFields({ preferences, onChange }: { preferences: Preferences; onChange: (patch: Partial<Preferences>) => void }) {
  return (
    <fieldset class="wl-fieldset">
      <legend>What you want of a job</legend>
      <div class="wl-field">
        <label for="wl-pay-floor">Lowest yearly pay</label>
        <input id="wl-pay-floor" type="number" min={0} step={1000} inputMode="numeric" value={preferences.payFloor ?? ''} onInput={(e) => onChange({ payFloor: numberOrNull(e.currentTarget.value) })} />
      </div>
      <p class="wl-muted">Workplace</p>
      {WorkplaceType.options.map((w) => (
        <label key={w} class="wl-check">
          <input type="checkbox" checked={preferences.workplace.includes(w)} onChange={(e) => onChange({ workplace: toggled(preferences.workplace, w, e.currentTarget.checked) })} />
          {WORKPLACE_LABELS[w]}
        </label>
      ))}
      <p class="wl-muted">Contract</p>
      {ContractType.options.map((c) => (
        <label key={c} class="wl-check">
          <input type="checkbox" checked={preferences.contract.includes(c)} onChange={(e) => onChange({ contract: toggled(preferences.contract, c, e.currentTarget.checked) })} />
          {CONTRACT_LABELS[c]}
        </label>
      ))}
    </fieldset>
  );
}
