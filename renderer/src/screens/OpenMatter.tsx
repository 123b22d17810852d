import type { ButtonHTMLAttributes } from 'react';
import type { Screen } from '../App.tsx';

/** A button that opens a matter's page: a row of Home's lists, or a family member's new matter. */
export function OpenMatter({
  matterId,
  onOpen,
  ...rest
}: { matterId: string; onOpen: (s: Screen) => void } & Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'onClick'
>) {
  return <button {...rest} type="button" onClick={() => onOpen({ name: 'matter', matterId })} />;
}
