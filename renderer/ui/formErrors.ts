/**
 * The dotted path of the first field with a message in a react-hook-form errors object
 * ("user.displayName"), in the order the schema reported them: where focus should go.
 */
export function firstErrorPath(errors: object, prefix = ''): string | null {
  for (const [key, value] of Object.entries(errors)) {
    // Only plain objects and arrays nest fields; `ref` holds a DOM element.
    if (key === 'ref' || !isPlainContainer(value)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') return path;
    const nested = firstErrorPath(value, path);
    if (nested) return nested;
  }
  return null;
}

function isPlainContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
}
