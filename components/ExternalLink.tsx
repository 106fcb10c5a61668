import type { ComponentChildren } from 'preact';
import { safeHttpsUrl } from '../lib/present';

interface Props {
  href: string;
  children: ComponentChildren;
  class?: string;
}

/**
 * A link that leaves the extension: https only, new tab, no opener and no referrer. Anything
 * else renders nothing, so a bad URL in the data cannot become a clickable link.
 */
export function ExternalLink({ href, children, class: className }: Props) {
  const url = safeHttpsUrl(href);
  if (!url) return null;
  return (
    <a class={className} href={url} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sr-only"> (opens in a new tab)</span>
      <span class="external-mark" aria-hidden="true">
        ↗
      </span>
    </a>
  );
}
