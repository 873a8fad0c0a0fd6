import { type ReactNode, useEffect, useRef } from 'react';

/**
 * Each step replaces the last one on the same page: focus moves to the new step's heading, so
 * keyboard and screen reader users carry on from where the content changed.
 */
export function StepHeading({
  id,
  focus = true,
  children,
}: {
  id: string;
  focus?: boolean;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the step appears
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, []);
  return (
    <h2 id={id} ref={heading} tabIndex={-1} className="import-step-heading">
      {children}
    </h2>
  );
}
