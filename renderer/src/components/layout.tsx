/**
 * The shapes screens are built from: a named section, a table with column headers, lines of text.
 */
import type { ReactNode } from 'react';

/**
 * A part of a screen named by its heading: `aria-labelledby` makes it a region screen readers
 * list by that name.
 */
export function Section({
  headingId,
  title,
  className,
  children,
}: {
  headingId: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={className}>
      {/* Focusable by script only: where focus goes when what had it inside is gone. */}
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A table whose columns are named by `<th scope="col">`, so a screen reader says the column with
 * each cell; the caption (hidden, for screen readers) or `labelledBy` names the table itself.
 */
export function DataTable({
  columns,
  caption,
  labelledBy,
  className,
  children,
}: {
  columns: readonly ReactNode[];
  caption?: string;
  labelledBy?: string;
  className: string;
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <table className={className} aria-labelledby={labelledBy}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, i) => (
            // The columns are fixed for a table: their place is their identity.
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/**
 * Short texts shown one under another or side by side (later readings of a deadline, warnings),
 * each its own element of the given kind and class, keyed by its text.
 */
export function Lines({
  lines,
  as: Element,
  className,
}: {
  lines: readonly string[];
  as: 'div' | 'span' | 'p' | 'li';
  className: string;
}) {
  return lines.map((line) => (
    <Element key={line} className={className}>
      {line}
    </Element>
  ));
}
