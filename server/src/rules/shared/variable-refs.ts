/**
 * Finds `$NAME` and `${NAME…}` references in instruction text, with document offsets, for the variable
 * rules. Text in single quotes is not expanded (neither by the builder in ENV/LABEL/COPY… nor by the
 * shell in RUN), and an escaped `$` is literal.
 */
import { contiguous, docSpan, MappedText, mappedSlice } from '../../model/mapped-text';
import type { Flag, InstructionNode } from '../../model/dockerfile/types';
import { oncePer } from '../../model/once-per';

export interface VariableRef {
  name: string;
  /** Document offsets of the whole reference (`$NAME` or `${NAME:-x}`). */
  start: number;
  end: number;
  /** Document offsets of the name. */
  nameStart: number;
  nameEnd: number;
  /** What follows the name inside braces (`:-default`), '' for none. */
  modifier: string;
  braced: boolean;
  /**
   * For a reference inside the alternative of `${NAME:+word}` or `${NAME+word}`: NAME, the variable that must be set
   * for the word (and so this reference) to be expanded at all.
   */
  guardedBy?: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** NAME at `lastIndex`, without slicing the text. */
const NAME_AT = /[A-Za-z_][A-Za-z0-9_]*/y;
const WHOLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A name a `$NAME` reference can spell. ENV also declares others (`ENV A&b x`), which no reference reaches:
 * suggested as a rename, `$A&b` is `$A` followed by `&b`, and the finding comes back.
 */
export function isReferableName(name: string): boolean {
  return WHOLE_NAME.test(name);
}

export function variableRefs(source: MappedText, escape = '\\'): VariableRef[] {
  const text = source.text;
  const refs: VariableRef[] = [];
  if (!text.includes('$')) return refs;
  let inDouble = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === escape) {
      i++;
      continue;
    }
    if (ch === '"') inDouble = !inDouble;
    else if (ch === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      if (close < 0) break;
      i = close;
    } else if (ch === '$') {
      if (text[i + 1] === '{') {
        const close = text.indexOf('}', i + 2);
        if (close < 0) continue;
        const body = text.slice(i + 2, close);
        const name = NAME.exec(body)?.[0];
        if (name) {
          const [start, end] = docSpan(source, i, close + 1);
          const [nameStart, nameEnd] = docSpan(source, i + 2, i + 2 + name.length);
          refs.push({ name, start, end, nameStart, nameEnd, modifier: body.slice(name.length), braced: true });
          // A default value can hold references of its own; an alternative's are expanded only when `name` is set.
          const guard = /^:?\+/.test(body.slice(name.length)) ? name : undefined;
          for (const inner of variableRefs(mappedSlice(source, i + 2 + name.length, close), escape)) {
            refs.push(guard !== undefined && inner.guardedBy === undefined ? { ...inner, guardedBy: guard } : inner);
          }
        }
        i = close;
      } else {
        NAME_AT.lastIndex = i + 1;
        const name = NAME_AT.exec(text)?.[0];
        if (!name) continue;
        const [start, end] = docSpan(source, i, i + 1 + name.length);
        const [nameStart, nameEnd] = docSpan(source, i + 1, i + 1 + name.length);
        refs.push({ name, start, end, nameStart, nameEnd, modifier: '', braced: false });
        i += name.length;
      }
    }
  }
  return refs;
}

/*
 * The per-instruction lists below are kept per instruction, as several variable rules read the same ones
 * (shared, read-only); an instruction belongs to one model, so its document text and escape follow from it.
 * Text without `$` has no reference: most instructions get the shared empty list without a look-up.
 */

const NO_REFS: readonly VariableRef[] = [];

/** References in the instruction's arguments (continuations joined), with the file's escape character. */
export function argumentRefs(instruction: InstructionNode, escape: string): readonly VariableRef[] {
  return instruction.argsText.text.includes('$') ? keptArgumentRefs(instruction, escape) : NO_REFS;
}

const keptArgumentRefs = oncePer(
  (instruction: InstructionNode, escape: string): readonly VariableRef[] => variableRefs(instruction.argsText, escape),
);

/** References in the shell text of a RUN: the instruction line (flags excluded) and shell heredoc bodies. */
export function runShellRefs(instruction: InstructionNode, documentText: string): readonly VariableRef[] {
  return instruction.heredocs.length > 0 || instruction.argsText.text.includes('$') ? keptRunShellRefs(instruction, documentText) : NO_REFS;
}

const keptRunShellRefs = oncePer((instruction: InstructionNode, documentText: string): readonly VariableRef[] => {
  // The shell's escape character is always a backslash.
  const refs = variableRefs(instruction.argsText);
  for (const h of instruction.heredocs) {
    if (!h.script || h.contentStart < 0) continue;
    refs.push(...variableRefs(contiguous(documentText.slice(h.contentStart, h.contentEnd), h.contentStart)));
  }
  return refs;
});

/** References in the values of an instruction's flags (`--chown=$USER`, `--mount=…,id=$ID`). */
export function flagRefs(instruction: InstructionNode, escape: string): readonly VariableRef[] {
  return instruction.flags.some(hasDollar) ? keptFlagRefs(instruction, escape) : NO_REFS;
}

function hasDollar(flag: Flag): boolean {
  return flag.value !== null && flag.value.includes('$');
}

const keptFlagRefs = oncePer((instruction: InstructionNode, escape: string): readonly VariableRef[] => {
  const refs: VariableRef[] = [];
  for (const f of instruction.flags) {
    if (f.value !== null && f.value.includes('$')) refs.push(...variableRefs(contiguous(f.value, f.valueStart), escape));
  }
  return refs;
});
