/**
 * `compute`, answered once per key object (its first argument) and kept while that object lives: what many
 * rules ask of one model, document or service is worked out once. A later call with the same key gets the first
 * answer whatever its other arguments, so those must follow from the key. Answers are shared: callers treat
 * them as read-only.
 */
export function oncePer<K extends object, A extends [] | [unknown] | [unknown, unknown], V>(compute: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  // Boxed, so that undefined and false answers are kept too.
  const answers = new WeakMap<K, { value: V }>();
  // The last key asked about and its answer: a lint asks about one model (or service) many times in a row, and
  // comparing a reference is far cheaper than a WeakMap lookup. It holds that one key until another is asked.
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  // At most two more arguments, taken by name: a rest parameter would allocate an array on every call.
  const cached = (key: K, a?: unknown, b?: unknown): V => {
    if (key === lastKey) return lastValue as V;
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = { value: (compute as (key: K, a?: unknown, b?: unknown) => V)(key, a, b) }));
    lastKey = key;
    lastValue = answer.value;
    return answer.value;
  };
  return cached as (key: K, ...rest: A) => V;
}
