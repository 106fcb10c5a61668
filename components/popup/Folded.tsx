import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A <details> whose body is built once the popup's first frame is painted. A folded body is out
 * of view until the reader opens it, and most of the answer's elements sit in such bodies, so
 * the popup puts what is in view on screen first; the bodies follow a frame later, long before
 * a click can open one.
 */
export function Folded({ class: className, summary, children }: { class: string; summary: ComponentChildren; children: () => ComponentChildren }) {
  const [painted, setPainted] = useState(false);
  // useEffect runs after the browser has painted the render that mounted this.
  useEffect(() => setPainted(true), []);
  return (
    <details class={className}>
      <summary>{summary}</summary>
      {painted ? children() : null}
    </details>
  );
}
