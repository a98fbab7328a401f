/** Splits an image reference into name, tag and digest with offsets relative to the text. */
export interface ImageParts {
  name: string;
  tag?: string;
  tagStart: number;
  digest?: string;
  digestStart: number;
}

export function splitImageRef(text: string): ImageParts {
  const at = text.indexOf('@');
  const beforeDigest = at >= 0 ? text.slice(0, at) : text;
  const lastSlash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.indexOf(':', lastSlash + 1);
  return {
    name: colon >= 0 ? beforeDigest.slice(0, colon) : beforeDigest,
    tag: colon >= 0 ? beforeDigest.slice(colon + 1) : undefined,
    tagStart: colon >= 0 ? colon + 1 : -1,
    digest: at >= 0 ? text.slice(at + 1) : undefined,
    digestStart: at >= 0 ? at + 1 : -1,
  };
}
