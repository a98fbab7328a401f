/**
 * Answers kept per key object: what many rules ask of one model, stage, instruction or YAML node is worked out
 * once.
 *
 * Why not a WeakMap alone: the young-generation collector of Node 20's V8 keeps every WeakMap value alive,
 * whether its key is garbage or not. A cache of `model → answer` therefore kept each lint's answers, and the
 * models they point into, alive through scavenges: they were copied, moved to the old generation and freed
 * only by a full collection. Measured on the bench's Dockerfile corpus, nearly every scavenge then took 8 ms
 * instead of 0.5 ms.
 *
 * So while a lint runs (inside `duringOneLint`), answers are kept in plain Maps that belong to that lint and
 * are dropped with it. Outside a lint (completion, go to definition, a test) a WeakMap keeps them as before.
 * Keys that outlive lints (a shared parsed image reference, a rule list) should use a WeakMap directly, so
 * their answers are kept from one lint to the next.
 */
export class AnswerCache<K extends object, V> {
  private readonly slot = slotCount++;
  private readonly outsideLints = new WeakMap<K, V>();

  get(key: K): V | undefined {
    return lintAnswers ? (lintAnswers[this.slot]?.get(key) as V | undefined) : this.outsideLints.get(key);
  }

  set(key: K, value: V): void {
    if (lintAnswers) (lintAnswers[this.slot] ??= new Map()).set(key, value);
    else this.outsideLints.set(key, value);
  }
}

/** How many caches exist (each has a slot in a lint's answers). */
let slotCount = 0;
/** The running lint's answers, one Map per cache slot (created on first use); undefined between lints. */
let lintAnswers: (Map<object, unknown> | undefined)[] | undefined;
/**
 * What runs when a lint ends, to forget what was kept for that lint alone: each `oncePer`'s last answer, the text
 * `eolOf` last looked at. Otherwise such a shortcut kept the lint's model or text alive until the same question
 * was asked in another lint: a 100x Compose file's 9 MB stayed alive through the next lint and was copied by its
 * collections.
 */
const atLintEnd: (() => void)[] = [];

/** Runs `forget` whenever a lint ends (see `atLintEnd`). */
export function forgetWhenLintEnds(forget: () => void): void {
  atLintEnd.push(forget);
}


/**
 * `compute` with its answer for the last text it was asked about kept, until the text changes or a lint ends. For
 * questions fixes ask of the whole text once per finding (its line break, its indentation step): answering each by
 * reading a 10 MB text again made a rule with a fix on every service quadratic. Forgotten at the lint's end so the
 * text is not kept alive into the next lint.
 */
export function perLastText<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastAnswer!: T;
  forgetWhenLintEnds(() => {
    lastText = undefined;
  });
  return (text) => {
    if (text !== lastText) {
      lastAnswer = compute(text);
      lastText = text;
    }
    return lastAnswer;
  };
}

/**
 * Runs `run` as one lint: answers asked for inside it are kept until it returns, then dropped together. A lint
 * started inside another (a Compose rule reading a Dockerfile) joins the outer one.
 */
export function duringOneLint<T>(run: () => T): T {
  if (lintAnswers) return run();
  lintAnswers = new Array(slotCount).fill(undefined);
  try {
    return run();
  } finally {
    lintAnswers = undefined;
    for (const forget of atLintEnd) forget();
  }
}

/**
 * `compute`, answered once per key object (its first argument), in an `AnswerCache`. A later call with the
 * same key gets the first answer whatever its other arguments, so those must follow from the key. Answers are
 * shared: callers treat them as read-only.
 */
export function oncePer<K extends object, A extends [] | [unknown] | [unknown, unknown], V>(compute: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  // Boxed, so that undefined and false answers are kept too.
  const answers = new AnswerCache<K, { value: V }>();
  // The last key asked about and its answer: a lint asks about one model (or service) many times in a row, and
  // comparing a reference is far cheaper than a Map lookup. It holds that one key until another is asked or the
  // lint ends.
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  forgetWhenLintEnds(() => {
    lastKey = undefined;
    lastValue = undefined;
  });
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
