import type { ComponentChildren } from 'preact';
import { Folded } from './Folded';

interface FoldedListProps<T> {
  items: readonly T[];
  /** How many stay in view; the rest fold behind "Show N more". */
  shownFirst: number;
  ordered?: boolean;
  listClass: string;
  /** `index` counts across both parts of the list, from 0. */
  renderItem: (item: T, index: number) => ComponentChildren;
}

/** A list whose first few items stay in view and whose rest fold away, one click from view. */
export function FoldedList<T>({ items, shownFirst, ordered = false, listClass, renderItem }: FoldedListProps<T>) {
  const List = ordered ? 'ol' : 'ul';
  const rest = items.slice(shownFirst);
  return (
    <>
      <List class={listClass}>{items.slice(0, shownFirst).map((item, i) => renderItem(item, i))}</List>
      {rest.length > 0 ? (
        <Folded class="more" summary={`Show ${rest.length} more`}>
          {() => (
            <List class={listClass} start={ordered ? shownFirst + 1 : undefined}>
              {rest.map((item, i) => renderItem(item, i + shownFirst))}
            </List>
          )}
        </Folded>
      ) : null}
    </>
  );
}
