import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import type { SidePanel as Panel } from './SidePanel';
import { useAfterFirstPaint } from './useAfterPaint';

type Props = ComponentProps<typeof Panel>;

/**
 * The side panel's code (insights, the certificate path, the profile editor and its pickers,
 * export and import, reminders, sync) is a chunk of its own, loaded and drawn once the list is
 * on screen: the page's first script is smaller, and the first rows wait for neither.
 */
export function LaterSidePanel(p: Props) {
  const due = useAfterFirstPaint(true, false, p.ready);
  const [panel, setPanel] = useState<{ SidePanel: typeof Panel } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!due || panel) return;
    let alive = true;
    import('./SidePanel').then(
      (m) => alive && setPanel(m),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [due, panel]);
  if (failed) {
    return (
      <aside class="wl-side" aria-label="Insights, profile and data">
        <p role="alert">The profile, insights and export could not be loaded. Reload this page to try again.</p>
      </aside>
    );
  }
  return panel ? <panel.SidePanel {...p} /> : null;
}
