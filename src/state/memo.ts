/**
 * The view model's one cache: a function that remembers its last call. Components run their
 * selectors on every store change, and the derived values (the edition's support, the filtered
 * edition) must be the same object while their inputs are, so that React sees no change.
 */
export function memoizeLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args) => {
    if (lastArgs === undefined || args.length !== lastArgs.length || args.some((arg, i) => !Object.is(arg, lastArgs?.[i]))) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
