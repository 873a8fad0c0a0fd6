/**
 * The slice of papaparse the import uses, typed here because @types/papaparse references
 * Node's types, which the renderer's project deliberately leaves out (browser code must not
 * reach for Node APIs unnoticed). Imported by path so the @types package is not picked up.
 */
declare module 'papaparse/papaparse.js' {
  export interface ParseMeta {
    delimiter: string;
    /** Characters consumed so far, over all chunks. */
    cursor: number;
    aborted: boolean;
  }
  export interface ParseResult<T> {
    data: T[];
    errors: { type: string; code: string; message: string; row?: number }[];
    meta: ParseMeta;
  }
  export interface Parser {
    pause(): void;
    resume(): void;
    abort(): void;
  }
  export interface ParseConfig<T> {
    header?: false;
    delimiter?: string;
    preview?: number;
    skipEmptyLines?: boolean | 'greedy';
    chunkSize?: number;
    chunk?: (results: ParseResult<T>, parser: Parser) => void;
    complete?: () => void;
    error?: (error: Error) => void;
  }
  const Papa: {
    /** Streaming: results arrive through `chunk`. */
    parse<T>(input: string, config: ParseConfig<T> & { chunk: NonNullable<ParseConfig<T>['chunk']> }): void;
    parse<T>(input: string, config: Omit<ParseConfig<T>, 'chunk'>): ParseResult<T>;
  };
  export default Papa;
}
