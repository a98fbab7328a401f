/** The `image:` of a service, judged after resolving `${VAR:-default}` to its default. */
import type { Document, YAMLMap } from 'yaml';
import type { ComposeModel } from '../../model/compose/types';
import { parseImageReference, type ParsedImageReference } from '../../knowledge/dockerfile/base-images';
import { findPair, resolveDefaults, stringAt, Str } from './compose-nodes';
import { oncePer } from '../../model/once-per';

export interface ServiceImage {
  str: Str;
  /** The reference after interpolation defaults. */
  resolved: string;
  ref: ParsedImageReference;
  /** True when the text has no `$` expression, so offsets in `ref` map onto `str`. */
  literal: boolean;
  hasBuild: boolean;
}

const imageOfBody = oncePer((body: YAMLMap, model: ComposeModel, doc: Document) => readImage(model, doc, body));

/**
 * The service's image, or undefined when absent, unresolvable or not a valid reference. Cached per
 * service body (a node of one model's document): five rules judge it. Shared, so not to be changed.
 */
export function serviceImage(model: ComposeModel, doc: Document, body: YAMLMap): ServiceImage | undefined {
  return imageOfBody(body, model, doc);
}

function readImage(model: ComposeModel, doc: Document, body: YAMLMap): ServiceImage | undefined {
  const str = stringAt(model, doc, body, 'image');
  if (!str || str.text.trim() === '') return undefined;
  const resolved = resolveDefaults(str.text);
  if (resolved === undefined || resolved === '') return undefined;
  const ref = parseImageReference(resolved);
  if (ref.diagnostics.length > 0) return undefined;
  return { str, resolved, ref, literal: resolved === str.text && str.exact, hasBuild: findPair(doc, body, 'build') !== undefined };
}
