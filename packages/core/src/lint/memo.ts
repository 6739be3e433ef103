/** `make()` on the first call, the same value on every later one. */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * `compute` with each key's answer kept for the next call with that key: the drafts of one kit
 * ask the same few questions (a stem, a pattern, a slip) again and again. The map is made only
 * once something is asked.
 */
export function remembered<K, V extends object | string | number | boolean>(
  compute: (key: K) => V,
): (key: K) => V {
  let answers: Map<K, V> | undefined;
  return (key) => {
    answers ??= new Map<K, V>();
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = compute(key)));
    return answer;
  };
}
